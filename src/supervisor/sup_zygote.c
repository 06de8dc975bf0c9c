/*
 * sup_zygote.c — the zygote: a process with the interpreter already open,
 * which forks a worker per request.
 *
 * Why a separate process: forking is only safe from a single-threaded
 * process (a server has threads; a lock held by one would stay locked in the
 * child forever), and opening an interpreter, building the seccomp program
 * and entering namespaces should happen once, not per worker. The zygote
 * does all three at start, then sits in a loop: one request byte in, one
 * fork out.
 *
 * Workers are forked with clone3(CLONE_PARENT | CLONE_PIDFD): the worker's
 * parent is the supervisor, not the zygote, so the supervisor can collect
 * its exit status (to tell a SIGSYS from a segfault) through the pidfd the
 * zygote passes back with the worker's socket (SCM_RIGHTS).
 *
 * Zygote protocol over a SOCK_SEQPACKET pair:
 *   zygote → supervisor, once:  hello {i32 ok, u32 namespaces, error text}
 *   supervisor → zygote:        'S'  (spawn one worker)
 *   zygote → supervisor:        spawned {i32 pid} + fds [socket, pidfd]
 *                               (pid 0 and no fds: the fork failed)
 *   end of stream:              the zygote exits
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sup.h"
#include "vm.h"
#include "wire.h"
#include "worker.h"

#define ZYGOTE_FD 3
#define SPAWN_REQUEST 'S'

typedef struct {
    int32_t ok;
    uint32_t namespaces;
    char error[200];
} zygote_hello;

typedef struct {
    int32_t pid;
} zygote_spawned;

/* --- The zygote process ---------------------------------------------------- */

static void send_hello(int fd, bool ok, uint32_t namespaces, const char *error) {
    zygote_hello hello = {.ok = ok, .namespaces = namespaces};
    snprintf(hello.error, sizeof hello.error, "%s", error);
    (void)!write(fd, &hello, sizeof hello);
}

static int send_fds(int fd, const void *data, size_t len, const int *fds, size_t n_fds) {
    struct iovec iov = {.iov_base = (void *)data, .iov_len = len};
    union {
        char buf[CMSG_SPACE(2 * sizeof(int))];
        struct cmsghdr align;
    } control = {0};
    struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1};
    if (n_fds > 0) {
        msg.msg_control = control.buf;
        msg.msg_controllen = CMSG_SPACE(n_fds * sizeof(int));
        struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(n_fds * sizeof(int));
        memcpy(CMSG_DATA(c), fds, n_fds * sizeof(int));
    }
    return sendmsg(fd, &msg, MSG_NOSIGNAL) == (ssize_t)len ? 0 : -1;
}

/* The new worker, in the child: harden, fresh interpreter, filter, serve. */
static void become_worker(int sock, const sup_zygote_config *config, uint32_t namespaces) {
    uint64_t seed = 0;
    if (getrandom(&seed, sizeof seed, 0) != (ssize_t)sizeof seed) {
        _exit(WORKER_EXIT_IO);
    }
    uint32_t applied = namespaces | worker_harden(sock, config->address_space_margin,
                                                  config->cpu_seconds);
    worker_warm_up(seed);
    if (worker_seccomp_install() != 0) {
        _exit(WORKER_EXIT_NO_SECCOMP);
    }
    worker_serve(applied | WIRE_READY_SECCOMP);
}

/* With CLONE_PARENT the exit signal must be 0: the child inherits the
 * zygote's own (SIGCHLD, to the supervisor). */
static pid_t clone_worker(int *pidfd) {
    struct clone_args args = {
        .flags = CLONE_PARENT | CLONE_PIDFD,
        .pidfd = (uint64_t)(uintptr_t)pidfd,
    };
    return (pid_t)syscall(SYS_clone3, &args, sizeof args);
}

static void spawn(const sup_zygote_config *config, uint32_t namespaces) {
    zygote_spawned reply = {.pid = 0};
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) {
        send_fds(ZYGOTE_FD, &reply, sizeof reply, NULL, 0);
        return;
    }
    int pidfd = -1;
    pid_t pid = clone_worker(&pidfd);
    if (pid == 0) {
        close(ZYGOTE_FD);
        close(sv[0]);
        become_worker(sv[1], config, namespaces);
    }
    close(sv[1]);
    if (pid < 0) {
        close(sv[0]);
        send_fds(ZYGOTE_FD, &reply, sizeof reply, NULL, 0);
        return;
    }
    reply.pid = pid;
    int fds[2] = {sv[0], pidfd};
    send_fds(ZYGOTE_FD, &reply, sizeof reply, fds, 2);
    close(sv[0]);
    close(pidfd);
}

