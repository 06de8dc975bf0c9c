/*
 * http_api.c — the JSON API: executions, the session table, metrics.
 *
 * Sessions are named by the client ("session" in the request) and belong to
 * the actor that created them: another actor asking for the same name gets
 * "no such session", never someone else's interpreter. A request without a
 * session runs in a fresh sandbox that is thrown away afterwards.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "http_internal.h"
#include "srv.h"

const double http_bucket_bounds[HTTP_BUCKETS] = {0.001, 0.005, 0.01, 0.05, 0.1,
                                                 0.5,   1,     5,    30};

static bool valid_id(const char *id) {
    size_t len = strlen(id);
    if (len == 0 || len > HTTP_MAX_ID) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        char c = id[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '.')) {
            return false;
        }
    }
    return true;
}

/* --- The session table -------------------------------------------------------- */

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static http_session *find(http_server *srv, const char *id, const char *actor, bool mcp) {
    for (http_session *s = srv->sessions; s != NULL; s = s->next) {
        if (s->mcp == mcp && strcmp(s->id, id) == 0 && strcmp(s->actor, actor) == 0) {
            return s;
        }
    }
    return NULL;
}

http_session *http_session_acquire(http_server *srv, const char *id, const char *actor, bool mcp,
                                   bool create, int *error) {
    *error = MPSB_OK;
    pthread_mutex_lock(&srv->lock);
    http_session *s = find(srv, id, actor, mcp);
    if (s == NULL && create) {
        s = calloc(1, sizeof *s);
        int rc = s ? mpsb_session_open(srv->rt, &s->session) : MPSB_E_NOMEM;
        if (rc == MPSB_OK) {
            rc = mpsb_session_set_actor(s->session, actor);
        }
        if (rc != MPSB_OK) {
            if (s != NULL && s->session != NULL) {
                mpsb_session_close(s->session);
            }
            free(s);
            s = NULL;
            *error = rc;
        } else {
            snprintf(s->id, sizeof s->id, "%s", id);
            snprintf(s->actor, sizeof s->actor, "%s", actor);
            s->mcp = mcp;
            s->conversation = (mcp_conversation){.session = s->session, .config = srv->config};
            s->last_used_ns = now_ns();
            s->next = srv->sessions;
            srv->sessions = s;
            srv->n_sessions++;
        }
    }
    if (s != NULL) {
        s->users++;
    }
    pthread_mutex_unlock(&srv->lock);
    return s;
}

void http_session_release(http_server *srv, http_session *s) {
    pthread_mutex_lock(&srv->lock);
    s->users--;
    s->last_used_ns = now_ns();
    pthread_mutex_unlock(&srv->lock);
}

unsigned http_expire_idle(http_server *srv, uint64_t idle_ms) {
    uint64_t cutoff = now_ns() - idle_ms * 1000000u;
    http_session *expired = NULL;
    unsigned n = 0;
    pthread_mutex_lock(&srv->lock);
    for (http_session **p = &srv->sessions; *p != NULL;) {
        http_session *s = *p;
        if (s->users == 0 && s->last_used_ns < cutoff) {
            *p = s->next;
            s->next = expired;
            expired = s;
            srv->n_sessions--;
            n++;
        } else {
            p = &s->next;
        }
    }
    pthread_mutex_unlock(&srv->lock);
    while (expired != NULL) {
        http_session *s = expired;
        expired = s->next;
        mpsb_session_close(s->session);
        free(s);
    }
    return n;
}

bool http_session_remove(http_server *srv, const char *id, const char *actor, bool mcp,
                         bool *in_use) {
    *in_use = false;
    pthread_mutex_lock(&srv->lock);
    http_session **p = &srv->sessions;
    while (*p != NULL && !((*p)->mcp == mcp && strcmp((*p)->id, id) == 0 &&
                           strcmp((*p)->actor, actor) == 0)) {
        p = &(*p)->next;
    }
    http_session *s = *p;
    if (s != NULL && s->users > 0) {
        *in_use = true;
        s = NULL;
    } else if (s != NULL) {
        *p = s->next;
        srv->n_sessions--;
    }
    pthread_mutex_unlock(&srv->lock);
    if (s == NULL) {
        return false;
    }
    mpsb_session_close(s->session);
    free(s);
    return true;
}

