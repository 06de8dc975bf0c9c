/*
 * http.c — the HTTP service on libmicrohttpd (see http.h): connections,
 * bodies, authentication, routing and responses. The endpoints themselves
 * are in http_api.c (the JSON API and metrics) and http_mcp.c (MCP).
 *
 * Defences that apply to every request: bodies are capped (a code string
 * is at most 1 MiB; the whole body at most HTTP_MAX_BODY); with tokens
 * configured every API request needs `Authorization: Bearer <token>`;
 * without tokens the service only binds a loopback address, and then
 * requests must name a loopback host (Host, and Origin when a browser sends
 * one), which stops DNS rebinding: a page on evil.example that resolves to
 * 127.0.0.1 still sends Host: evil.example.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http_internal.h"

struct request {
    char *body;
    size_t len;
    bool too_big;
};

static bool is_loopback_host(const char *host, size_t len) {
    static const char *const names[] = {"localhost", "127.0.0.1", "[::1]"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        size_t n = strlen(names[i]);
        if (len >= n && strncasecmp(host, names[i], n) == 0 && (len == n || host[n] == ':')) {
            return true;
        }
    }
    return false;
}

/* Without tokens the service is loopback-only: the Host header (and Origin,
 * if present) must name a loopback host. */
static bool host_allowed(const http_server *srv, struct MHD_Connection *c) {
    if (srv->n_tokens > 0) {
        return true;
    }
    const char *host = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Host");
    if (host == NULL || !is_loopback_host(host, strlen(host))) {
        return false;
    }
    const char *origin = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Origin");
    if (origin == NULL) {
        return true;
    }
    const char *p = strstr(origin, "://");
    return p != NULL && is_loopback_host(p + 3, strlen(p + 3));
}

/* The actor a request acts for, or NULL if it must be refused (401). */
static const char *authenticate(const http_server *srv, struct MHD_Connection *c) {
    if (srv->n_tokens == 0) {
        return "local";
    }
    const char *auth = MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
    if (auth == NULL || strncasecmp(auth, "Bearer ", 7) != 0) {
        return NULL;
    }
    const char *token = auth + 7;
    for (size_t i = 0; i < srv->n_tokens; i++) {
        /* Compared in full every time: no early exit that times the token. */
        size_t a = strlen(token), b = strlen(srv->tokens[i].token);
        unsigned diff = (unsigned)(a ^ b);
        for (size_t k = 0; k < b; k++) {
            diff |= (unsigned)(unsigned char)srv->tokens[i].token[k] ^
                    (unsigned)(unsigned char)(k < a ? token[k] : 0);
        }
        if (diff == 0) {
            return srv->tokens[i].actor;
        }
    }
    return NULL;
}

enum MHD_Result http_respond(struct MHD_Connection *c, unsigned status, const char *type,
                             const char *body, size_t len, const char *header,
                             const char *header_value) {
    struct MHD_Response *r =
        MHD_create_response_from_buffer(len, (void *)body, MHD_RESPMEM_MUST_COPY);
    if (r == NULL) {
        return MHD_NO;
    }
    if (type != NULL) {
        MHD_add_response_header(r, "Content-Type", type);
    }
    MHD_add_response_header(r, "Cache-Control", "no-store");
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    if (header != NULL) {
        MHD_add_response_header(r, header, header_value);
    }
    enum MHD_Result ret = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ret;
}

enum MHD_Result http_respond_json(struct MHD_Connection *c, unsigned status, json_t *body,
                                  const char *header, const char *header_value) {
    char *text = body ? json_dumps(body, JSON_COMPACT | JSON_REAL_PRECISION(12)) : NULL;
    json_decref(body);
    if (text == NULL) {
        return http_respond(c, 500, "application/json", "{\"error\":\"out of memory\"}", 25,
                            NULL, NULL);
    }
    enum MHD_Result ret =
        http_respond(c, status, "application/json", text, strlen(text), header, header_value);
    free(text);
    return ret;
}

enum MHD_Result http_error(struct MHD_Connection *c, unsigned status, const char *message) {
    return http_respond_json(c, status, json_pack("{s:s}", "error", message), NULL, NULL);
}

