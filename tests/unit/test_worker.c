/*
 * test_worker.c — worker confinement (src/worker): what worker_harden
 * applies, what the seccomp filter lets through and what it kills, and the
 * namespaces.
 *
 * Hardening and filters are irreversible, so each test does them in a forked
 * child standing in for a worker; the child never returns into Criterion (it
 * ends with _exit or is killed) and reports through its socket, which is the
 * only fd it keeps. The parent — the test — asserts on the reports, on
 * /proc/<pid>/status and on the child's wait status. Exit codes of a child:
 * 0 done, CHILD_SURVIVED a forbidden call returned, CHILD_INSTALL_FAILED,
 * CHILD_CHECK_FAILED a check inside the child failed.
 */
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/sched.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "wire.h"
#include "worker.h"

#ifndef __X32_SYSCALL_BIT
#define __X32_SYSCALL_BIT 0x40000000
#endif

#define MIB ((size_t)1 << 20)
#define MARGIN (64 * MIB)
#define CPU_SECONDS 30

enum { CHILD_SURVIVED = 90, CHILD_INSTALL_FAILED = 91, CHILD_CHECK_FAILED = 92 };

/* ---- the worker stand-in ------------------------------------------------ */

typedef void (*child_step)(void);

typedef struct {
    pid_t pid;
    int fd; /* the test's end of the socketpair */
} child;

static void prepare_filter(void) {
    char err[256] = "";
    cr_assert_eq(worker_seccomp_prepare(err, sizeof err), 0, "prepare: %s", err);
}

static void send_or_die(const void *data, size_t len) {
    if (write(WORKER_FD, data, len) != (ssize_t)len)
        _exit(CHILD_CHECK_FAILED);
}

/* Forks a worker: harden(sock, MARGIN, cpu_seconds), before() (may report
 * through WORKER_FD: /proc and allocation still work), the filter if
 * `filter`, then after(), then _exit(0). */
static child spawn(uint64_t cpu_seconds, child_step before, bool filter, child_step after) {
    int sv[2];
    cr_assert_eq(socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv), 0);
    pid_t pid = fork();
    cr_assert_neq(pid, -1);
    if (pid == 0) {
        worker_harden(sv[1], MARGIN, cpu_seconds);
        if (before)
            before();
        if (filter && worker_seccomp_install() < 0)
            _exit(CHILD_INSTALL_FAILED);
        if (after)
            after();
        _exit(0);
    }
    close(sv[1]);
    return (child){.pid = pid, .fd = sv[0]};
}

static int wait_child(child c) {
    int status;
    pid_t rc;
    do
        rc = waitpid(c.pid, &status, 0);
    while (rc < 0 && errno == EINTR);
    cr_assert_eq(rc, c.pid);
    close(c.fd);
    return status;
}

static void assert_exited(int status, int code) {
    cr_assert(WIFEXITED(status), "child did not exit: status %#x (signal %d)", status,
              WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    cr_assert_eq(WEXITSTATUS(status), code, "exit code %d, expected %d", WEXITSTATUS(status), code);
}

static void assert_killed(int status, int sig) {
    cr_assert(WIFSIGNALED(status), "child was not killed: exit code %d",
              WIFEXITED(status) ? WEXITSTATUS(status) : -1);
    cr_assert_eq(WTERMSIG(status), sig, "killed by signal %d, expected %d", WTERMSIG(status), sig);
}

/* One datagram from the child, within 10 s; its length. */
static size_t receive(child c, void *buf, size_t size) {
    struct pollfd p = {.fd = c.fd, .events = POLLIN};
    cr_assert_eq(poll(&p, 1, 10000), 1, "no message from the child");
    ssize_t n = read(c.fd, buf, size);
    cr_assert_gt(n, 0, "child closed its socket");
    return (size_t)n;
}

/* ---- the filter: allowed ------------------------------------------------ */

Test(worker_seccomp, prepare_is_idempotent) {
    prepare_filter();
    prepare_filter();
}

Test(worker_seccomp, install_without_prepare_fails) {
    errno = 0;
    cr_assert_eq(worker_seccomp_install(), -1);
    cr_assert_eq(errno, EINVAL);
}

static void echo_once(void) {
    char c;
    send_or_die("hello", 5);
    if (read(WORKER_FD, &c, 1) != 1)
        _exit(CHILD_CHECK_FAILED);
    send_or_die(&c, 1);
}

/* The named /proc/<pid>/status line, without the name. */
static void status_field(pid_t pid, const char *name, char *out, size_t size) {
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f, "%s: %s", path, strerror(errno));
    size_t len = strlen(name);
    out[0] = '\0';
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, name, len) == 0 && line[len] == ':') {
            snprintf(out, size, "%s", line + len + 1);
            break;
        }
    }
    fclose(f);
}