void http_sessions_free(http_server *srv) {
    while (srv->sessions != NULL) {
        http_session *s = srv->sessions;
        srv->sessions = s->next;
        mpsb_session_close(s->session);
        free(s);
    }
}

/* --- Metrics ------------------------------------------------------------------- */

void http_record(http_server *srv, const mpsb_result *r) {
    double seconds = r->duration_ms / 1e3;
    pthread_mutex_lock(&srv->lock);
    srv->executions[r->status]++;
    for (int i = 0; i < HTTP_BUCKETS; i++) {
        if (seconds <= http_bucket_bounds[i]) {
            srv->latency_buckets[i]++;
        }
    }
    srv->latency_sum += seconds;
    if (r->reason != NULL && strstr(r->reason, "killed after the deadline") != NULL &&
        !r->context_reset) {
        srv->kills++;
    }
    pthread_mutex_unlock(&srv->lock);
}

enum MHD_Result http_metrics(http_server *srv, struct MHD_Connection *c) {
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (f == NULL) {
        return http_error(c, 500, "out of memory");
    }
    pthread_mutex_lock(&srv->lock);
    fputs("# HELP mpsandbox_executions_total Executions by result status.\n"
          "# TYPE mpsandbox_executions_total counter\n",
          f);
    unsigned long long total = 0;
    for (int st = MPSB_STATUS_OK; st <= MPSB_STATUS_CRASHED; st++) {
        fprintf(f, "mpsandbox_executions_total{status=\"%s\"} %llu\n",
                mpsb_status_name((mpsb_status)st), srv->executions[st]);
        total += srv->executions[st];
    }
    fputs("# HELP mpsandbox_execution_seconds Wall-clock time of executions.\n"
          "# TYPE mpsandbox_execution_seconds histogram\n",
          f);
    for (int i = 0; i < HTTP_BUCKETS; i++) {
        fprintf(f, "mpsandbox_execution_seconds_bucket{le=\"%g\"} %llu\n", http_bucket_bounds[i],
                srv->latency_buckets[i]);
    }
    fprintf(f,
            "mpsandbox_execution_seconds_bucket{le=\"+Inf\"} %llu\n"
            "mpsandbox_execution_seconds_sum %.6f\n"
            "mpsandbox_execution_seconds_count %llu\n",
            total, srv->latency_sum, total);
    fprintf(f,
            "# HELP mpsandbox_sessions Named sessions open (API and MCP).\n"
            "# TYPE mpsandbox_sessions gauge\nmpsandbox_sessions %u\n"
            "# HELP mpsandbox_pool_size Spare workers the runtime keeps ready.\n"
            "# TYPE mpsandbox_pool_size gauge\nmpsandbox_pool_size %u\n"
            "# HELP mpsandbox_worker_crashes_total Workers that crashed or broke the protocol.\n"
            "# TYPE mpsandbox_worker_crashes_total counter\n"
            "mpsandbox_worker_crashes_total %llu\n"
            "# HELP mpsandbox_worker_kills_total Workers killed after overrunning the deadline.\n"
            "# TYPE mpsandbox_worker_kills_total counter\nmpsandbox_worker_kills_total %llu\n",
            srv->n_sessions, srv->config->pool_size, srv->executions[MPSB_STATUS_CRASHED],
            srv->kills);
    pthread_mutex_unlock(&srv->lock);
    if (fclose(f) != 0) {
        free(text);
        return http_error(c, 500, "out of memory");
    }
    enum MHD_Result ret =
        http_respond(c, 200, "text/plain; version=0.0.4; charset=utf-8", text, len, NULL, NULL);
    free(text);
    return ret;
}

/* --- Executions ------------------------------------------------------------------ */

static unsigned status_for(int rc) {
    switch (rc) {
    case MPSB_E_BUSY:
        return 409;
    case MPSB_E_TOO_LARGE:
    case MPSB_E_INVALID:
        return 400;
    case MPSB_E_LIMIT:
        return 503;
    }
    return 500;
}

