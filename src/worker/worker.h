/*
 * worker.h — a worker process: one confined interpreter (prefix worker_).
 *
 * A worker is forked by the zygote (src/supervisor) from an image where the
 * interpreter is already open (vm_open). In the child, in this order:
 *
 *     worker_harden(sock, ...)      fds, session, prctls, rlimits
 *     worker_warm_up(seed)          a fresh interpreter with its own seed,
 *                                   its first pages already touched
 *     worker_seccomp_install()      from here on: read/write on WORKER_FD,
 *                                   exit; anything else kills the process
 *     worker_serve()                READY, then EXEC/RESET/BYE until the end
 *
 * worker_seccomp_prepare() runs once, in the zygote, before any fork: it
 * builds the BPF program with libseccomp, so that children only install it.
 * After the filter nothing may allocate (no malloc, mmap, brk): the engine
 * and the frame loop use only memory they already have.
 */
#ifndef MPSB_WORKER_H
#define MPSB_WORKER_H

#include <stddef.h>
#include <stdint.h>

/* The worker's socket, after worker_harden. */
#define WORKER_FD 3

/* How a worker exits, for the supervisor's report. */
enum {
    WORKER_EXIT_CLEAN = 0,       /* BYE, or the supervisor went away */
    WORKER_EXIT_FATAL = 70,      /* the interpreter hit an internal error */
    WORKER_EXIT_PROTOCOL = 71,   /* the supervisor sent something invalid */
    WORKER_EXIT_IO = 72,         /* its socket failed */
    WORKER_EXIT_NO_SECCOMP = 73, /* the filter could not be installed */
};

/* Builds the seccomp program (once per process). Returns 0, or -1 with a
 * message in err. */
int worker_seccomp_prepare(char *err, size_t err_size);

/* Installs the prepared program in the calling process, with
 * PR_SET_NO_NEW_PRIVS. Returns 0, or -1 (errno set). */
int worker_seccomp_install(void);

/* Hardens the calling process, which must be single-threaded: moves sock to
 * WORKER_FD and closes every other fd; setsid; PR_SET_NO_NEW_PRIVS;
 * PR_SET_DUMPABLE 0; parent-death SIGKILL (and exits at once if the parent
 * is already gone, or with WORKER_EXIT_FATAL if sock cannot be moved); every
 * capability dropped; rlimits: address space limited to what is mapped now
 * plus address_space_margin, CPU to cpu_seconds (hard), FSIZE, NPROC and CORE
 * to 0. Returns the WIRE_READY_* bits of what was applied (namespaces are the
 * zygote's: see worker_enter_namespaces). */
uint32_t worker_harden(int sock, size_t address_space_margin, uint64_t cpu_seconds);

/* Moves the calling (single-threaded) process into new user, network, IPC
 * and mount namespaces, each where the kernel allows it. Called once by the
 * zygote, so every worker inherits them. Returns the WIRE_READY_*_NS bits of
 * those entered. */
uint32_t worker_enter_namespaces(void);

/* Gives the worker a fresh interpreter seeded with seed, after running a
 * small snippet in it once: the first exec then finds its heap, stack and
 * frame buffers already copied from the zygote. Page faults are slow on a
 * VM; this moves them off the first exec, into the background. */
void worker_warm_up(uint64_t seed);

/* Serves frames on WORKER_FD until BYE or end of stream, then exits. Sends
 * READY (with `applied`) first. Never returns. */
void worker_serve(uint32_t applied) __attribute__((noreturn));

#endif
