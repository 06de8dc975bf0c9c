/*
 * worker_seccomp.c — the worker's seccomp filter: built once, installed by
 * every worker.
 *
 * Policy. A worker runs hostile code and is assumed compromised: anything the
 * interpreter could be tricked into calling, an attacker can call. After the
 * filter the process may only talk to its supervisor and end:
 *
 *   read, write      only when arg0 == WORKER_FD: the socket is the worker's
 *                    one channel (frames in, frames out). Compared on all 64
 *                    bits, so an fd with garbage in the upper half (which the
 *                    kernel would truncate to WORKER_FD) kills too.
 *   exit_group       how the worker ends (_exit, exit).
 *   exit             the same for a single-threaded process; a raw SYS_exit
 *                    must not turn a clean end into a SIGSYS report.
 *   clock_gettime    the vDSO normally answers without a syscall, but it
 *                    falls back to the syscall for some clocks (CPU-time
 *                    clocks) and clock sources; the fallback must not kill.
 *   clock_nanosleep  the guest's time.sleep (glibc's nanosleep and usleep use
 *                    it too); the engine bounds the duration by the deadline
 *                    and the supervisor kills the worker on timeout anyway.
 *
 * Everything else kills the whole process (SCMP_ACT_KILL_PROCESS, not
 * KILL_THREAD: nothing may survive half-killed). Deliberately absent:
 * rt_sigreturn (the worker installs no signal handlers, so a sigreturn could
 * only be a forged frame), brk/mmap/munmap/mprotect (the engine allocates
 * nothing after the filter, and mprotect/mmap would let an exploit make
 * memory executable), futex (single thread), restart_syscall, getpid and the
 * rest.
 *
 * Other ABIs. The filter is built for the native architecture only, so a
 * syscall through another ABI — the i386 `int $0x80` entry, which the kernel
 * reports with AUDIT_ARCH_I386 — fails the architecture check and takes the
 * bad-arch action, which we set to kill the process as well. x32 syscalls
 * arrive with the x86_64 architecture but nr | 0x40000000; libseccomp 2.5's
 * generated code sends any nr >= 0x40000000 to the bad-arch action when x32
 * is not in the filter. worker_seccomp_prepare does not take either on
 * trust: it runs the exported program on sample inputs (see verify) and
 * refuses a program that lets such a call through.
 *
 * Building vs installing. libseccomp allocates and may probe the kernel, so
 * the program is built and exported once, in the zygote, into a static
 * buffer; each worker only runs two prctl calls on it, after which nothing
 * may allocate.
 */
#define _GNU_SOURCE
#include "worker.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>

#ifndef __X32_SYSCALL_BIT
#define __X32_SYSCALL_BIT 0x40000000
#endif

/* The kernel refuses programs longer than BPF_MAXINSNS, so this always
 * suffices; ours is a few dozen instructions. */
static struct sock_filter program[BPF_MAXINSNS];
static struct sock_fprog prepared; /* .len == 0 until prepared */

static int fail(char *err, size_t err_size, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t err_size, const char *fmt, ...) {
    if (err && err_size) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, err_size, fmt, ap);
        va_end(ap);
    }
    return -1;
}

/* The rules of the policy above, on a context whose default is kill. */
static int add_rules(scmp_filter_ctx ctx) {
    static const int unconditional[] = {
        SCMP_SYS(exit), SCMP_SYS(exit_group), SCMP_SYS(clock_gettime), SCMP_SYS(clock_nanosleep),
    };
    int rc;
    for (size_t i = 0; i < sizeof unconditional / sizeof unconditional[0]; i++) {
        rc = seccomp_rule_add_exact(ctx, SCMP_ACT_ALLOW, unconditional[i], 0);
        if (rc < 0)
            return rc;
    }
    /* SCMP_A0(SCMP_CMP_EQ, WORKER_FD), spelled out: the macro leaves
     * datum_b to a positional initializer, which clang's -Wextra rejects. */
    const struct scmp_arg_cmp fd_is_worker = {.arg = 0, .op = SCMP_CMP_EQ, .datum_a = WORKER_FD};
    rc = seccomp_rule_add_exact(ctx, SCMP_ACT_ALLOW, SCMP_SYS(read), 1, fd_is_worker);
    if (rc < 0)
        return rc;
    return seccomp_rule_add_exact(ctx, SCMP_ACT_ALLOW, SCMP_SYS(write), 1, fd_is_worker);
}

/* A context with the policy; NULL with a message in err on failure. */
static scmp_filter_ctx build(char *err, size_t err_size) {
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_KILL_PROCESS);
    if (!ctx) {
        fail(err, err_size, "seccomp_init failed (kernel without KILL_PROCESS?)");
        return NULL;
    }
    int rc = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
    if (rc == 0)
        rc = add_rules(ctx);
    if (rc < 0) {
        fail(err, err_size, "seccomp rules: %s", strerror(-rc));
        seccomp_release(ctx);
        return NULL;
    }
    return ctx;
}

/* A file to export into: a memfd, else a pipe whose write end is
 * non-blocking so that an oversized program fails instead of deadlocking
 * (the program is far smaller than a pipe's minimum capacity). fds[0] is
 * read, fds[1] written; for a memfd both are the same fd. */
