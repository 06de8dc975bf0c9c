/*
 * mcp.c — JSON-RPC 2.0 and the MCP methods over it (see mcp.h).
 *
 * Errors follow JSON-RPC: -32700 for text that is not JSON, -32600 for a
 * message that is not a request, -32601 for an unknown method, -32602 for
 * bad parameters (an unknown tool, a missing `python`). What the guest code
 * does is never a protocol error: a raised exception or a stopped run is a
 * tool result with isError true, so the model sees it and can fix its code.
 */
#define _GNU_SOURCE
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mcp.h"
#include "srv.h"

enum {
    RPC_PARSE_ERROR = -32700,
    RPC_INVALID_REQUEST = -32600,
    RPC_METHOD_NOT_FOUND = -32601,
    RPC_INVALID_PARAMS = -32602,
    RPC_INTERNAL_ERROR = -32603,
};

const char *const mcp_protocol_versions[] = {"2025-06-18", "2025-03-26", "2024-11-05", NULL};

#define TOOL_NAME "execute_micropython"

static const char tool_description[] =
    "Run Python code (MicroPython 1.25) in a sandbox and get back what it printed. "
    "Use print() to return values: only stdout and stderr come back, not the value of the "
    "last expression. Variables, functions and imports persist between calls in this "
    "conversation; pass reset_context=true to start from a clean interpreter. There is no "
    "file system, network, subprocess or input(): get data from the databases below or put "
    "it in the code.\n\n"
    "Host functions (globals, no import needed):\n"
    "- list_databases() -> [\"name\", ...]\n"
    "- database_schema(database) -> {\"tables\": [{\"name\": t, \"columns\": [{\"name\": c, "
    "\"type\": ty}, ...]}, ...]}\n"
    "- read_only_sql_query(database, sql, params=None) -> {\"columns\": [...], \"rows\": "
    "[[...], ...], \"truncated\": bool} or {\"error\": \"...\"}. SQLite dialect, SELECT only, "
    "one statement; params is a dict for :name or a list for ?; at most 1000 rows (then "
    "truncated is true: aggregate in SQL or add LIMIT/OFFSET); blobs come as "
    "{\"$base64\": ...}. Check for \"error\" in the result.\n\n"
    "Limits per call: %llu s wall clock, %zu MiB of memory (MemoryError past it), %zu KiB of "
    "output (truncated past it). A timeout or a crash may reset the interpreter; the result "
    "says so (context_reset).\n\n"
    "Most of the standard library agents use is there and behaves as in CPython 3.11: json, "
    "re (findall, named groups, lookaround), math, statistics, random, datetime (UTC; no "
    "zoneinfo), calendar, time, csv, io (StringIO, BytesIO), collections (Counter, "
    "defaultdict, deque, namedtuple, OrderedDict), itertools, functools, operator, "
    "dataclasses, enum, typing, abc, decimal, fractions, string, textwrap, pprint, difflib, "
    "html, unicodedata, copy, bisect, heapq, contextlib, base64, zlib, hashlib (sha256, "
    "sha1, md5), uuid, codecs, struct, array. An ImportError lists what exists (no pandas or "
    "numpy: use lists of dicts). Differences that matter: sets of strings iterate in another "
    "order than CPython (sort before printing); no match statement. Write plain, explicit "
    "Python.";

static json_t *input_schema(void) {
    return json_pack(
        "{s:s, s:{s:{s:s, s:s}, s:{s:s, s:s}, s:{s:s, s:s}}, s:[s], s:b}", "type", "object",
        "properties", "python", "type", "string", "description", "The Python code to run.",
        "reset_context", "type", "boolean", "description",
        "Discard this conversation's interpreter (its variables and imports) first.",
        "show_result", "type", "boolean", "description",
        "Also return an HTML rendering of the code and its output for the user.", "required",
        "python", "additionalProperties", 0);
}

static json_t *tool(const mcp_conversation *c) {
    char *description = NULL;
    if (asprintf(&description, tool_description, (unsigned long long)(c->config->timeout_ms / 1000),
                 c->config->heap_size >> 20, c->config->max_output >> 10) < 0) {
        return NULL;
    }
    json_t *t = json_pack("{s:s, s:s, s:s, s:o}", "name", TOOL_NAME, "title",
                          "Run MicroPython in a sandbox", "description", description,
                          "inputSchema", input_schema());
    free(description);
    return t;
}

/* --- JSON-RPC envelopes ----------------------------------------------------- */

