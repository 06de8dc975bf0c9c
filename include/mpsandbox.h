/*
 * mpsandbox.h — run untrusted Python in confined MicroPython workers.
 *
 * Life cycle:
 *
 *     mpsb_config cfg;  mpsb_config_default(&cfg);   // adjust limits, pool
 *     mpsb_runtime *rt; mpsb_runtime_new(&cfg, &rt, err, sizeof err);
 *     mpsb_session *s;  mpsb_session_open(rt, &s);
 *     mpsb_result *r;   mpsb_exec(s, code, len, NULL, &r);  // as often as needed
 *     ... read r ...;   mpsb_result_free(r);
 *     mpsb_session_reset(s) / mpsb_session_close(s);
 *     mpsb_runtime_free(rt);
 *
 * A runtime starts a zygote process holding an initialised interpreter; it
 * forks one worker process per session, and keeps `pool_size` spare workers
 * ready so that a new session costs a handoff, not an interpreter start.
 * Each worker drops every capability and installs a seccomp filter before it
 * runs guest code: it can then only read and write its socket. The runtime
 * treats every byte from a worker as hostile.
 *
 * A session is one conversation's interpreter: globals, functions and
 * imports persist across mpsb_exec calls. When a limit stops code cleanly
 * (fuel, the deadline checked by the interpreter, the output cap, a
 * MemoryError) the state is kept. When the worker crashes, breaks the
 * protocol or overruns the deadline by the grace period (it is then
 * SIGKILLed), the session loses its interpreter; the next mpsb_exec starts a
 * fresh one and says so in `context_reset`.
 *
 * Threads: different sessions may run code at the same time, from different
 * threads; the runtime locks what they share, and never holds its lock while
 * code runs. One session runs one exec at a time: a second mpsb_exec or
 * mpsb_session_reset meanwhile returns MPSB_E_BUSY. Do not close a session
 * while another thread uses it, nor free the runtime while any thread uses
 * it. Create the runtime on a thread that lives as long as it does: the
 * zygote is killed when that thread exits (PR_SET_PDEATHSIG). Host functions
 * may be called from several threads at once. mpsb_runtime_new sets SIGPIPE to be ignored if it was
 * at its default, so a dying worker cannot kill the caller.
 *
 * Errors: functions return MPSB_OK (0) or a negative mpsb_error;
 * mpsb_strerror names it. Guest errors are not API errors: they are results.
 */
#ifndef MPSANDBOX_H
#define MPSANDBOX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    MPSB_OK = 0,
    MPSB_E_INVALID = -1,  /* a bad argument (a limit out of range, NULL) */
    MPSB_E_NOMEM = -2,    /* out of memory */
    MPSB_E_SYSTEM = -3,   /* a system call failed (fork, socketpair...) */
    MPSB_E_LIMIT = -4,    /* too many sessions */
    MPSB_E_TOO_LARGE = -5, /* code over the 1 MiB limit */
    MPSB_E_BUSY = -6       /* the session is running code (in another thread) */
} mpsb_error;

const char *mpsb_strerror(int error);

typedef enum {
    MPSB_STATUS_OK,             /* ran to the end */
    MPSB_STATUS_ERROR,          /* raised (MemoryError included) */
    MPSB_STATUS_TIMEOUT,        /* stopped at the deadline, or killed past it */
    MPSB_STATUS_FUEL_EXHAUSTED, /* ran out of fuel */
    MPSB_STATUS_OUTPUT_LIMIT,   /* its output reached the cap */
    MPSB_STATUS_CRASHED,        /* the worker died or broke the protocol */
} mpsb_status;

/* "ok", "error", "timeout", "fuel_exhausted", "output_limit", "crashed". */
const char *mpsb_status_name(mpsb_status status);

typedef struct {
    size_t heap_size;       /* GC heap per interpreter; default 16 MiB */
    uint64_t fuel;          /* VM steps per exec; default 10^10 */
    uint64_t timeout_ms;    /* wall clock per exec; default 5000 */
    uint64_t grace_ms;      /* past the deadline before SIGKILL; default 200 */
    size_t max_output;      /* stdout + stderr per exec; default 1 MiB */
    unsigned pool_size;     /* spare workers kept ready; default 2 */
    unsigned max_sessions;  /* open sessions at once; default 64 */
    uint64_t idle_timeout_ms; /* a session idle this long loses its worker
                                 at the next mpsb_runtime_evict_idle; 0: never;
                                 default 600000 */
    size_t max_host_result;   /* bytes of JSON a host function may return;
                                 default 256 KiB */
    unsigned max_host_calls;  /* host calls per exec; default 10000 */
} mpsb_config;

void mpsb_config_default(mpsb_config *config);

typedef struct mpsb_runtime mpsb_runtime;
typedef struct mpsb_session mpsb_session;

/* Starts the zygote and fills the pool. On failure returns an error and, if
 * err is not NULL, a message in err. *out is owned by the caller: free it
 * with mpsb_runtime_free, after closing its sessions (or not: it closes
 * them). */
int mpsb_runtime_new(const mpsb_config *config, mpsb_runtime **out, char *err, size_t err_size);

/* Closes every session, stops every worker and the zygote, frees rt. */
void mpsb_runtime_free(mpsb_runtime *rt);

/* Hardening the workers apply, as WIRE_READY-style bits, for reporting:
 * MPSB_HARDEN_* (known once the first worker has started). */