static enum MHD_Result route(http_server *srv, struct MHD_Connection *c, const char *url,
                             const char *method, struct request *req) {
    bool get = strcmp(method, "GET") == 0, post = strcmp(method, "POST") == 0,
         del = strcmp(method, "DELETE") == 0;
    if (get && strcmp(url, "/healthz") == 0) {
        return http_respond(c, 200, "application/json", "{\"status\":\"ok\"}", 15, NULL, NULL);
    }
    if (!host_allowed(srv, c)) {
        return http_error(c, 403, "this service answers only requests for a loopback host");
    }
    if (get && strcmp(url, "/") == 0) {
        return http_respond(c, 200, "text/html; charset=utf-8", http_playground_html,
                            strlen(http_playground_html), "Content-Security-Policy",
                            "default-src 'self'; script-src 'unsafe-inline'; "
                            "style-src 'unsafe-inline'; img-src 'self' data:");
    }
    if (req->too_big) {
        return http_error(c, 400,
                          "request body too large (the limit is 4 MiB; code at most 1 MiB)");
    }
    const char *actor = authenticate(srv, c);
    if (actor == NULL) {
        return http_respond(c, 401, "application/json",
                            "{\"error\":\"missing or wrong bearer token\"}", 41,
                            "WWW-Authenticate", "Bearer");
    }
    if (strcmp(url, "/mcp") == 0) {
        return http_mcp(srv, c, method, actor, req->body, req->len);
    }
    if (post && strcmp(url, "/v1/execute") == 0) {
        return http_execute(srv, c, actor, req->body, req->len);
    }
    if (get && strcmp(url, "/v1/sessions") == 0) {
        return http_list_sessions(srv, c, actor);
    }
    if (del && strncmp(url, "/v1/sessions/", 13) == 0) {
        return http_delete_session(srv, c, actor, url + 13);
    }
    if (get && strcmp(url, "/metrics") == 0) {
        return http_metrics(srv, c);
    }
    return http_error(c, 404, "no such endpoint; see GET / for the playground and README.md");
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *upload_data,
                              size_t *upload_data_size, void **con_cls) {
    (void)version;
    http_server *srv = cls;
    struct request *req = *con_cls;
    if (req == NULL) {
        req = calloc(1, sizeof *req);
        *con_cls = req;
        return req ? MHD_YES : MHD_NO;
    }
    if (*upload_data_size > 0) {
        size_t n = *upload_data_size;
        *upload_data_size = 0;
        if (req->too_big || req->len + n > HTTP_MAX_BODY) {
            req->too_big = true;
            return MHD_YES;
        }
        char *grown = realloc(req->body, req->len + n + 1);
        if (grown == NULL) {
            req->too_big = true;
            return MHD_YES;
        }
        memcpy(grown + req->len, upload_data, n);
        req->body = grown;
        req->len += n;
        req->body[req->len] = '\0';
        return MHD_YES;
    }
    return route(srv, c, url, method, req);
}

static void completed(void *cls, struct MHD_Connection *c, void **con_cls,
                      enum MHD_RequestTerminationCode code) {
    (void)cls;
    (void)c;
    (void)code;
    struct request *req = *con_cls;
    if (req != NULL) {
        free(req->body);
        free(req);
        *con_cls = NULL;
    }
}

static bool is_loopback_address(const char *host) {
    struct in_addr a4;
    struct in6_addr a6;
    if (inet_pton(AF_INET, host, &a4) == 1) {
        return (ntohl(a4.s_addr) >> 24) == 127;
    }
    return inet_pton(AF_INET6, host, &a6) == 1 && IN6_IS_ADDR_LOOPBACK(&a6);
}

int http_start(const http_options *o, http_server **out, char *err, size_t err_size) {
    *out = NULL;
    if (o->n_tokens == 0 && !is_loopback_address(o->host)) {
        snprintf(err, err_size,
                 "refusing to listen on %s without tokens: anyone who can reach it could run "
                 "code as you; configure \"tokens\" or use 127.0.0.1",
                 o->host);
        return -1;
    }
    http_server *srv = calloc(1, sizeof *srv);
    if (srv == NULL) {
        snprintf(err, err_size, "out of memory");
        return -1;
    }
    srv->rt = o->rt;
    srv->config = o->config;
    srv->tokens = o->tokens;
    srv->n_tokens = o->n_tokens;
    pthread_mutex_init(&srv->lock, NULL);

    struct sockaddr_storage addr = {0};
    socklen_t addr_len;
    struct sockaddr_in *a4 = (struct sockaddr_in *)&addr;
    struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)&addr;
    unsigned flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD |
                     MHD_USE_ERROR_LOG;
    if (inet_pton(AF_INET, o->host, &a4->sin_addr) == 1) {
        a4->sin_family = AF_INET;
        a4->sin_port = htons(o->port);
        addr_len = sizeof *a4;
    } else if (inet_pton(AF_INET6, o->host, &a6->sin6_addr) == 1) {
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons(o->port);
        addr_len = sizeof *a6;
        flags |= MHD_USE_IPv6;
    } else {
        snprintf(err, err_size, "bad --host '%s': expected an IPv4 or IPv6 address", o->host);
        free(srv);
        return -1;
    }
    (void)addr_len;
    srv->daemon = MHD_start_daemon(flags, o->port, NULL, NULL, handle, srv, MHD_OPTION_SOCK_ADDR,
                                   (struct sockaddr *)&addr, MHD_OPTION_NOTIFY_COMPLETED,
                                   completed, NULL, MHD_OPTION_CONNECTION_LIMIT,
                                   (unsigned)HTTP_MAX_CONNECTIONS, MHD_OPTION_CONNECTION_TIMEOUT,
                                   (unsigned)HTTP_IDLE_SECONDS, MHD_OPTION_END);
    if (srv->daemon == NULL) {
        snprintf(err, err_size, "cannot listen on %s port %u (in use?)", o->host, o->port);
        free(srv);
        return -1;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(srv->daemon, MHD_DAEMON_INFO_BIND_PORT);
    srv->port = info ? info->port : o->port;
    *out = srv;
    return 0;
}

uint16_t http_port(const http_server *s) {
    return s->port;
}

void http_stop(http_server *srv) {
    if (srv == NULL) {
        return;
    }
    MHD_stop_daemon(srv->daemon);
    http_sessions_free(srv);
    pthread_mutex_destroy(&srv->lock);
    free(srv);
}