static char *dump(json_t *message) {
    if (message == NULL) {
        return strdup("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32603,"
                      "\"message\":\"out of memory\"}}");
    }
    char *text = json_dumps(message, JSON_COMPACT | JSON_REAL_PRECISION(12));
    json_decref(message);
    return text;
}

static char *error_response(json_t *id, int code, const char *message) {
    return dump(json_pack("{s:s, s:O, s:{s:i, s:s}}", "jsonrpc", "2.0", "id",
                          id ? id : json_null(), "error", "code", code, "message", message));
}

static char *result_response(json_t *id, json_t *result) {
    return dump(json_pack("{s:s, s:O, s:o}", "jsonrpc", "2.0", "id", id, "result", result));
}

/* --- Methods ------------------------------------------------------------------ */

static const char *negotiate(const char *requested) {
    for (size_t i = 0; requested != NULL && mcp_protocol_versions[i] != NULL; i++) {
        if (strcmp(requested, mcp_protocol_versions[i]) == 0) {
            return mcp_protocol_versions[i];
        }
    }
    return mcp_protocol_versions[0]; /* ours; the client decides whether to go on */
}

static char *initialize(mcp_conversation *c, json_t *id, json_t *params) {
    const char *requested = json_string_value(json_object_get(params, "protocolVersion"));
    const char *version = negotiate(requested);
    snprintf(c->protocol_version, sizeof c->protocol_version, "%s", version);
    c->initialized = true;
    return result_response(
        id, json_pack("{s:s, s:{s:{s:b}}, s:{s:s, s:s, s:s}, s:s}", "protocolVersion", version,
                      "capabilities", "tools", "listChanged", 0, "serverInfo", "name",
                      "mpsandbox", "title", "mpsandbox: MicroPython in a sandbox", "version",
                      "0.1.0", "instructions",
                      "Use execute_micropython to run Python that computes, transforms or "
                      "queries the available SQLite databases; print what you need back."));
}

/* The text the model reads: stdout, stderr, the error and any limit note. */
static char *tool_text(const mpsb_result *r, size_t *out_len) {
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (f == NULL) {
        return NULL;
    }
    if (r->context_reset) {
        fprintf(f, "[the interpreter was reset: %s]\n", r->reason);
    }
    fwrite(r->stdout_data, 1, r->stdout_len, f);
    if (r->stdout_truncated) {
        fputs("\n[stdout truncated]\n", f);
    }
    if (r->stderr_len > 0) {
        fputs(r->stdout_len ? "\n[stderr]\n" : "[stderr]\n", f);
        fwrite(r->stderr_data, 1, r->stderr_len, f);
    }
    if (r->traceback != NULL) {
        fputs(r->traceback, f);
    }
    switch (r->status) {
    case MPSB_STATUS_TIMEOUT:
        fprintf(f, "[timeout: stopped after %.1f s%s%s]\n", r->duration_ms / 1e3,
                r->reason && !r->context_reset ? "; " : "",
                r->reason && !r->context_reset ? r->reason : "; variables are kept");
        break;
    case MPSB_STATUS_FUEL_EXHAUSTED:
        fputs("[fuel exhausted: too many steps; variables are kept]\n", f);
        break;
    case MPSB_STATUS_OUTPUT_LIMIT:
        fputs("[output limit: the code printed too much and was stopped; print less]\n", f);
        break;
    case MPSB_STATUS_CRASHED:
        fprintf(f, "[crashed: %s; the interpreter was reset]\n", r->reason ? r->reason : "?");
        break;
    case MPSB_STATUS_OK:
    case MPSB_STATUS_ERROR:
        break;
    }
    fflush(f); /* brings len up to date */
    if (len == 0 && r->status == MPSB_STATUS_OK && r->traceback == NULL) {
        fputs("[no output: use print() to return values]", f);
    }
    if (fclose(f) != 0) {
        free(text);
        return NULL;
    }
    *out_len = len;
    return text;
}

/* Guest output may not be UTF-8 (or hold NULs): cleaned as in the result
 * object. */
static json_t *text_content(const char *text, size_t len) {
    return json_pack("{s:s, s:o}", "type", "text", "text", srv_json_text(text, len));
}