static const char *message_for(int rc) {
    switch (rc) {
    case MPSB_E_BUSY:
        return "this session is already running code; wait for it to finish";
    case MPSB_E_LIMIT:
        return "too many sessions are open; close one (DELETE /v1/sessions/{id})";
    }
    return mpsb_strerror(rc);
}

enum MHD_Result http_execute(http_server *srv, struct MHD_Connection *c, const char *actor,
                             const char *body, size_t len) {
    json_error_t jerr;
    json_t *req = body ? json_loadb(body, len, JSON_REJECT_DUPLICATES, &jerr) : NULL;
    if (req == NULL || !json_is_object(req)) {
        json_decref(req);
        return http_error(c, 400, "the body must be a JSON object: {\"python\": \"...\"}");
    }
    json_t *python = json_object_get(req, "python"), *id = json_object_get(req, "session"),
           *reset = json_object_get(req, "reset_context"),
           *show = json_object_get(req, "show_result");
    const char *problem = NULL;
    if (!json_is_string(python)) {
        problem = "\"python\" (a string) is required";
    } else if (json_string_length(python) > (size_t)1024 * 1024) {
        problem = "\"python\" is larger than 1 MiB";
    } else if (id != NULL && !json_is_null(id) &&
               (!json_is_string(id) || !valid_id(json_string_value(id)))) {
        problem = "\"session\" must be 1 to 128 letters, digits, '-', '_' or '.'";
    } else if ((reset && !json_is_boolean(reset)) || (show && !json_is_boolean(show))) {
        problem = "\"reset_context\" and \"show_result\" must be booleans";
    }
    if (problem != NULL) {
        json_decref(req);
        return http_error(c, 400, problem);
    }

    bool named = json_is_string(id);
    int rc = MPSB_OK;
    http_session *hs = NULL;
    mpsb_session *session = NULL;
    if (named) {
        hs = http_session_acquire(srv, json_string_value(id), actor, false, true, &rc);
        session = hs ? hs->session : NULL;
    } else {
        rc = mpsb_session_open(srv->rt, &session);
        if (rc == MPSB_OK) {
            rc = mpsb_session_set_actor(session, actor);
        }
    }
    if (rc == MPSB_OK && json_is_true(reset)) {
        rc = mpsb_session_reset(session);
    }
    mpsb_result *r = NULL;
    if (rc == MPSB_OK) {
        rc = mpsb_exec(session, json_string_value(python), json_string_length(python), NULL, &r);
    }
    if (hs != NULL) {
        http_session_release(srv, hs);
    } else if (session != NULL) {
        mpsb_session_close(session);
    }
    if (rc != MPSB_OK) {
        json_decref(req);
        return http_error(c, status_for(rc), message_for(rc));
    }
    http_record(srv, r);
    json_t *out = srv_result_json(r);
    if (out != NULL) {
        json_object_set(out, "session", named ? id : json_null());
        if (json_is_true(show)) {
            char *html = srv_result_html(json_string_value(python), json_string_length(python), r);
            json_object_set_new(out, "html", html ? json_string(html) : json_null());
            free(html);
        }
    }
    mpsb_result_free(r);
    json_decref(req);
    return http_respond_json(c, 200, out, NULL, NULL);
}

enum MHD_Result http_list_sessions(http_server *srv, struct MHD_Connection *c, const char *actor) {
    json_t *list = json_array();
    pthread_mutex_lock(&srv->lock);
    for (http_session *s = srv->sessions; list != NULL && s != NULL; s = s->next) {
        if (!s->mcp && strcmp(s->actor, actor) == 0) {
            json_array_append_new(list, json_pack("{s:s, s:b}", "id", s->id, "busy", s->users > 0));
        }
    }
    pthread_mutex_unlock(&srv->lock);
    return http_respond_json(c, 200, list ? json_pack("{s:o}", "sessions", list) : NULL, NULL,
                             NULL);
}

enum MHD_Result http_delete_session(http_server *srv, struct MHD_Connection *c,
                                    const char *actor, const char *id) {
    bool in_use;
    if (http_session_remove(srv, id, actor, false, &in_use)) {
        return http_respond(c, 204, NULL, "", 0, NULL, NULL);
    }
    return in_use ? http_error(c, 409, "the session is running code; try again when it is done")
                  : http_error(c, 404, "no such session");
}
