/*
 * mpsandbox.c — the public C API (include/mpsandbox.h): runtime, pool,
 * sessions, results.
 *
 * The pool is a queue of workers the zygote has forked or is forking: taking
 * one receives the oldest reply (usually already waiting in the socket);
 * after the exec, the runtime asks the zygote for a replacement, which it
 * forks while the caller reads the result. So a fresh session costs a handoff; the fork, hardening and filter
 * happen in the background. For the same reason a session's worker is
 * killed without waiting for it to die (the kernel's teardown of its memory
 * is slow): its pidfd waits in `dying` and is collected later.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdarg.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mpsandbox.h"
#include "sup.h"
#include "vm.h"
#include "wire.h"

/* The public hardening bits are the wire's READY bits. */
#define SAME_BIT(a, b) ((uint32_t)(a) == (uint32_t)(b))
_Static_assert(SAME_BIT(MPSB_HARDEN_SECCOMP, WIRE_READY_SECCOMP) &&
                   SAME_BIT(MPSB_HARDEN_NO_NEW_PRIVS, WIRE_READY_NO_NEW_PRIVS) &&
                   SAME_BIT(MPSB_HARDEN_RLIMITS, WIRE_READY_RLIMITS) &&
                   SAME_BIT(MPSB_HARDEN_USER_NS, WIRE_READY_USER_NS) &&
                   SAME_BIT(MPSB_HARDEN_NET_NS, WIRE_READY_NET_NS) &&
                   SAME_BIT(MPSB_HARDEN_IPC_NS, WIRE_READY_IPC_NS) &&
                   SAME_BIT(MPSB_HARDEN_MOUNT_NS, WIRE_READY_MOUNT_NS) &&
                   SAME_BIT(MPSB_HARDEN_NO_CAPS, WIRE_READY_NO_CAPS),
               "mpsandbox.h and wire.h disagree on the hardening bits");

#define MAX_CODE ((size_t)1024 * 1024)
#define MAX_OUTPUT ((size_t)1024 * 1024 * 1024)
#define AS_MARGIN ((size_t)256 * 1024 * 1024)
#define MIN_WORKER_CPU_SECONDS 600

#define MAX_FUNCTIONS 64
#define MAX_ACTOR 128

typedef struct {
    char name[WIRE_MAX_HOST_NAME + 1];
    mpsb_host_function fn;
    void *userdata;
} host_function;

struct mpsb_session {
    mpsb_runtime *rt;
    mpsb_session *prev, *next;
    char actor[MAX_ACTOR];
    sup_worker worker;
    sup_receiver *receiver; /* allocated with the first exec */
    bool has_worker;
    bool busy;              /* an exec is running */
    unsigned worker_functions; /* how many host functions its worker knows */
    bool lost;          /* the previous interpreter was lost: say so once */
    char lost_reason[160];
    uint64_t last_used_ns;
};

/* Locking: rt->lock guards everything in the runtime (the zygote channel,
 * the pool, the session list, the registry, the dying list) and each
 * session's fields; it is never held while code runs, so execs in different
 * sessions proceed in parallel. A session's busy flag keeps a second exec
 * (or a reset) off a session that is running code. */
struct mpsb_runtime {
    pthread_mutex_t lock;
    mpsb_config config;
    sup_zygote zygote;
    sup_zygote_config zygote_config;
    unsigned pending;   /* spawn requests not yet received */
    unsigned sessions;  /* open sessions */
    mpsb_session *first;
    uint32_t hardening; /* from the first worker's READY */
    host_function functions[MAX_FUNCTIONS];
    unsigned n_functions;
    char names[MAX_FUNCTIONS * (WIRE_MAX_HOST_NAME + 1)]; /* '\n'-joined */
    size_t names_len;
    int *dying;         /* pidfds of killed workers not yet collected */
    size_t n_dying, cap_dying;
};

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