static json_t *call_result(const char *code, size_t code_len, const mpsb_result *r,
                           bool show_result) {
    size_t text_len = 0;
    char *text = tool_text(r, &text_len);
    json_t *content = json_array();
    json_t *structured = srv_result_json(r);
    if (text == NULL || content == NULL || structured == NULL) {
        free(text);
        json_decref(content);
        json_decref(structured);
        return NULL;
    }
    json_array_append_new(content, text_content(text, text_len));
    free(text);
    if (show_result) {
        char *html = srv_result_html(code, code_len, r);
        if (html != NULL) {
            json_array_append_new(
                content, json_pack("{s:s, s:{s:s, s:s, s:s}}", "type", "resource", "resource",
                                   "uri", "mpsandbox://result.html", "mimeType", "text/html",
                                   "text", html));
            json_object_set_new(structured, "html", json_string(html));
            free(html);
        }
    }
    bool is_error = r->status != MPSB_STATUS_OK;
    return json_pack("{s:o, s:o, s:b}", "content", content, "structuredContent", structured,
                     "isError", is_error);
}

static char *tools_call(mcp_conversation *c, json_t *id, json_t *params) {
    const char *name = json_string_value(json_object_get(params, "name"));
    if (name == NULL || strcmp(name, TOOL_NAME) != 0) {
        return error_response(id, RPC_INVALID_PARAMS, "unknown tool: the only tool is " TOOL_NAME);
    }
    json_t *args = json_object_get(params, "arguments");
    json_t *python = json_object_get(args, "python");
    json_t *reset = json_object_get(args, "reset_context");
    json_t *show = json_object_get(args, "show_result");
    if (!json_is_string(python) || (reset && !json_is_boolean(reset)) ||
        (show && !json_is_boolean(show))) {
        return error_response(id, RPC_INVALID_PARAMS,
                              "arguments: python (string) is required; reset_context and "
                              "show_result are booleans");
    }
    const char *code = json_string_value(python);
    size_t code_len = json_string_length(python);
    if (json_is_true(reset)) {
        mpsb_session_reset(c->session);
    }
    mpsb_result *r;
    int rc = mpsb_exec(c->session, code, code_len, NULL, &r);
    if (rc == MPSB_E_TOO_LARGE) {
        return error_response(id, RPC_INVALID_PARAMS, "python: the code is larger than 1 MiB");
    }
    if (rc != MPSB_OK) {
        return error_response(id, RPC_INTERNAL_ERROR, mpsb_strerror(rc));
    }
    json_t *result = call_result(code, code_len, r, json_is_true(show));
    mpsb_result_free(r);
    return result ? result_response(id, result) : dump(NULL);
}

static char *request(mcp_conversation *c, const char *method, json_t *id, json_t *params) {
    if (strcmp(method, "initialize") == 0) {
        return initialize(c, id, params);
    }
    if (strcmp(method, "ping") == 0) {
        return result_response(id, json_object());
    }
    if (strcmp(method, "tools/list") == 0) {
        json_t *t = tool(c);
        return result_response(id, t ? json_pack("{s:[o]}", "tools", t) : NULL);
    }
    if (strcmp(method, "tools/call") == 0) {
        return tools_call(c, id, params);
    }
    return error_response(id, RPC_METHOD_NOT_FOUND, "method not found");
}

char *mcp_handle(mcp_conversation *c, const char *message, size_t len) {
    json_error_t error;
    json_t *m = json_loadb(message, len, JSON_REJECT_DUPLICATES, &error);
    if (m == NULL) {
        return error_response(NULL, RPC_PARSE_ERROR, "parse error: not valid JSON");
    }
    char *response = NULL;
    json_t *id = json_object_get(m, "id");
    const char *method = json_string_value(json_object_get(m, "method"));
    json_t *params = json_object_get(m, "params");
    bool id_ok = id == NULL || json_is_string(id) || json_is_integer(id);
    if (json_is_array(m)) {
        response = error_response(NULL, RPC_INVALID_REQUEST, "batches are not supported");
    } else if (!json_is_object(m) || !json_is_string(json_object_get(m, "jsonrpc")) ||
               strcmp(json_string_value(json_object_get(m, "jsonrpc")), "2.0") != 0 || !id_ok ||
               (params != NULL && !json_is_object(params))) {
        response = error_response(id_ok ? id : NULL, RPC_INVALID_REQUEST, "invalid request");
    } else if (method == NULL && (json_object_get(m, "result") || json_object_get(m, "error"))) {
        response = NULL; /* a response from the client: nothing to answer */
    } else if (method == NULL) {
        response = error_response(id, RPC_INVALID_REQUEST, "invalid request: no method");
    } else if (id == NULL) {
        response = NULL; /* a notification (notifications/initialized, ...) */
    } else {
        response = request(c, method, id, params);
    }
    json_decref(m);
    return response;
}
