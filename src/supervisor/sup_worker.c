/*
 * sup_worker.c — the supervisor's side of one worker: send code, collect
 * the result, enforce the deadline from outside, and judge every byte.
 *
 * The worker is assumed compromised, so what it sends is checked against
 * the protocol (wire.h) and against the limits we set: no more output than
 * the cap, no message we did not expect, nothing after the deadline plus
 * the grace period. Any breach kills it (SIGKILL through its pidfd) and the
 * outcome is `lost`, with a reason a person can act on. The exit status we
 * collect (we are the worker's parent: see sup_zygote.c) tells a seccomp
 * kill (SIGSYS: "sandbox violation") from a crash.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "sup.h"
#include "vm.h"
#include "wire.h"
#include "worker.h"

#ifndef P_PIDFD
#define P_PIDFD 3
#endif

#define READY_TIMEOUT_NS 5000000000ull

static uint64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static void release(sup_worker *w) {
    close(w->fd);
    *w = (sup_worker){.fd = -1, .pidfd = -1};
}

/* Collects the worker's exit status (it is our child). */
static int reap(sup_worker *w) {
    siginfo_t info = {0};
    while (waitid((idtype_t)P_PIDFD, (id_t)w->pidfd, &info, WEXITED) != 0 && errno == EINTR) {
    }
    close(w->pidfd);
    release(w);
    if (info.si_code == CLD_EXITED) {
        return info.si_status;
    }
    return -info.si_status; /* killed by a signal */
}

void sup_worker_kill(sup_worker *w) {
    if (w->pidfd < 0) {
        return;
    }
    syscall(SYS_pidfd_send_signal, w->pidfd, SIGKILL, NULL, 0);
    reap(w);
}

void sup_worker_set_priority(sup_worker *w, bool background) {
    /* Safe by pid: the worker is our child, so its pid is not reused until
     * we collect it. */
    struct sched_param param = {0};
    sched_setscheduler(w->pid, background ? SCHED_IDLE : SCHED_OTHER, &param);
}

int sup_worker_kill_later(sup_worker *w) {
    int pidfd = w->pidfd;
    if (pidfd >= 0) {
        /* Its teardown (unmapping its memory) is background work too. */
        sup_worker_set_priority(w, true);
        syscall(SYS_pidfd_send_signal, pidfd, SIGKILL, NULL, 0);
        release(w);
    }
    return pidfd;
}

bool sup_reap(int pidfd, bool wait) {
    siginfo_t info = {0};
    int rc;
    do {
        rc = waitid((idtype_t)P_PIDFD, (id_t)pidfd, &info, WEXITED | (wait ? 0 : WNOHANG));
    } while (rc != 0 && errno == EINTR);
    if (rc == 0 && info.si_pid == 0) {
        return false; /* still dying */
    }
    close(pidfd);
    return true;
}

/* Why a worker ended, from its exit status. */
static void describe_exit(int status, char *reason, size_t size) {
    if (status == -SIGSYS) {
        snprintf(reason, size, "sandbox violation (the worker made a forbidden system call)");
    } else if (status < 0) {
        const char *name = sigabbrev_np(-status);
        snprintf(reason, size, "the interpreter crashed (SIG%s)", name ? name : "?");
    } else if (status == WORKER_EXIT_FATAL) {
        snprintf(reason, size, "the interpreter hit an internal error");
    } else if (status == WORKER_EXIT_NO_SECCOMP) {
        snprintf(reason, size, "the worker could not install its seccomp filter");
    } else {
        snprintf(reason, size, "the worker exited unexpectedly (code %d)", status);
    }
}

/* Ends the exec as lost: kills the worker, sets status and reason. */
static void lose(sup_worker *w, sup_outcome *out, int status, const char *reason) {
    sup_worker_kill(w);
    out->status = status;
    out->lost = true;
    snprintf(out->reason, sizeof out->reason, "%s", reason);
}

static void lose_with_exit_status(sup_worker *w, sup_outcome *out) {
    syscall(SYS_pidfd_send_signal, w->pidfd, SIGKILL, NULL, 0);
    int status = reap(w);
    out->status = SUP_STATUS_CRASHED;
    out->lost = true;
    describe_exit(status, out->reason, sizeof out->reason);
}

/* Appends to a result text, growing it as needed: most results are small,
 * so the buffer starts small rather than at the cap. */