const char *mpsb_strerror(int error) {
    switch (error) {
    case MPSB_OK:
        return "ok";
    case MPSB_E_INVALID:
        return "invalid argument";
    case MPSB_E_NOMEM:
        return "out of memory";
    case MPSB_E_SYSTEM:
        return "a system call failed (could not start a worker)";
    case MPSB_E_LIMIT:
        return "too many sessions";
    case MPSB_E_TOO_LARGE:
        return "code is larger than 1 MiB";
    case MPSB_E_BUSY:
        return "the session is already running code";
    }
    return "unknown error";
}

const char *mpsb_status_name(mpsb_status status) {
    if (status == MPSB_STATUS_CRASHED) {
        return "crashed";
    }
    return vm_status_name((vm_status)status);
}

void mpsb_config_default(mpsb_config *config) {
    *config = (mpsb_config){
        .heap_size = (size_t)16 * 1024 * 1024,
        .fuel = 10000000000ull,
        .timeout_ms = 5000,
        .grace_ms = 200,
        .max_output = (size_t)1024 * 1024,
        .pool_size = 2,
        .max_sessions = 64,
        .idle_timeout_ms = 600000,
        .max_host_result = (size_t)256 * 1024,
        .max_host_calls = 10000,
    };
}

/* Collects the killed workers that are dead by now (or all, waiting). */
static void reap_dying(mpsb_runtime *rt, bool wait) {
    size_t kept = 0;
    for (size_t i = 0; i < rt->n_dying; i++) {
        if (!sup_reap(rt->dying[i], wait)) {
            rt->dying[kept++] = rt->dying[i];
        }
    }
    rt->n_dying = kept;
}

static void kill_worker(mpsb_runtime *rt, sup_worker *w) {
    int pidfd = sup_worker_kill_later(w);
    if (pidfd < 0) {
        return;
    }
    if (rt->n_dying == rt->cap_dying) {
        size_t cap = rt->cap_dying ? rt->cap_dying * 2 : 16;
        int *grown = realloc(rt->dying, cap * sizeof *grown);
        if (grown == NULL) {
            sup_reap(pidfd, true);
            return;
        }
        rt->dying = grown;
        rt->cap_dying = cap;
    }
    rt->dying[rt->n_dying++] = pidfd;
}

static void fill_pool(mpsb_runtime *rt) {
    while (rt->pending < rt->config.pool_size && sup_zygote_request(&rt->zygote) == 0) {
        rt->pending++;
    }
}

int mpsb_runtime_new(const mpsb_config *config, mpsb_runtime **out, char *err, size_t err_size) {
    char scratch[8];
    if (err == NULL) {
        err = scratch;
        err_size = sizeof scratch;
    }
    *out = NULL;
    if (config == NULL || config->heap_size < VM_MIN_HEAP || config->timeout_ms == 0 ||
        config->max_output > MAX_OUTPUT || config->max_host_result > WIRE_MAX_HOST_JSON) {
        snprintf(err, err_size, "invalid configuration");
        return MPSB_E_INVALID;
    }
    mpsb_runtime *rt = calloc(1, sizeof *rt);
    if (rt == NULL) {
        snprintf(err, err_size, "out of memory");
        return MPSB_E_NOMEM;
    }
    pthread_mutex_init(&rt->lock, NULL);
    rt->config = *config;
    /* A worker dying mid-write must not kill the caller with SIGPIPE. */
    struct sigaction old;
    if (sigaction(SIGPIPE, NULL, &old) == 0 && old.sa_handler == SIG_DFL) {
        signal(SIGPIPE, SIG_IGN);
    }
    uint64_t cpu = 10 * (config->timeout_ms + config->grace_ms) / 1000;
    rt->zygote_config = (sup_zygote_config){
        .heap_size = config->heap_size,
        .max_output = config->max_output,
        .cpu_seconds = cpu < MIN_WORKER_CPU_SECONDS ? MIN_WORKER_CPU_SECONDS : cpu,
        .address_space_margin = AS_MARGIN,
    };
    if (sup_zygote_start(&rt->zygote, &rt->zygote_config, err, err_size) != 0) {
        pthread_mutex_destroy(&rt->lock);
        free(rt);
        return MPSB_E_SYSTEM;
    }
    fill_pool(rt);
    *out = rt;
    return MPSB_OK;
}