enum {
    MPSB_HARDEN_SECCOMP = 1u << 0,
    MPSB_HARDEN_NO_NEW_PRIVS = 1u << 1,
    MPSB_HARDEN_RLIMITS = 1u << 2,
    MPSB_HARDEN_USER_NS = 1u << 3,
    MPSB_HARDEN_NET_NS = 1u << 4,
    MPSB_HARDEN_IPC_NS = 1u << 5,
    MPSB_HARDEN_MOUNT_NS = 1u << 6,
    MPSB_HARDEN_NO_CAPS = 1u << 7,
};
uint32_t mpsb_runtime_hardening(mpsb_runtime *rt);

/* Closes the workers of sessions idle longer than idle_timeout_ms; their
 * next exec starts fresh (context_reset, reason "evicted after being idle").
 * Returns how many were evicted. */
unsigned mpsb_runtime_evict_idle(mpsb_runtime *rt);

/* --- Host functions ------------------------------------------------------
 *
 * A host function is a global every session's guest code can call, e.g.
 * read_only_sql_query(db, sql). Its arguments arrive as JSON text
 * {"args": [...], "kwargs": {...}}, already checked: strict UTF-8 JSON, at
 * most 1 MiB and 64 levels deep, no duplicate keys. It runs in the caller's
 * process (the supervisor), with the session's actor for permission checks.
 */
typedef struct {
    const char *name;      /* the function called */
    const char *actor;     /* the session's actor (mpsb_session_set_actor) */
    const char *args_json; /* NUL-terminated; args_len bytes */
    size_t args_len;
} mpsb_host_call;

/* Returns MPSB_HOST_OK with *out a malloc'd JSON text of *out_len bytes
 * (the guest gets it decoded; over max_host_result it gets a RuntimeError
 * instead), or MPSB_HOST_ERROR with *out a malloc'd NUL-terminated message
 * (or NULL) that the guest gets as a RuntimeError. The runtime frees *out. */
enum { MPSB_HOST_OK = 0, MPSB_HOST_ERROR = 1 };
typedef int (*mpsb_host_function)(void *userdata, const mpsb_host_call *call, char **out,
                                  size_t *out_len);

/* Registers fn under name (an identifier of at most 64 characters; at most
 * 64 functions). userdata is passed back to fn and not owned. A function
 * registered later reaches running sessions at their next exec. Returns
 * MPSB_OK, MPSB_E_INVALID (bad or duplicate name, too many) or
 * MPSB_E_NOMEM. */
int mpsb_runtime_register_function(mpsb_runtime *rt, const char *name, mpsb_host_function fn,
                                   void *userdata);

/* Opens a session (taking a spare worker is deferred to its first exec).
 * *out belongs to rt; close it with mpsb_session_close. */
int mpsb_session_open(mpsb_runtime *rt, mpsb_session **out);

/* Sets who the session acts for (host functions see it as call->actor);
 * default "local". The string is copied. */
int mpsb_session_set_actor(mpsb_session *s, const char *actor);

/* Discards the session's interpreter; the next exec starts fresh (without
 * context_reset: the caller asked for it). MPSB_E_BUSY while it runs code. */
int mpsb_session_reset(mpsb_session *s);

/* Stops the session's worker and frees s. */
void mpsb_session_close(mpsb_session *s);

/* The session's worker process id, or 0 if it has none (for tests and
 * diagnostics). */
int mpsb_session_worker_pid(mpsb_session *s);

/* Per-exec overrides; a zero field keeps the runtime's value. */
typedef struct {
    uint64_t fuel;
    uint64_t timeout_ms;
    bool interactive; /* compile as one interactive statement: bare
                         expressions print their value, as at a prompt */
} mpsb_exec_options;

/* The outcome of one exec. Every string is NUL-terminated and also has a
 * length (guest output may contain NUL bytes and invalid UTF-8). All memory
 * belongs to the result: free it with mpsb_result_free. */
typedef struct {
    mpsb_status status;
    const char *stdout_data;
    size_t stdout_len;
    bool stdout_truncated;
    const char *stderr_data;
    size_t stderr_len;
    bool stderr_truncated;
    /* When the code raised: the exception's class name, str() of it and the
     * traceback; NULL otherwise. */
    const char *error_type;
    const char *error_message;
    const char *traceback;
    int exit_code;       /* SystemExit's code; 1 for other errors; else 0 */
    uint64_t fuel_used;
    double duration_ms;
    bool context_reset;  /* this exec ran in a fresh interpreter because the
                            previous one was lost */
    /* Why the worker was lost (status crashed or timeout-killed), or, with
     * context_reset, why the previous interpreter was; NULL otherwise. */
    const char *reason;
} mpsb_result;

/* Runs code (len bytes of UTF-8 Python source, at most 1 MiB) in the
 * session. options may be NULL. On MPSB_OK, *out holds a result (whatever
 * the guest did); on error *out is NULL. */
int mpsb_exec(mpsb_session *s, const char *code, size_t len, const mpsb_exec_options *options,
              mpsb_result **out);

void mpsb_result_free(mpsb_result *r);

/* For a prompt: true if src (NUL-terminated) is an incomplete statement (an
 * open block or bracket) that needs more lines before it can run. Lines are
 * joined with '\n'; a block ends when the last line is empty. */
bool mpsb_needs_more_input(const char *src);

#ifdef __cplusplus
}
#endif

#endif
