/*
 * sup.h — the supervisor's parts (prefix sup_): the zygote that forks
 * workers, and the supervisor's handle on one worker. The public API on top
 * of them is include/mpsandbox.h (mpsandbox.c).
 */
#ifndef MPSB_SUP_H
#define MPSB_SUP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* --- sup_zygote.c ---------------------------------------------------------- */

typedef struct {
    size_t heap_size;
    size_t max_output;
    uint64_t cpu_seconds;        /* RLIMIT_CPU of each worker, over its life */
    size_t address_space_margin; /* RLIMIT_AS: what the zygote maps, plus this */
} sup_zygote_config;

typedef struct {
    pid_t pid;
    int control; /* SOCK_SEQPACKET to the zygote */
    uint32_t namespaces; /* WIRE_READY_*_NS bits the zygote entered */
} sup_zygote;

/* Forks the zygote, which opens an interpreter, prepares the seccomp filter
 * and enters new namespaces, then waits for spawn requests. Returns 0, or -1
 * with a message in err. */
int sup_zygote_start(sup_zygote *z, const sup_zygote_config *config, char *err, size_t err_size);

/* Asks for one more worker; the zygote forks it while we go on. */
int sup_zygote_request(sup_zygote *z);

/* A worker as the supervisor sees it. */
typedef struct {
    pid_t pid;
    int fd;    /* SOCK_SEQPACKET to the worker */
    int pidfd; /* to kill it and collect its exit status */
    bool ready;
    uint32_t applied; /* WIRE_READY_* bits, once ready */
} sup_worker;

/* Receives the next worker the zygote forked (requests are answered in
 * order). Returns 0, or -1 with a message in err. */
int sup_zygote_receive(sup_zygote *z, sup_worker *w, char *err, size_t err_size);

/* Stops the zygote and waits for it. */
void sup_zygote_stop(sup_zygote *z);

/* --- sup_worker.c ---------------------------------------------------------- */

/* Status values match vm_status, plus the one only the supervisor sees. */
enum { SUP_STATUS_CRASHED = 5 };

typedef struct {
    char *data; /* NUL-terminated */
    size_t len;
    size_t cap;
    bool truncated;
} sup_text;

/* What one exec produced. Strings are NUL-terminated and malloc'd (free with
 * sup_outcome_free). */
typedef struct {
    int status; /* vm_status or SUP_STATUS_CRASHED */
    sup_text out, err;
    char *error_type, *error_message, *traceback;
    int exit_code;
    uint64_t fuel_used;
    uint64_t duration_ns;
    bool lost;        /* the worker is gone: killed, crashed or misbehaved */
    char reason[128]; /* why, when lost */
} sup_outcome;

/* Answers a worker's host call. Returns true with *reply a JSON result, or
 * false with *reply an error message for the guest; *reply is malloc'd
 * (NULL if out of memory). name and json are unchecked worker bytes. */
typedef bool (*sup_host_fn)(void *ctx, const uint8_t *name, size_t name_len, const uint8_t *json,
                            size_t json_len, char **reply, size_t *reply_len);

typedef struct {
    uint64_t fuel;
    uint64_t timeout_ns;
    uint64_t grace_ns;
    size_t max_output;
    bool interactive;
    sup_host_fn host; /* NULL: a host call is a protocol violation */
    void *host_ctx;
    unsigned max_host_calls; /* per exec; past it calls fail in the guest */
} sup_exec_limits;

/* Tells the worker which host functions to define ('\n'-joined names).
 * Returns 0, or -1 if the worker is gone (the next exec finds out how). */
int sup_worker_send_host_names(sup_worker *w, const char *names, size_t len);

/* Buffers for receiving from workers (about 1.1 MiB): one per runtime,
 * since execs run one at a time. */
typedef struct sup_receiver sup_receiver;
sup_receiver *sup_receiver_new(void);
void sup_receiver_free(sup_receiver *r);

/* Runs code in the worker and waits for its result, at most until the
 * deadline plus the grace period; then, or when the worker dies or sends
 * anything malformed, it is killed and the outcome says lost. Returns 0
 * (outcome filled), or -1 if out of memory (the worker is then killed too). */
int sup_worker_exec(sup_worker *w, sup_receiver *r, const char *code, size_t len,
                    const sup_exec_limits *limits, sup_outcome *out);

/* Kills the worker (if alive) and collects it. */
void sup_worker_kill(sup_worker *w);

/* Workers come from the zygote at background priority (SCHED_IDLE); a
 * session's worker runs at normal priority. */
void sup_worker_set_priority(sup_worker *w, bool background);

/* Kills the worker without waiting for it to die (tearing down its memory
 * takes a while): returns its pidfd, which the caller must pass to
 * sup_reap until it returns true. Returns -1 if there was no worker. */
int sup_worker_kill_later(sup_worker *w);

/* Collects a worker killed with sup_worker_kill_later; with wait false only
 * if it is already dead. Returns true (and closes pidfd) once collected. */
bool sup_reap(int pidfd, bool wait);

void sup_outcome_free(sup_outcome *out);

/* --- sup_json.c ------------------------------------------------------------ */

#define SUP_JSON_MAX_DEPTH 64
#define SUP_JSON_MAX_ARGS ((size_t)1024 * 1024)

/* Parses strict JSON of at most max_len bytes and SUP_JSON_MAX_DEPTH levels,
 * without duplicate keys. Returns a new jansson reference, or NULL with a
 * message in err. */
struct json_t;
struct json_t *sup_json_parse(const uint8_t *text, size_t len, size_t max_len, char *err,
                              size_t err_size);

/* Checks a worker's host-call arguments: valid JSON within the limits, of
 * the form {"args": [...], "kwargs": {...}}. Returns 0, or -1 with err. */
int sup_json_check_args(const uint8_t *text, size_t len, char *err, size_t err_size);

#endif