void mpsb_runtime_free(mpsb_runtime *rt) {
    if (rt == NULL) {
        return;
    }
    while (rt->first != NULL) {
        mpsb_session_close(rt->first);
    }
    /* Spawned workers nobody took: receive them so they can be collected. */
    while (rt->pending > 0) {
        sup_worker w;
        char err[64];
        rt->pending--;
        if (sup_zygote_receive(&rt->zygote, &w, err, sizeof err) == 0) {
            kill_worker(rt, &w);
        }
    }
    sup_zygote_stop(&rt->zygote);
    reap_dying(rt, true);
    free(rt->dying);
    pthread_mutex_destroy(&rt->lock);
    free(rt);
}

uint32_t mpsb_runtime_hardening(mpsb_runtime *rt) {
    pthread_mutex_lock(&rt->lock);
    uint32_t h = rt->hardening;
    pthread_mutex_unlock(&rt->lock);
    return h;
}

static int receive_worker(mpsb_runtime *rt, sup_worker *w) {
    if (rt->pending == 0) {
        if (sup_zygote_request(&rt->zygote) != 0) {
            return -1;
        }
        rt->pending++;
    }
    char err[96];
    rt->pending--;
    return sup_zygote_receive(&rt->zygote, w, err, sizeof err);
}

/* A worker for a session: the oldest one the zygote forked for the pool.
 * If the zygote is gone (killed from outside, say), a new one is started
 * once before giving up. */
static int take_worker(mpsb_runtime *rt, sup_worker *w) {
    if (receive_worker(rt, w) != 0) {
        char err[256];
        sup_zygote_stop(&rt->zygote);
        rt->pending = 0;
        if (sup_zygote_start(&rt->zygote, &rt->zygote_config, err, sizeof err) != 0 ||
            receive_worker(rt, w) != 0) {
            return MPSB_E_SYSTEM;
        }
    }
    sup_worker_set_priority(w, false);
    return MPSB_OK;
}

static void drop_worker(mpsb_session *s) {
    if (s->has_worker) {
        kill_worker(s->rt, &s->worker);
        s->has_worker = false;
    }
}

static bool is_identifier(const char *s) {
    size_t len = strlen(s);
    if (len == 0 || len > WIRE_MAX_HOST_NAME || (s[0] >= '0' && s[0] <= '9')) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_')) {
            return false;
        }
    }
    return true;
}

static int register_function(mpsb_runtime *rt, const char *name, mpsb_host_function fn,
                             void *userdata) {
    if (name == NULL || fn == NULL || !is_identifier(name) || rt->n_functions == MAX_FUNCTIONS) {
        return MPSB_E_INVALID;
    }
    for (unsigned i = 0; i < rt->n_functions; i++) {
        if (strcmp(rt->functions[i].name, name) == 0) {
            return MPSB_E_INVALID;
        }
    }
    host_function *f = &rt->functions[rt->n_functions++];
    snprintf(f->name, sizeof f->name, "%s", name);
    f->fn = fn;
    f->userdata = userdata;
    rt->names_len += (size_t)snprintf(rt->names + rt->names_len, sizeof rt->names - rt->names_len,
                                      "%s%s", rt->names_len ? "\n" : "", name);
    return MPSB_OK;
}

int mpsb_runtime_register_function(mpsb_runtime *rt, const char *name, mpsb_host_function fn,
                                   void *userdata) {
    pthread_mutex_lock(&rt->lock);
    int rc = register_function(rt, name, fn, userdata);
    pthread_mutex_unlock(&rt->lock);
    return rc;
}