Test(worker_seccomp, filtered_worker_talks_on_worker_fd) {
    prepare_filter();
    child c = spawn(CPU_SECONDS, NULL, true, echo_once);
    char buf[16], field[64];
    cr_assert_eq(receive(c, buf, sizeof buf), 5);
    cr_assert_eq(memcmp(buf, "hello", 5), 0);

    /* The child now blocks in read(WORKER_FD), filtered. */
    status_field(c.pid, "Seccomp", field, sizeof field);
    cr_assert_str_eq(field, "\t2\n");
    status_field(c.pid, "NoNewPrivs", field, sizeof field);
    cr_assert_str_eq(field, "\t1\n");

    cr_assert_eq(write(c.fd, "x", 1), 1);
    cr_assert_eq(receive(c, buf, sizeof buf), 1);
    cr_assert_eq(buf[0], 'x');
    assert_exited(wait_child(c), 0);
}

static void use_clocks(void) {
    static const clockid_t clocks[] = {CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_PROCESS_CPUTIME_ID,
                                       CLOCK_THREAD_CPUTIME_ID, CLOCK_BOOTTIME};
    struct timespec ts;
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        /* The raw syscall: what the vDSO falls back to. */
        if (syscall(SYS_clock_gettime, clocks[i], &ts) != 0)
            _exit(CHILD_CHECK_FAILED);
        if (clock_gettime(clocks[i], &ts) != 0)
            _exit(CHILD_CHECK_FAILED);
    }
    struct timespec ms = {.tv_nsec = 1000000};
    if (syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ms, NULL) != 0)
        _exit(CHILD_CHECK_FAILED);
    if (nanosleep(&ms, NULL) != 0) /* glibc: clock_nanosleep */
        _exit(CHILD_CHECK_FAILED);
    send_or_die("ok", 2);
}

Test(worker_seccomp, clocks_and_sleep_are_allowed) {
    prepare_filter();
    child c = spawn(CPU_SECONDS, NULL, true, use_clocks);
    char buf[8];
    cr_assert_eq(receive(c, buf, sizeof buf), 2);
    assert_exited(wait_child(c), 0);
}

static void raw_exit(void) {
    syscall(SYS_exit, 7);
    _exit(CHILD_SURVIVED);
}

Test(worker_seccomp, raw_exit_is_allowed) {
    prepare_filter();
    assert_exited(wait_child(spawn(CPU_SECONDS, NULL, true, raw_exit)), 7);
}

/* ---- the filter: killed ------------------------------------------------- */

/* Each forbidden call must kill the filtered child with SIGSYS; if it
 * returns, the child exits with CHILD_SURVIVED. Raw syscalls or inline asm,
 * so that libc cannot answer from a cache or pick another syscall. */