static void zygote_main(int control, const sup_zygote_config *config) {
    pid_t parent = getppid();
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) {
        _exit(0);
    }
    /* Forking and warming up workers is background work: on a small machine
     * it must not take the CPU from a running exec. Workers inherit this
     * policy; the supervisor gives them a normal one when it takes them. */
    struct sched_param idle = {0};
    sched_setscheduler(0, SCHED_IDLE, &idle);
    if (dup2(control, ZYGOTE_FD) < 0) {
        _exit(1);
    }
    /* Keep stdin/stdout/stderr for now (a worker closes them); drop the
     * rest of whatever the supervisor had open. */
    close_range(ZYGOTE_FD + 1, ~0u, 0);

    char err[200];
    vm_config vc = {.heap_size = config->heap_size, .max_output = config->max_output};
    if (vm_open(&vc, err, sizeof err) != 0 || worker_seccomp_prepare(err, sizeof err) != 0) {
        send_hello(ZYGOTE_FD, false, 0, err);
        _exit(1);
    }
    uint32_t namespaces = worker_enter_namespaces();
    send_hello(ZYGOTE_FD, true, namespaces, "");

    for (;;) {
        char request;
        ssize_t n = read(ZYGOTE_FD, &request, 1);
        if (n == 1 && request == SPAWN_REQUEST) {
            spawn(config, namespaces);
        } else if (n == 0 || (n < 0 && errno != EINTR)) {
            _exit(0);
        }
    }
}

/* --- The supervisor's side ------------------------------------------------- */

int sup_zygote_start(sup_zygote *z, const sup_zygote_config *config, char *err, size_t err_size) {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0) {
        snprintf(err, err_size, "socketpair: %s", strerror(errno));
        return -1;
    }
    pid_t pid = fork();
    if (pid < 0) {
        snprintf(err, err_size, "fork: %s", strerror(errno));
        close(sv[0]);
        close(sv[1]);
        return -1;
    }
    if (pid == 0) {
        close(sv[0]);
        zygote_main(sv[1], config);
    }
    close(sv[1]);
    z->pid = pid;
    z->control = sv[0];

    zygote_hello hello;
    ssize_t n = read(z->control, &hello, sizeof hello);
    if (n != (ssize_t)sizeof hello || !hello.ok) {
        hello.error[sizeof hello.error - 1] = '\0';
        snprintf(err, err_size, "the zygote failed to start: %s",
                 n == (ssize_t)sizeof hello ? hello.error : "it exited");
        sup_zygote_stop(z);
        return -1;
    }
    z->namespaces = hello.namespaces;
    return 0;
}

int sup_zygote_request(sup_zygote *z) {
    char request = SPAWN_REQUEST;
    return send(z->control, &request, 1, MSG_NOSIGNAL) == 1 ? 0 : -1;
}

int sup_zygote_receive(sup_zygote *z, sup_worker *w, char *err, size_t err_size) {
    zygote_spawned reply;
    struct iovec iov = {.iov_base = &reply, .iov_len = sizeof reply};
    union {
        char buf[CMSG_SPACE(2 * sizeof(int))];
        struct cmsghdr align;
    } control;
    struct msghdr msg = {
        .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf,
        .msg_controllen = sizeof control.buf,
    };
    ssize_t n;
    do {
        n = recvmsg(z->control, &msg, MSG_CMSG_CLOEXEC);
    } while (n < 0 && errno == EINTR);
    if (n != (ssize_t)sizeof reply) {
        snprintf(err, err_size, "the zygote is gone");
        return -1;
    }
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    if (reply.pid <= 0 || c == NULL || c->cmsg_type != SCM_RIGHTS ||
        c->cmsg_len != CMSG_LEN(2 * sizeof(int))) {
        snprintf(err, err_size, "the zygote could not fork a worker");
        return -1;
    }
    int fds[2];
    memcpy(fds, CMSG_DATA(c), sizeof fds);
    *w = (sup_worker){.pid = reply.pid, .fd = fds[0], .pidfd = fds[1]};
    return 0;
}

void sup_zygote_stop(sup_zygote *z) {
    if (z->control >= 0) {
        close(z->control);
        z->control = -1;
    }
    if (z->pid > 0) {
        kill(z->pid, SIGKILL);
        waitpid(z->pid, NULL, 0);
        z->pid = 0;
    }
}