int mpsb_session_set_actor(mpsb_session *s, const char *actor) {
    if (actor == NULL || strlen(actor) >= sizeof s->actor) {
        return MPSB_E_INVALID;
    }
    pthread_mutex_lock(&s->rt->lock);
    snprintf(s->actor, sizeof s->actor, "%s", actor);
    pthread_mutex_unlock(&s->rt->lock);
    return MPSB_OK;
}

static bool reply_text(char **reply, size_t *reply_len, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Sets *reply to a formatted message; always returns false (an error). */
static bool reply_text(char **reply, size_t *reply_len, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vasprintf(reply, fmt, ap);
    va_end(ap);
    if (n < 0) {
        *reply = NULL;
        n = 0;
    }
    *reply_len = (size_t)n;
    return false;
}

/* A worker's host call (sup_host_fn): name matched exactly, arguments
 * checked, the function called, its result bounded. */
static bool dispatch_host_call(void *ctx, const uint8_t *name, size_t name_len,
                               const uint8_t *json, size_t json_len, char **reply,
                               size_t *reply_len) {
    mpsb_session *s = ctx;
    mpsb_runtime *rt = s->rt;
    host_function found;
    char actor[MAX_ACTOR];
    const host_function *f = NULL;
    pthread_mutex_lock(&rt->lock);
    for (unsigned i = 0; i < rt->n_functions; i++) {
        if (strlen(rt->functions[i].name) == name_len &&
            memcmp(rt->functions[i].name, name, name_len) == 0) {
            found = rt->functions[i];
            f = &found;
        }
    }
    memcpy(actor, s->actor, sizeof actor);
    pthread_mutex_unlock(&rt->lock);
    if (f == NULL) {
        return reply_text(reply, reply_len, "there is no host function of that name");
    }
    char err[160];
    if (sup_json_check_args(json, json_len, err, sizeof err) != 0) {
        return reply_text(reply, reply_len, "%s(): bad arguments: %s", f->name, err);
    }
    char *args = malloc(json_len + 1);
    if (args == NULL) {
        *reply = NULL;
        return false;
    }
    memcpy(args, json, json_len);
    args[json_len] = '\0';
    mpsb_host_call call = {
        .name = f->name, .actor = actor, .args_json = args, .args_len = json_len};
    char *out = NULL;
    size_t out_len = 0;
    int rc = f->fn(f->userdata, &call, &out, &out_len);
    free(args);
    if (rc != MPSB_HOST_OK) {
        if (out == NULL) {
            return reply_text(reply, reply_len, "%s() failed", f->name);
        }
        *reply = out; /* a NUL-terminated message */
        *reply_len = strlen(out);
        return false;
    }
    if (out == NULL) {
        return reply_text(reply, reply_len, "%s() returned nothing", f->name);
    }
    if (out_len > rt->config.max_host_result) {
        free(out);
        return reply_text(reply, reply_len,
                          "the result of %s() is too large (%zu bytes; the limit is %zu): "
                          "ask for less",
                          f->name, out_len, rt->config.max_host_result);
    }
    struct json_t *check = sup_json_parse((const uint8_t *)out, out_len, out_len, err, sizeof err);
    if (check == NULL) {
        free(out);
        return reply_text(reply, reply_len, "%s() returned %s", f->name, err);
    }
    json_decref(check);
    *reply = out;
    *reply_len = out_len;
    return true;
}

int mpsb_session_open(mpsb_runtime *rt, mpsb_session **out) {
    *out = NULL;
    mpsb_session *s = calloc(1, sizeof *s);
    if (s == NULL) {
        return MPSB_E_NOMEM;
    }
    s->rt = rt;
    snprintf(s->actor, sizeof s->actor, "local");
    s->last_used_ns = now_ns();
    pthread_mutex_lock(&rt->lock);
    reap_dying(rt, false);
    if (rt->sessions >= rt->config.max_sessions) {
        pthread_mutex_unlock(&rt->lock);
        free(s);
        return MPSB_E_LIMIT;
    }
    s->next = rt->first;
    if (rt->first != NULL) {
        rt->first->prev = s;
    }
    rt->first = s;
    rt->sessions++;
    pthread_mutex_unlock(&rt->lock);
    *out = s;
    return MPSB_OK;
}

int mpsb_session_reset(mpsb_session *s) {
    pthread_mutex_lock(&s->rt->lock);
    int rc = MPSB_E_BUSY;
    if (!s->busy) {
        drop_worker(s);
        s->lost = false;
        rc = MPSB_OK;
    }
    pthread_mutex_unlock(&s->rt->lock);
    return rc;
}

void mpsb_session_close(mpsb_session *s) {
    if (s == NULL) {
        return;
    }
    mpsb_runtime *rt = s->rt;
    pthread_mutex_lock(&rt->lock);
    drop_worker(s);
    if (s->prev != NULL) {
        s->prev->next = s->next;
    } else {
        rt->first = s->next;
    }
    if (s->next != NULL) {
        s->next->prev = s->prev;
    }
    rt->sessions--;
    pthread_mutex_unlock(&rt->lock);
    sup_receiver_free(s->receiver);
    free(s);
}

int mpsb_session_worker_pid(mpsb_session *s) {
    pthread_mutex_lock(&s->rt->lock);
    int pid = s->has_worker ? (int)s->worker.pid : 0;
    pthread_mutex_unlock(&s->rt->lock);
    return pid;
}

unsigned mpsb_runtime_evict_idle(mpsb_runtime *rt) {
    if (rt->config.idle_timeout_ms == 0) {
        return 0;
    }
    uint64_t cutoff = rt->config.idle_timeout_ms * 1000000u;
    uint64_t now = now_ns();
    unsigned evicted = 0;
    pthread_mutex_lock(&rt->lock);
    for (mpsb_session *s = rt->first; s != NULL; s = s->next) {
        if (s->has_worker && !s->busy && now - s->last_used_ns > cutoff) {
            drop_worker(s);
            s->lost = true;
            snprintf(s->lost_reason, sizeof s->lost_reason, "evicted after being idle");
            evicted++;
        }
    }
    reap_dying(rt, false);
    pthread_mutex_unlock(&rt->lock);
    return evicted;
}

static mpsb_result *make_result(sup_outcome *o, bool context_reset, const char *reason) {
    mpsb_result *r = calloc(1, sizeof *r);
    char *reason_copy = reason ? strdup(reason) : NULL;
    if (r == NULL || (reason != NULL && reason_copy == NULL)) {
        free(r);
        free(reason_copy);
        return NULL;
    }
    /* The result takes over the outcome's buffers. */
    r->status = (mpsb_status)o->status;
    r->stdout_data = o->out.data;
    r->stdout_len = o->out.len;
    r->stdout_truncated = o->out.truncated;
    r->stderr_data = o->err.data;
    r->stderr_len = o->err.len;
    r->stderr_truncated = o->err.truncated;
    r->error_type = o->error_type;
    r->error_message = o->error_message;
    r->traceback = o->traceback;
    r->exit_code = o->exit_code;
    r->fuel_used = o->fuel_used;
    r->duration_ms = (double)o->duration_ns / 1e6;
    r->context_reset = context_reset;
    r->reason = reason_copy;
    memset(o, 0, sizeof *o);
    return r;
}

/* Under the lock: makes sure the session has a worker that knows the host
 * functions, and marks it busy. Fills *reset_reason if its previous
 * interpreter was lost. */
static int prepare_exec(mpsb_session *s, char *reset_reason, size_t reset_size) {
    mpsb_runtime *rt = s->rt;
    if (s->busy) {
        return MPSB_E_BUSY;
    }
    if (s->receiver == NULL && (s->receiver = sup_receiver_new()) == NULL) {
        return MPSB_E_NOMEM;
    }
    if (!s->has_worker) {
        int rc = take_worker(rt, &s->worker);
        if (rc != MPSB_OK) {
            return rc;
        }
        s->has_worker = true;
        s->worker_functions = 0;
        if (s->lost) {
            snprintf(reset_reason, reset_size,
                     "the previous interpreter was lost (%s); this is a fresh one",
                     s->lost_reason);
            s->lost = false;
        }
    }
    if (s->worker_functions != rt->n_functions) {
        /* A send failure means the worker died: the exec finds out how. */
        sup_worker_send_host_names(&s->worker, rt->names, rt->names_len);
        s->worker_functions = rt->n_functions;
    }
    s->busy = true;
    return MPSB_OK;
}

/* Under the lock: what the exec left behind. */
static void finish_exec(mpsb_session *s, sup_outcome *o, uint64_t started) {
    mpsb_runtime *rt = s->rt;
    s->busy = false;
    s->last_used_ns = now_ns();
    /* Refill only now: a fork during the exec would compete with it for
     * the CPU. */
    fill_pool(rt);
    if (rt->hardening == 0 && s->worker.ready) {
        rt->hardening = s->worker.applied;
    }
    if (o->lost) {
        s->has_worker = false;
        s->lost = true;
        snprintf(s->lost_reason, sizeof s->lost_reason, "%s", o->reason);
        o->duration_ns = s->last_used_ns - started;
    }
}

int mpsb_exec(mpsb_session *s, const char *code, size_t len, const mpsb_exec_options *options,
              mpsb_result **out) {
    *out = NULL;
    if (code == NULL && len > 0) {
        return MPSB_E_INVALID;
    }
    if (len > MAX_CODE) {
        return MPSB_E_TOO_LARGE;
    }
    mpsb_runtime *rt = s->rt;
    const mpsb_config *c = &rt->config;
    uint64_t timeout_ms = options && options->timeout_ms ? options->timeout_ms : c->timeout_ms;
    sup_exec_limits limits = {
        .fuel = options && options->fuel ? options->fuel : c->fuel,
        .timeout_ns = timeout_ms * 1000000u,
        .grace_ns = c->grace_ms * 1000000u,
        .max_output = c->max_output,
        .interactive = options && options->interactive,
        .host = dispatch_host_call,
        .host_ctx = s,
        .max_host_calls = c->max_host_calls,
    };
    char reset_reason[256] = "";
    pthread_mutex_lock(&rt->lock);
    int rc = prepare_exec(s, reset_reason, sizeof reset_reason);
    pthread_mutex_unlock(&rt->lock);
    if (rc != MPSB_OK) {
        return rc;
    }

    uint64_t started = now_ns();
    sup_outcome o;
    rc = sup_worker_exec(&s->worker, s->receiver, code ? code : "", len, &limits, &o);

    pthread_mutex_lock(&rt->lock);
    if (rc != 0) {
        o = (sup_outcome){.lost = true};
        snprintf(o.reason, sizeof o.reason, "the supervisor ran out of memory");
    }
    finish_exec(s, &o, started);
    pthread_mutex_unlock(&rt->lock);
    if (rc != 0) {
        return MPSB_E_NOMEM;
    }
    bool context_reset = reset_reason[0] != '\0';
    const char *reason = o.lost ? o.reason : context_reset ? reset_reason : NULL;
    mpsb_result *r = make_result(&o, context_reset, reason);
    if (r == NULL) {
        sup_outcome_free(&o);
        return MPSB_E_NOMEM;
    }
    *out = r;
    return MPSB_OK;
}

void mpsb_result_free(mpsb_result *r) {
    if (r == NULL) {
        return;
    }
    free((char *)r->stdout_data);
    free((char *)r->stderr_data);
    free((char *)r->error_type);
    free((char *)r->error_message);
    free((char *)r->traceback);
    free((char *)r->reason);
    free(r);
}

bool mpsb_needs_more_input(const char *src) {
    return vm_needs_more_input(src);
}