#define FORBIDDEN(name, ...)                                                   \
    static void forbidden_##name(void) {                                       \
        __VA_ARGS__;                                                           \
        _exit(CHILD_SURVIVED);                                                 \
    }                                                                          \
    Test(worker_seccomp, kills_##name) {                                       \
        prepare_filter();                                                      \
        assert_killed(wait_child(spawn(CPU_SECONDS, NULL, true, forbidden_##name)), SIGSYS); \
    }

static char *const no_args[] = {"/bin/true", NULL};

FORBIDDEN(open, syscall(SYS_open, "/etc/passwd", O_RDONLY))
FORBIDDEN(openat, syscall(SYS_openat, AT_FDCWD, "/etc/passwd", O_RDONLY))
FORBIDDEN(socket, syscall(SYS_socket, AF_INET, SOCK_STREAM, 0))
FORBIDDEN(mmap, syscall(SYS_mmap, NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
FORBIDDEN(brk, syscall(SYS_brk, 0))
FORBIDDEN(execve, syscall(SYS_execve, "/bin/true", no_args, no_args + 1))
FORBIDDEN(ptrace, syscall(SYS_ptrace, PTRACE_TRACEME, 0, 0, 0))
FORBIDDEN(fork, syscall(SYS_fork))
FORBIDDEN(clone, syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0))
FORBIDDEN(clone3, struct clone_args args = {.exit_signal = SIGCHLD};
          syscall(SYS_clone3, &args, sizeof args))
FORBIDDEN(getpid, syscall(SYS_getpid))
FORBIDDEN(rt_sigreturn, syscall(SYS_rt_sigreturn))
FORBIDDEN(write_to_stdout, syscall(SYS_write, 1, "x", 1))
FORBIDDEN(read_from_stdin, char c; syscall(SYS_read, 0, &c, 1))
/* The kernel would truncate this fd to WORKER_FD; the filter must not. */
FORBIDDEN(write_to_fd_with_high_bits, syscall(SYS_write, (1L << 32) | WORKER_FD, "x", 1))
/* getpid through the i386 ABI (nr 20): another architecture to seccomp. */
FORBIDDEN(i386_int80, long rc; __asm__ volatile("int $0x80"
                                                : "=a"(rc)
                                                : "a"(20L)
                                                : "r8", "r9", "r10", "r11", "memory");
          (void)rc)
/* write(WORKER_FD, NULL, 0) through the i386 ABI (nr 4): allowed natively,
 * so only the architecture check can stop it. */
FORBIDDEN(i386_write_to_worker_fd, long rc; __asm__ volatile("int $0x80"
                                                             : "=a"(rc)
                                                             : "a"(4L), "b"((long)WORKER_FD), "c"(0L), "d"(0L)
                                                             : "r8", "r9", "r10", "r11", "memory");
          (void)rc)
/* The x32 ABI: x86_64's architecture, syscall number | 0x40000000. */
FORBIDDEN(x32_getpid, syscall(__X32_SYSCALL_BIT | SYS_getpid))
FORBIDDEN(x32_write, syscall(__X32_SYSCALL_BIT | SYS_write, WORKER_FD, "x", 1))

/* ---- worker_harden ------------------------------------------------------ */

typedef struct {
    uint32_t applied;
    int nfds;
    int fds[16];
    int session_leader;
    int dumpable;
    int no_new_privs;
    int pdeathsig;
    uint64_t vm_size; /* VmSize right after worker_harden */
    struct rlimit as, cpu, fsize, nproc, core;
    int big_malloc_failed;  /* 2 * MARGIN */
    int small_malloc_ok;    /* MARGIN / 4 */
} harden_report;

static uint64_t vm_size(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long long pages = 0;
    if (!f)
        return 0;
    if (fscanf(f, "%llu", &pages) != 1)
        pages = 0;
    fclose(f);
    return pages * (uint64_t)sysconf(_SC_PAGESIZE);
}

static void list_fds(harden_report *r) {
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        _exit(CHILD_CHECK_FAILED);
    struct dirent *e;
    while ((e = readdir(dir))) {
        if (e->d_name[0] == '.')
            continue;
        int fd = atoi(e->d_name);
        if (fd != dirfd(dir) && r->nfds < 16)
            r->fds[r->nfds++] = fd;
    }
    closedir(dir);
}

static uint32_t harden_applied; /* set by the spawn wrapper below */

static void report_hardening(void) {
    harden_report r = {.applied = harden_applied};
    r.vm_size = vm_size();
    list_fds(&r);
    r.session_leader = getsid(0) == getpid();
    r.dumpable = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
    r.no_new_privs = prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
    prctl(PR_GET_PDEATHSIG, &r.pdeathsig, 0, 0, 0);
    getrlimit(RLIMIT_AS, &r.as);
    getrlimit(RLIMIT_CPU, &r.cpu);
    getrlimit(RLIMIT_FSIZE, &r.fsize);
    getrlimit(RLIMIT_NPROC, &r.nproc);
    getrlimit(RLIMIT_CORE, &r.core);
    /* volatile: a compiler may otherwise drop a malloc/free pair and
     * assume success. */
    void *volatile big = malloc(2 * MARGIN);
    r.big_malloc_failed = big == NULL;
    free(big);
    void *volatile small = malloc(MARGIN / 4);
    r.small_malloc_ok = small != NULL;
    free(small);
    send_or_die(&r, sizeof r);
}

/* Like spawn, but with the socket at `sock_fd` and stray fds open in the
 * child, and harden's result kept for the report. No filter. */
static child spawn_reporting(int sock_fd, uint64_t cpu_seconds, child_step setup) {
    int sv[2];
    cr_assert_eq(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0);
    pid_t pid = fork();
    cr_assert_neq(pid, -1);
    if (pid == 0) {
        close(sv[0]);
        if (dup2(sv[1], sock_fd) < 0 || open("/dev/null", O_RDONLY) < 0 ||
            open("/dev/null", O_WRONLY) < 0 || dup2(0, 40) < 0)
            _exit(CHILD_CHECK_FAILED);
        if (sock_fd != sv[1])
            close(sv[1]);
        if (setup)
            setup();
        harden_applied = worker_harden(sock_fd, MARGIN, cpu_seconds);
        report_hardening();
        _exit(0);
    }
    close(sv[1]);
    return (child){.pid = pid, .fd = sv[0]};
}

static harden_report receive_report(child c) {
    harden_report r;
    cr_assert_eq(receive(c, &r, sizeof r), sizeof r);
    assert_exited(wait_child(c), 0);
    return r;
}

static void assert_only_worker_fd(const harden_report *r) {
    cr_assert_eq(r->nfds, 1, "%d fds left open", r->nfds);
    cr_assert_eq(r->fds[0], WORKER_FD);
}

Test(worker_harden, moves_socket_and_closes_every_other_fd) {
    harden_report r = receive_report(spawn_reporting(17, CPU_SECONDS, NULL));
    assert_only_worker_fd(&r);
}

Test(worker_harden, keeps_socket_already_at_worker_fd) {
    harden_report r = receive_report(spawn_reporting(WORKER_FD, CPU_SECONDS, NULL));
    assert_only_worker_fd(&r);
}

Test(worker_harden, applies_session_and_prctls) {
    harden_report r = receive_report(spawn_reporting(17, CPU_SECONDS, NULL));
    cr_assert(r.applied & WIRE_READY_NO_NEW_PRIVS);
    cr_assert(r.applied & WIRE_READY_NO_CAPS);
    cr_assert_eq(r.applied & ~(uint32_t)(WIRE_READY_NO_NEW_PRIVS | WIRE_READY_RLIMITS |
                                         WIRE_READY_NO_CAPS),
                 0);
    cr_assert(r.session_leader);
    cr_assert_eq(r.dumpable, 0);
    cr_assert_eq(r.no_new_privs, 1);
    cr_assert_eq(r.pdeathsig, SIGKILL);
}

static void assert_limit(const struct rlimit *lim, rlim_t value, const char *name) {
    cr_assert_eq(lim->rlim_cur, value, "%s soft %llu, expected %llu", name,
                 (unsigned long long)lim->rlim_cur, (unsigned long long)value);
    cr_assert_eq(lim->rlim_max, value, "%s hard %llu, expected %llu", name,
                 (unsigned long long)lim->rlim_max, (unsigned long long)value);
}

Test(worker_harden, sets_rlimits) {
    harden_report r = receive_report(spawn_reporting(17, CPU_SECONDS, NULL));
    cr_assert(r.applied & WIRE_READY_RLIMITS);
    assert_limit(&r.cpu, CPU_SECONDS, "CPU");
    assert_limit(&r.fsize, 0, "FSIZE");
    assert_limit(&r.nproc, 0, "NPROC");
    assert_limit(&r.core, 0, "CORE");

    /* AS: what was mapped at harden time (give or take what the report
     * itself mapped) plus the margin, and it holds. */
    cr_assert_eq(r.as.rlim_cur, r.as.rlim_max);
    cr_assert_gt(r.as.rlim_cur, MARGIN);
    int64_t mapped_then = (int64_t)(r.as.rlim_cur - MARGIN);
    int64_t diff = mapped_then - (int64_t)r.vm_size;
    cr_assert(diff > -(int64_t)(4 * MIB) && diff < (int64_t)(4 * MIB),
              "AS limit - margin = %lld, VmSize %llu", (long long)mapped_then,
              (unsigned long long)r.vm_size);
    cr_assert(r.big_malloc_failed, "allocating twice the margin succeeded");
    cr_assert(r.small_malloc_ok, "allocating a quarter of the margin failed");
}

static void lower_cpu_hard_limit(void) {
    struct rlimit lim = {.rlim_cur = 2, .rlim_max = 2};
    if (setrlimit(RLIMIT_CPU, &lim) < 0)
        _exit(CHILD_CHECK_FAILED);
}

Test(worker_harden, keeps_a_lower_inherited_limit) {
    harden_report r = receive_report(spawn_reporting(17, CPU_SECONDS, lower_cpu_hard_limit));
    cr_assert(r.applied & WIRE_READY_RLIMITS);
    assert_limit(&r.cpu, 2, "CPU");
}

Test(worker_harden, exits_without_a_socket) {
    pid_t pid = fork();
    cr_assert_neq(pid, -1);
    if (pid == 0) {
        worker_harden(-1, MARGIN, CPU_SECONDS);
        _exit(0);
    }
    assert_exited(wait_child((child){.pid = pid, .fd = -1}), WORKER_EXIT_FATAL);
}

static void spin(void) {
    for (volatile unsigned long i = 0;; i++)
        ;
}

Test(worker_harden, cpu_limit_kills, .timeout = 20) {
    prepare_filter();
    assert_killed(wait_child(spawn(1, NULL, true, spin)), SIGKILL);
}

static void report_pid(void) {
    pid_t pid = getpid();
    send_or_die(&pid, sizeof pid);
}

static void wait_forever(void) {
    char c;
    for (;;)
        if (read(WORKER_FD, &c, 1) == 0)
            _exit(0);
}

/* The zygote (a middle process) dies; its worker must die with it. */
Test(worker_harden, worker_dies_with_its_parent, .timeout = 20) {
    prepare_filter();
    int sv[2];
    cr_assert_eq(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0);
    pid_t zygote = fork();
    cr_assert_neq(zygote, -1);
    if (zygote == 0) {
        close(sv[0]);
        if (fork() == 0) {
            worker_harden(sv[1], MARGIN, CPU_SECONDS);
            report_pid();
            if (worker_seccomp_install() < 0)
                _exit(CHILD_INSTALL_FAILED);
            wait_forever();
        }
        close(sv[1]);
        pause();
        _exit(0);
    }
    close(sv[1]);
    child c = {.pid = zygote, .fd = sv[0]};
    pid_t worker;
    cr_assert_eq(receive(c, &worker, sizeof worker), sizeof worker);

    kill(zygote, SIGKILL);
    cr_assert_eq(waitpid(zygote, NULL, 0), zygote);
    /* The worker's end closes when it dies: EOF, not a timeout. */
    struct pollfd p = {.fd = sv[0], .events = POLLIN};
    int ready = poll(&p, 1, 5000);
    char buf[1];
    bool eof = ready == 1 && read(sv[0], buf, 1) == 0;
    if (!eof)
        kill(worker, SIGKILL);
    close(sv[0]);
    cr_assert(eof, "worker outlived its parent");
}

/* ---- namespaces --------------------------------------------------------- */

static const struct {
    const char *name;
    uint32_t bit;
} namespace_files[] = {
    {"user", WIRE_READY_USER_NS},
    {"net", WIRE_READY_NET_NS},
    {"ipc", WIRE_READY_IPC_NS},
    {"mnt", WIRE_READY_MOUNT_NS},
};

#define NAMESPACE_COUNT (sizeof namespace_files / sizeof namespace_files[0])

/* The inodes of our /proc/self/ns files, in namespace_files order; 0 if
 * unreadable. */
static int namespace_inodes(ino_t inodes[NAMESPACE_COUNT]) {
    for (size_t i = 0; i < NAMESPACE_COUNT; i++) {
        char path[64];
        struct stat st;
        snprintf(path, sizeof path, "/proc/self/ns/%s", namespace_files[i].name);
        if (stat(path, &st) < 0)
            return 0;
        inodes[i] = st.st_ino;
    }
    return 1;
}

typedef struct {
    uint32_t entered;
    uint32_t changed; /* bits whose /proc/self/ns inode changed */
    int same_ids;     /* uid and gid unchanged */
} ns_report;

/* In the child: enter, compare inodes, report; then act as a zygote whose
 * filtered worker still works inside the namespaces. */
static void enter_and_report(void) {
    ino_t before[NAMESPACE_COUNT], after[NAMESPACE_COUNT];
    uid_t uid = getuid();
    gid_t gid = getgid();
    if (!namespace_inodes(before))
        _exit(CHILD_CHECK_FAILED);
    ns_report r = {.entered = worker_enter_namespaces()};
    if (!namespace_inodes(after))
        _exit(CHILD_CHECK_FAILED);
    for (size_t i = 0; i < NAMESPACE_COUNT; i++)
        if (before[i] != after[i])
            r.changed |= namespace_files[i].bit;
    r.same_ids = getuid() == uid && getgid() == gid;
    send_or_die(&r, sizeof r);
}

Test(worker_namespaces, bits_match_namespaces_entered) {
    prepare_filter();
    int sv[2];
    cr_assert_eq(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0);
    pid_t zygote = fork();
    cr_assert_neq(zygote, -1);
    if (zygote == 0) {
        close(sv[0]);
        if (dup2(sv[1], WORKER_FD) < 0)
            _exit(CHILD_CHECK_FAILED);
        enter_and_report();
        /* A worker forked inside the namespaces hardens, filters, talks. */
        pid_t worker = fork();
        if (worker == 0) {
            worker_harden(WORKER_FD, MARGIN, CPU_SECONDS);
            if (worker_seccomp_install() < 0)
                _exit(CHILD_INSTALL_FAILED);
            send_or_die("hello", 5);
            _exit(0);
        }
        int status;
        if (worker < 0 || waitpid(worker, &status, 0) != worker)
            _exit(CHILD_CHECK_FAILED);
        _exit(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    }
    close(sv[1]);
    child c = {.pid = zygote, .fd = sv[0]};
    ns_report r;
    cr_assert_eq(receive(c, &r, sizeof r), sizeof r);
    cr_log_info("namespaces entered: %#x (user %d net %d ipc %d mnt %d)", r.entered,
                !!(r.entered & WIRE_READY_USER_NS), !!(r.entered & WIRE_READY_NET_NS),
                !!(r.entered & WIRE_READY_IPC_NS), !!(r.entered & WIRE_READY_MOUNT_NS));
    cr_assert_eq(r.entered, r.changed, "reported %#x, inodes changed %#x", r.entered, r.changed);
    cr_assert(r.same_ids, "uid/gid changed");
    char buf[8];
    cr_assert_eq(receive(c, buf, sizeof buf), 5);
    assert_exited(wait_child(c), 0);
}
