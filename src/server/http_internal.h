/*
 * http_internal.h — what the files of the HTTP service share.
 */
#ifndef MPSB_HTTP_INTERNAL_H
#define MPSB_HTTP_INTERNAL_H

#include <jansson.h>
#include <microhttpd.h>
#include <pthread.h>
#include <stdbool.h>

#include "http.h"
#include "mcp.h"

#define HTTP_MAX_BODY ((size_t)4 * 1024 * 1024)
#define HTTP_MAX_CONNECTIONS 128
#define HTTP_IDLE_SECONDS 60
#define HTTP_MAX_ID 128

/* A named session: a client's (POST /v1/execute with "session") or an MCP
 * conversation's (Mcp-Session-Id). */
typedef struct http_session {
    struct http_session *next;
    char id[HTTP_MAX_ID + 1];
    char actor[128];
    bool mcp;
    unsigned users;          /* requests using it now: it cannot be closed */
    uint64_t last_used_ns;   /* when a request last let go of it */
    mpsb_session *session;
    mcp_conversation conversation; /* when mcp */
} http_session;

/* Latency buckets of the histogram, in seconds. */
#define HTTP_BUCKETS 9
extern const double http_bucket_bounds[HTTP_BUCKETS];

struct http_server {
    struct MHD_Daemon *daemon;
    uint16_t port;
    mpsb_runtime *rt;
    const mpsb_config *config;
    const http_token *tokens;
    size_t n_tokens;
    pthread_mutex_t lock; /* guards sessions and metrics */
    http_session *sessions;
    unsigned n_sessions;
    /* metrics */
    unsigned long long executions[MPSB_STATUS_CRASHED + 1];
    unsigned long long latency_buckets[HTTP_BUCKETS];
    double latency_sum;
    unsigned long long kills;
};

extern const char http_playground_html[];

enum MHD_Result http_respond(struct MHD_Connection *c, unsigned status, const char *type,
                             const char *body, size_t len, const char *header,
                             const char *header_value);
/* Takes the reference to body. */
enum MHD_Result http_respond_json(struct MHD_Connection *c, unsigned status, json_t *body,
                                  const char *header, const char *header_value);
enum MHD_Result http_error(struct MHD_Connection *c, unsigned status, const char *message);

/* http_api.c */
enum MHD_Result http_execute(http_server *srv, struct MHD_Connection *c, const char *actor,
                             const char *body, size_t len);
enum MHD_Result http_list_sessions(http_server *srv, struct MHD_Connection *c, const char *actor);
enum MHD_Result http_delete_session(http_server *srv, struct MHD_Connection *c,
                                    const char *actor, const char *id);
enum MHD_Result http_metrics(http_server *srv, struct MHD_Connection *c);
void http_record(http_server *srv, const mpsb_result *r);

/* The session table (http_api.c). Lookups take a use (users++) that the
 * caller gives back with http_session_release. */
http_session *http_session_acquire(http_server *srv, const char *id, const char *actor, bool mcp,
                                   bool create, int *error);
void http_session_release(http_server *srv, http_session *s);
/* Closes and forgets a session; false if it is in use or unknown. */
bool http_session_remove(http_server *srv, const char *id, const char *actor, bool mcp,
                         bool *in_use);
void http_sessions_free(http_server *srv);

/* http_mcp.c */
enum MHD_Result http_mcp(http_server *srv, struct MHD_Connection *c, const char *method,
                         const char *actor, const char *body, size_t len);

#endif
