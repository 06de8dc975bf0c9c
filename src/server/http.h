/*
 * http.h — the HTTP service (prefix http_): the JSON API, MCP over
 * streamable HTTP, metrics and the playground, on libmicrohttpd.
 *
 *   POST   /v1/execute         {"python", "session"?, "reset_context"?, "show_result"?}
 *   GET    /v1/sessions        the open sessions
 *   DELETE /v1/sessions/{id}   close one
 *   GET    /healthz            {"status": "ok"}
 *   GET    /metrics            Prometheus text
 *   POST   /mcp                MCP (JSON-RPC); GET /mcp → 405; DELETE /mcp ends the session
 *   GET    /                   the playground
 *
 * Every connection has its own thread, so a long exec or a slow client
 * holds up nobody else. A session runs one exec at a time: a second one
 * meanwhile gets 409 (the client decides whether to retry).
 */
#ifndef MPSB_HTTP_H
#define MPSB_HTTP_H

#include <stddef.h>
#include <stdint.h>

#include "mpsandbox.h"

typedef struct {
    const char *token; /* a bearer token */
    const char *actor; /* who presents it */
} http_token;

typedef struct {
    const char *host; /* address to bind, e.g. "127.0.0.1" */
    uint16_t port;
    mpsb_runtime *rt;          /* not owned */
    const mpsb_config *config; /* the runtime's limits */
    const http_token *tokens;  /* none: everyone is the actor "local" and
                                  only a loopback address may be bound */
    size_t n_tokens;
} http_options;

typedef struct http_server http_server;

/* Starts serving. Returns 0, or -1 with a message in err. */
int http_start(const http_options *options, http_server **out, char *err, size_t err_size);

/* The port actually bound (useful with port 0). */
uint16_t http_port(const http_server *s);

/* Closes the sessions (API and MCP) no request has used for idle_ms: a
 * client that goes away without DELETE must not hold a slot forever.
 * Returns how many. Call it now and then. */
unsigned http_expire_idle(http_server *s, uint64_t idle_ms);

/* Stops serving, closes every session, frees s. */
void http_stop(http_server *s);

#endif