static int export_file(int fds[2]) {
    int fd = memfd_create("worker-seccomp", MFD_CLOEXEC);
    if (fd >= 0) {
        fds[0] = fds[1] = fd;
        return 0;
    }
    if (pipe2(fds, O_CLOEXEC) < 0)
        return -1;
    if (fcntl(fds[1], F_SETFL, O_NONBLOCK) < 0) {
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    return 0;
}

static void close_export_file(int fds[2]) {
    close(fds[0]);
    if (fds[1] != fds[0])
        close(fds[1]);
}

/* Reads the exported program back into `program`; its length in
 * instructions, or -1. */
static long read_back(int fds[2]) {
    if (fds[0] == fds[1] && lseek(fds[0], 0, SEEK_SET) < 0)
        return -1;
    if (fds[1] != fds[0]) {
        close(fds[1]);
        fds[1] = fds[0];
    }
    size_t got = 0;
    char *buf = (char *)program;
    for (;;) {
        ssize_t n = read(fds[0], buf + got, sizeof program - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += (size_t)n;
        if (got == sizeof program) {
            char extra;
            if (read(fds[0], &extra, 1) != 0) {
                errno = E2BIG;
                return -1;
            }
            break;
        }
    }
    if (got == 0 || got % sizeof program[0]) {
        errno = EPROTO;
        return -1;
    }
    return (long)(got / sizeof program[0]);
}

/* Exports ctx's BPF into `program`; its length, or -1 with err set. */
static long export_program(scmp_filter_ctx ctx, char *err, size_t err_size) {
    int fds[2];
    if (export_file(fds) < 0)
        return fail(err, err_size, "seccomp export file: %s", strerror(errno));
    int rc = seccomp_export_bpf(ctx, fds[1]);
    if (rc < 0) {
        close_export_file(fds);
        return fail(err, err_size, "seccomp_export_bpf: %s", strerror(-rc));
    }
    long len = read_back(fds);
    int saved = errno;
    close_export_file(fds);
    if (len < 0)
        return fail(err, err_size, "seccomp program read back: %s", strerror(saved));
    return len;
}

/* A minimal classic-BPF evaluator, enough for what libseccomp emits for
 * our rules (32-bit loads from seccomp_data, conditional jumps, returns).
 * Returns the action, or -1 for anything unexpected (unknown opcode, load
 * out of range, jump past the end), which the caller treats as failure. */
static long evaluate(long len, const struct seccomp_data *d) {
    uint32_t acc = 0;
    for (long pc = 0; pc < len; pc++) {
        const struct sock_filter *f = &program[pc];
        uint32_t taken;
        switch (f->code) {
        case BPF_LD | BPF_W | BPF_ABS:
            if (f->k % 4 || f->k + 4 > sizeof *d)
                return -1;
            memcpy(&acc, (const char *)d + f->k, 4);
            continue;
        case BPF_RET | BPF_K:
            return f->k;
        case BPF_JMP | BPF_JA:
            pc += f->k;
            continue;
        case BPF_JMP | BPF_JEQ | BPF_K: taken = acc == f->k; break;
        case BPF_JMP | BPF_JGT | BPF_K: taken = acc > f->k; break;
        case BPF_JMP | BPF_JGE | BPF_K: taken = acc >= f->k; break;
        case BPF_JMP | BPF_JSET | BPF_K: taken = (acc & f->k) != 0; break;
        default:
            return -1;
        }
        pc += taken ? f->jt : f->jf;
    }
    return -1;
}

static bool kills(long len, uint32_t arch, int nr) {
    struct seccomp_data d = {.nr = nr, .arch = arch, .args = {WORKER_FD}};
    return evaluate(len, &d) == SECCOMP_RET_KILL_PROCESS;
}

/* Checks the exported program against the properties we rely on rather than
 * trusting libseccomp's code generation: every allowed syscall number (and
 * a few others), called through the i386 ABI or with the x32 bit set, even
 * with arg0 == WORKER_FD, kills; and the native calls behave as the policy
 * says. On non-x86 builds only the native checks run. */
static bool verify(long len) {
    static const int nrs[] = {
        SCMP_SYS(read), SCMP_SYS(write), SCMP_SYS(exit), SCMP_SYS(exit_group),
        SCMP_SYS(clock_gettime), SCMP_SYS(clock_nanosleep), SCMP_SYS(getpid),
        20, /* getpid on i386 */
    };
    const uint32_t native = seccomp_arch_native();
    struct seccomp_data d = {.nr = SCMP_SYS(write), .arch = native, .args = {WORKER_FD}};
    if (evaluate(len, &d) != SECCOMP_RET_ALLOW)
        return false;
    d.args[0] = 1;
    if (evaluate(len, &d) != SECCOMP_RET_KILL_PROCESS)
        return false;
    d.args[0] = (1ULL << 32) | WORKER_FD;
    if (evaluate(len, &d) != SECCOMP_RET_KILL_PROCESS)
        return false;
    if (!kills(len, native, SCMP_SYS(getpid)))
        return false;
#if defined(__x86_64__)
    for (size_t i = 0; i < sizeof nrs / sizeof nrs[0]; i++) {
        if (!kills(len, AUDIT_ARCH_I386, nrs[i]) ||
            !kills(len, AUDIT_ARCH_X86_64, nrs[i] | __X32_SYSCALL_BIT))
            return false;
    }
#else
    (void)nrs;
#endif
    return true;
}

int worker_seccomp_prepare(char *err, size_t err_size) {
    if (prepared.len)
        return 0;
    scmp_filter_ctx ctx = build(err, err_size);
    if (!ctx)
        return -1;
    long len = export_program(ctx, err, err_size);
    seccomp_release(ctx);
    if (len < 0)
        return -1;
    if (!verify(len))
        return fail(err, err_size, "seccomp program failed verification (foreign-ABI or x32 "
                                   "syscalls not killed, or unexpected code)");
    prepared.filter = program;
    prepared.len = (unsigned short)len;
    return 0;
}

int worker_seccomp_install(void) {
    if (!prepared.len) {
        errno = EINVAL;
        return -1;
    }
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
        return -1;
    return prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prepared, 0, 0) < 0 ? -1 : 0;
}