static int append(sup_text *t, const uint8_t *data, size_t len) {
    size_t need = t->len + len + 1;
    if (need > t->cap) {
        size_t cap = t->cap ? t->cap : 256;
        while (cap < need) {
            cap *= 2;
        }
        char *grown = realloc(t->data, cap);
        if (grown == NULL) {
            return -1;
        }
        t->data = grown;
        t->cap = cap;
    }
    memcpy(t->data + t->len, data, len);
    t->len += len;
    t->data[t->len] = '\0';
    return 0;
}

static char *copy_string(const uint8_t *data, size_t len) {
    char *s = malloc(len + 1);
    if (s != NULL) {
        memcpy(s, data, len);
        s[len] = '\0';
    }
    return s;
}

static int take_done(const wire_done *d, sup_outcome *out) {
    out->status = d->status;
    out->out.truncated = d->stdout_truncated;
    out->err.truncated = d->stderr_truncated;
    out->exit_code = d->exit_code;
    out->fuel_used = d->fuel_used;
    out->duration_ns = d->duration_ns;
    if (d->error_type_len == 0) {
        return 0;
    }
    out->error_type = copy_string(d->error_type, d->error_type_len);
    out->error_message = copy_string(d->error_message, d->error_message_len);
    out->traceback = copy_string(d->traceback, d->traceback_len);
    return out->error_type && out->error_message && out->traceback ? 0 : -1;
}

/* Room for the largest message a worker may send: a HOST_CALL. */
struct sup_receiver {
    uint8_t frame[WIRE_MAX_FRAME + 1];
    uint8_t body[2 + WIRE_MAX_HOST_NAME + WIRE_MAX_HOST_JSON];
    wire_assembler assembler;
};
typedef struct sup_receiver receiver;

sup_receiver *sup_receiver_new(void) {
    return malloc(sizeof(sup_receiver));
}

void sup_receiver_free(sup_receiver *r) {
    free(r);
}

/* Waits for the next whole message until deadline (monotonic ns). Returns 1
 * with the message in r->assembler, or 0 with the worker lost and the
 * outcome set. */
static int receive(sup_worker *w, receiver *r, uint64_t deadline, sup_outcome *out,
                   const char *timeout_reason, int timeout_status) {
    for (;;) {
        uint64_t now = now_ns();
        if (now >= deadline) {
            lose(w, out, timeout_status, timeout_reason);
            return 0;
        }
        struct pollfd p = {.fd = w->fd, .events = POLLIN};
        int ms = (int)((deadline - now + 999999) / 1000000);
        int ready = poll(&p, 1, ms);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready == 0) {
            continue; /* the deadline check above ends it */
        }
        long n = wire_read_datagram(w->fd, r->frame, sizeof r->frame);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0 && errno == EMSGSIZE) {
            lose(w, out, SUP_STATUS_CRASHED, "protocol violation: oversized frame");
            return 0;
        }
        if (n <= 0) {
            lose_with_exit_status(w, out); /* it died: find out how */
            return 0;
        }
        char err[96], reason[128];
        wire_frame f;
        if (wire_decode_frame(r->frame, (size_t)n, &f, err, sizeof err) != 0) {
            snprintf(reason, sizeof reason, "protocol violation: %s", err);
            lose(w, out, SUP_STATUS_CRASHED, reason);
            return 0;
        }
        int rc = wire_assembler_add(&r->assembler, &f, err, sizeof err);
        if (rc < 0) {
            snprintf(reason, sizeof reason, "protocol violation: %s", err);
            lose(w, out, SUP_STATUS_CRASHED, reason);
            return 0;
        }
        if (rc == 1) {
            return 1;
        }
    }
}

/* The supervisor ran out of memory mid-exec: the worker's stream is now out
 * of step with us, so it goes too. */
static int out_of_memory(sup_worker *w, sup_outcome *out) {
    sup_worker_kill(w);
    sup_outcome_free(out);
    return -1;
}

static void protocol_violation(sup_worker *w, sup_outcome *out, const char *what) {
    char reason[128];
    snprintf(reason, sizeof reason, "protocol violation: %s", what);
    lose(w, out, SUP_STATUS_CRASHED, reason);
}

static int wait_ready(sup_worker *w, receiver *r, sup_outcome *out) {
    if (!receive(w, r, now_ns() + READY_TIMEOUT_NS, out, "the worker did not start",
                 SUP_STATUS_CRASHED)) {
        return 0;
    }
    char err[96];
    if (r->assembler.type != WIRE_READY ||
        wire_parse_ready(r->assembler.buf, r->assembler.len, &w->applied, err, sizeof err) != 0) {
        protocol_violation(w, out, "expected READY");
        return 0;
    }
    w->ready = true;
    return 1;
}

