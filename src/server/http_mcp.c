/*
 * http_mcp.c — MCP over streamable HTTP: POST /mcp carries one JSON-RPC
 * message and gets a JSON response (we never need to stream: a tool call
 * answers once), or 202 for a notification. initialize creates a
 * conversation, with its own interpreter, named by a random Mcp-Session-Id
 * the client sends back on every later request; DELETE /mcp ends it. There
 * is no server-to-client stream, so GET /mcp is 405.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "http_internal.h"

#define SESSION_HEADER "Mcp-Session-Id"

static enum MHD_Result rpc_error(struct MHD_Connection *c, unsigned status, int code,
                                 const char *message) {
    return http_respond_json(c, status,
                             json_pack("{s:s, s:n, s:{s:i, s:s}}", "jsonrpc", "2.0", "id",
                                       "error", "code", code, "message", message),
                             NULL, NULL);
}

static bool new_session_id(char *out, size_t size) {
    unsigned char bytes[16];
    if (size < 2 * sizeof bytes + 1 || getrandom(bytes, sizeof bytes, 0) != sizeof bytes) {
        return false;
    }
    for (size_t i = 0; i < sizeof bytes; i++) {
        snprintf(out + 2 * i, 3, "%02x", bytes[i]);
    }
    return true;
}

static bool version_supported(const char *version) {
    for (size_t i = 0; mcp_protocol_versions[i] != NULL; i++) {
        if (strcmp(version, mcp_protocol_versions[i]) == 0) {
            return true;
        }
    }
    return false;
}

/* Whether body is an initialize request that deserves a new session: a
 * well-formed JSON-RPC 2.0 request with an id (an initialize without an id
 * is a notification and gets no answer, so its session would be lost). */
static bool is_initialize_request(const char *body, size_t len) {
    json_t *m = json_loadb(body, len, 0, NULL);
    const char *method = json_string_value(json_object_get(m, "method"));
    const char *version = json_string_value(json_object_get(m, "jsonrpc"));
    json_t *id = json_object_get(m, "id");
    bool yes = method != NULL && strcmp(method, "initialize") == 0 && version != NULL &&
               strcmp(version, "2.0") == 0 && (json_is_string(id) || json_is_integer(id));
    json_decref(m);
    return yes;
}

static enum MHD_Result answer(http_server *srv, struct MHD_Connection *c, http_session *hs,
                              const char *body, size_t len, const char *new_id) {
    char *response = mcp_handle(&hs->conversation, body, len);
    http_session_release(srv, hs);
    if (response == NULL) {
        return http_respond(c, 202, NULL, "", 0, NULL, NULL);
    }
    enum MHD_Result ret = http_respond(c, 200, "application/json", response, strlen(response),
                                       new_id ? SESSION_HEADER : NULL, new_id);
    free(response);
    return ret;
}

enum MHD_Result http_mcp(http_server *srv, struct MHD_Connection *c, const char *method,
                         const char *actor, const char *body, size_t len) {
    const char *id = MHD_lookup_connection_value(c, MHD_HEADER_KIND, SESSION_HEADER);
    if (strcmp(method, "GET") == 0) {
        static const char no_stream[] = "{\"error\":\"no server-to-client stream: POST messages\"}";
        return http_respond(c, 405, "application/json", no_stream, sizeof no_stream - 1, "Allow",
                            "POST, DELETE");
    }
    if (strcmp(method, "DELETE") == 0) {
        bool in_use = false;
        if (id != NULL && http_session_remove(srv, id, actor, true, &in_use)) {
            return http_respond(c, 200, NULL, "", 0, NULL, NULL);
        }
        if (in_use) {
            return http_error(c, 409, "the session is running a call; try again when it is done");
        }
        return http_error(c, id == NULL ? 400 : 404,
                          id == NULL ? "missing Mcp-Session-Id" : "no such MCP session");
    }
    if (strcmp(method, "POST") != 0) {
        return http_respond(c, 405, NULL, "", 0, "Allow", "POST, DELETE");
    }
    const char *version = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "MCP-Protocol-Version");
    if (version != NULL && !version_supported(version)) {
        return rpc_error(c, 400, -32600, "unsupported MCP-Protocol-Version");
    }
    if (body == NULL || len == 0) {
        return rpc_error(c, 400, -32700, "parse error: empty body");
    }
    int rc;
    if (is_initialize_request(body, len)) {
        char new_id[40];
        http_session *hs = new_session_id(new_id, sizeof new_id)
                               ? http_session_acquire(srv, new_id, actor, true, true, &rc)
                               : NULL;
        if (hs == NULL) {
            return rpc_error(c, 503, -32603, "cannot open a session now (too many?)");
        }
        return answer(srv, c, hs, body, len, new_id);
    }
    if (id == NULL) {
        json_t *m = json_loadb(body, len, 0, NULL);
        json_decref(m);
        return m == NULL ? rpc_error(c, 400, -32700, "parse error: not valid JSON")
                         : rpc_error(c, 400, -32600,
                                     "missing Mcp-Session-Id: send an initialize request first");
    }
    http_session *hs = http_session_acquire(srv, id, actor, true, false, &rc);
    if (hs == NULL) {
        return rpc_error(c, 404, -32600, "no such MCP session: initialize again");
    }
    return answer(srv, c, hs, body, len, NULL);
}