int sup_worker_send_host_names(sup_worker *w, const char *names, size_t len) {
    return wire_send_host_names(w->fd, names, len);
}

/* Answers one HOST_CALL. Returns 0, -1 (out of memory) or 1 (the worker is
 * lost: the outcome says why). */
static int answer_host_call(sup_worker *w, const sup_exec_limits *limits, const uint8_t *body,
                            size_t body_len, unsigned *calls, sup_outcome *out) {
    char err[96];
    wire_host_call c;
    if (limits->host == NULL || wire_parse_host_call(body, body_len, &c, err, sizeof err) != 0) {
        protocol_violation(w, out, limits->host == NULL ? "unexpected host call" : err);
        return 1;
    }
    char *reply = NULL;
    size_t reply_len = 0;
    bool ok = false;
    if (++*calls > limits->max_host_calls) {
        int n = asprintf(&reply, "too many host calls in one execution (the limit is %u)",
                         limits->max_host_calls);
        reply_len = n > 0 ? (size_t)n : 0;
        if (n < 0) {
            reply = NULL;
        }
    } else {
        ok = limits->host(limits->host_ctx, c.name, c.name_len, c.json, c.json_len, &reply,
                          &reply_len);
    }
    if (reply == NULL) {
        return -1;
    }
    int sent = wire_send_host_result(w->fd, ok, reply, reply_len);
    free(reply);
    if (sent != 0) {
        if (errno == EMSGSIZE) {
            protocol_violation(w, out, "host reply too large");
        } else {
            lose_with_exit_status(w, out);
        }
        return 1;
    }
    return 0;
}

int sup_worker_exec(sup_worker *w, sup_receiver *r, const char *code, size_t len,
                    const sup_exec_limits *limits, sup_outcome *out) {
    memset(out, 0, sizeof *out);
    static const uint8_t nothing[1];
    if (append(&out->out, nothing, 0) != 0 || append(&out->err, nothing, 0) != 0) {
        return out_of_memory(w, out);
    }
    wire_assembler_init(&r->assembler, r->body, sizeof r->body);

    if (!w->ready && !wait_ready(w, r, out)) {
        return 0;
    }
    uint64_t deadline = now_ns() + limits->timeout_ns + limits->grace_ns;
    wire_exec exec = {
        .fuel = limits->fuel,
        .timeout_ns = limits->timeout_ns,
        .interactive = limits->interactive,
        .code = (const uint8_t *)code,
        .code_len = len,
    };
    if (wire_send_exec(w->fd, &exec) != 0) {
        lose_with_exit_status(w, out);
        return 0;
    }
    size_t output_used = 0;
    unsigned host_calls = 0;
    while (receive(w, r, deadline, out, "killed after the deadline", VM_STATUS_TIMEOUT)) {
        const uint8_t *body = r->assembler.buf;
        size_t body_len = r->assembler.len;
        char err[96];
        if (r->assembler.type == WIRE_OUTPUT) {
            wire_output o;
            if (wire_parse_output(body, body_len, &o, err, sizeof err) != 0) {
                protocol_violation(w, out, err);
                break;
            }
            sup_text *t = o.stream == 0 ? &out->out : &out->err;
            if (o.data_len > limits->max_output - output_used) {
                protocol_violation(w, out, "more output than the cap");
                break;
            }
            if (append(t, o.data, o.data_len) != 0) {
                return out_of_memory(w, out);
            }
            output_used += o.data_len;
        } else if (r->assembler.type == WIRE_HOST_CALL) {
            int rc = answer_host_call(w, limits, body, body_len, &host_calls, out);
            if (rc < 0) {
                return out_of_memory(w, out);
            }
            if (rc > 0) {
                break;
            }
        } else if (r->assembler.type == WIRE_DONE) {
            wire_done d;
            if (wire_parse_done(body, body_len, &d, err, sizeof err) != 0) {
                protocol_violation(w, out, err);
                break;
            }
            if (take_done(&d, out) != 0) {
                return out_of_memory(w, out);
            }
            break;
        } else {
            protocol_violation(w, out, "unexpected message during exec");
            break;
        }
    }
    return 0;
}

void sup_outcome_free(sup_outcome *out) {
    free(out->out.data);
    free(out->err.data);
    free(out->error_type);
    free(out->error_message);
    free(out->traceback);
    memset(out, 0, sizeof *out);
}
