/*
 * worker_harden.c — what a worker does to itself before the seccomp filter,
 * and the namespaces the zygote enters for all its workers.
 *
 * worker_harden runs in a freshly forked, single-threaded child, while it
 * may still open /proc files and allocate. Each step narrows what a
 * compromised worker could reach if the filter (the real barrier) ever had a
 * hole, or limits the damage it can do within what the filter allows:
 *
 *   fds         only the supervisor socket survives, at WORKER_FD: nothing
 *               inherited from the zygote (terminal, log files, other
 *               workers' sockets) stays reachable, and the filter can name
 *               the one fd it allows.
 *   setsid      out of the supervisor's session and process group, so a
 *               terminal's signals (^C, ^Z, SIGHUP) do not reach the worker
 *               and a signal to the group does not come from it.
 *   no_new_privs  no exec can gain privileges (set-uid, file capabilities);
 *               also what lets an unprivileged process install a filter.
 *   dumpable 0  no core dumps of guest memory; other processes of the same
 *               user cannot ptrace the worker or read its /proc memory.
 *   pdeathsig   the worker dies with the zygote instead of living on as an
 *               orphan nobody will ever kill.
 *   rlimits     AS: what is mapped now plus a margin, so even an allocation
 *               the filter would allow to happen (none should) is bounded;
 *               CPU: a hard ceiling the kernel enforces with SIGKILL should
 *               the engine's fuel and the supervisor's timer both fail;
 *               FSIZE, NPROC, CORE: 0 (no files, no processes, no dumps).
 *
 * Limits are only ever lowered: if an inherited hard limit is already below
 * what we would set, we keep it (raising it would fail without
 * CAP_SYS_RESOURCE, and a stricter limit is still what we want).
 *
 * Errors are not fatal: the returned WIRE_READY_* bits say what was applied
 * and the supervisor decides what it requires. The exceptions are the two
 * cases where the worker cannot serve anyone: the socket cannot be moved to
 * WORKER_FD, or the parent is already gone; the worker then _exits.
 */
#define _GNU_SOURCE
#include "worker.h"
#include "wire.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/resource.h>
#include <unistd.h>

_Static_assert(WORKER_FD > 0, "close_others assumes fds below WORKER_FD exist");

/* ---- fds ---------------------------------------------------------------- */

/* Without close_range (Linux < 5.9): close what /proc/self/fd lists, or,
 * without /proc, every fd below the open-files limit. */
static void close_others_slow(void) {
    DIR *dir = opendir("/proc/self/fd");
    if (dir) {
        int self = dirfd(dir);
        struct dirent *e;
        /* Closing entries while reading is fine: the directory is generated
         * from the fd table and read in fd order. */
        while ((e = readdir(dir))) {
            char *end;
            long fd = strtol(e->d_name, &end, 10);
            if (*end == '\0' && end != e->d_name && fd != WORKER_FD && fd != self)
                close((int)fd);
        }
        closedir(dir);
        return;
    }
    long max = sysconf(_SC_OPEN_MAX);
    if (max < 0 || max > 1 << 20)
        max = 1 << 20;
    for (long fd = 0; fd < max; fd++)
        if (fd != WORKER_FD)
            close((int)fd);
}

static void close_others(void) {
    if (close_range(0, WORKER_FD - 1, 0) < 0 && errno == ENOSYS) {
        close_others_slow();
        return;
    }
    close_range(WORKER_FD + 1, ~0U, 0);
}

/* Puts sock at WORKER_FD; -1 if it cannot (sock is not an open fd). */
static int move_socket(int sock) {
    if (sock == WORKER_FD)
        return 0;
    int rc;
    do
        rc = dup2(sock, WORKER_FD);
    while (rc < 0 && errno == EINTR);
    return rc < 0 ? -1 : 0;
}

/* ---- process ------------------------------------------------------------ */

/* Dies with the parent. PR_SET_PDEATHSIG only covers a parent that dies
 * after the call, so if it has already changed (we were reparented, to init
 * or a subreaper) the parent is gone. ppid 1 at entry means the same: a
 * worker's parent is the zygote, never init. A parent that dies between the
 * fork and the getppid() at entry, and leaves us to a subreaper, goes
 * unseen: only the caller knows the true parent's pid. */
static void die_with_parent(pid_t ppid_at_entry) {
    prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
    if (ppid_at_entry == 1 || getppid() != ppid_at_entry)
        _exit(WORKER_EXIT_FATAL);
}

/* ---- rlimits ------------------------------------------------------------ */

/* Bytes mapped now (VmSize, the first field of /proc/self/statm, in pages);
 * 0 if unknown. */
static size_t mapped_size(void) {
    int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    char buf[128];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return 0;
    buf[n] = '\0';
    unsigned long long pages = strtoull(buf, NULL, 10);
    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0 || pages > SIZE_MAX / (size_t)page)
        return 0;
    return (size_t)pages * (size_t)page;
}

/* Sets soft = hard = value, never above the current hard limit. */
static bool lower_limit(int resource, rlim_t value) {
    struct rlimit old;
    if (getrlimit(resource, &old) < 0)
        return false;
    if (old.rlim_max != RLIM_INFINITY && old.rlim_max < value)
        value = old.rlim_max;
    struct rlimit lim = {.rlim_cur = value, .rlim_max = value};
    return setrlimit(resource, &lim) == 0;
}

/* value, or the largest finite limit if it does not fit. */
static rlim_t finite_limit(uint64_t value) {
    return value >= (uint64_t)RLIM_INFINITY ? RLIM_INFINITY - 1 : (rlim_t)value;
}

static bool apply_rlimits(size_t address_space_margin, uint64_t cpu_seconds) {
    size_t mapped = mapped_size();
    bool ok = mapped > 0;
    if (ok) {
        uint64_t as = (uint64_t)mapped + address_space_margin;
        if (as < mapped) /* wrapped */
            as = UINT64_MAX;
        ok = lower_limit(RLIMIT_AS, finite_limit(as));
    }
    /* Each is applied even if an earlier one failed: partial is better
     * than none, and the bit reports only complete success. */
    ok = lower_limit(RLIMIT_CPU, finite_limit(cpu_seconds)) && ok;
    ok = lower_limit(RLIMIT_FSIZE, 0) && ok;
    ok = lower_limit(RLIMIT_NPROC, 0) && ok;
    ok = lower_limit(RLIMIT_CORE, 0) && ok;
    return ok;
}

/* Drops every capability: effective, permitted, inheritable, ambient and
 * the bounding set. As root, or as root of the zygote's user namespace, the
 * worker would otherwise hold them all; the filter already forbids the
 * calls they would matter for, so this is the second lock on that door. */
static bool drop_capabilities(void) {
    for (unsigned long cap = 0; cap <= CAP_LAST_CAP; cap++)
        prctl(PR_CAPBSET_DROP, cap, 0, 0, 0);
    prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
    struct __user_cap_header_struct header = {.version = _LINUX_CAPABILITY_VERSION_3};
    struct __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] = {{0}};
    return syscall(SYS_capset, &header, data) == 0;
}

uint32_t worker_harden(int sock, size_t address_space_margin, uint64_t cpu_seconds) {
    pid_t ppid = getppid();
    if (move_socket(sock) < 0)
        _exit(WORKER_EXIT_FATAL); /* no channel: nobody to serve */
    close_others();
    setsid();

    uint32_t applied = 0;
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0)
        applied |= WIRE_READY_NO_NEW_PRIVS;
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    die_with_parent(ppid);
    if (apply_rlimits(address_space_margin, cpu_seconds))
        applied |= WIRE_READY_RLIMITS;
    if (drop_capabilities())
        applied |= WIRE_READY_NO_CAPS;
    return applied;
}

/* ---- namespaces --------------------------------------------------------- */

static int write_file(const char *path, const char *text) {
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    size_t len = strlen(text);
    ssize_t n = write(fd, text, len);
    int saved = errno;
    close(fd);
    errno = saved;
    return n == (ssize_t)len ? 0 : -1;
}

/* In a new user namespace nothing is mapped, so the process would run as the
 * overflow uid/gid; map our ids to themselves. setgroups must be denied
 * before an unprivileged process may write gid_map (and we want no
 * setgroups anyway). Best effort: failing leaves the process as nobody in
 * the namespace, which is still a working, and more confined, worker. */
static void map_ids(uid_t uid, gid_t gid) {
    char line[64];
    if (write_file("/proc/self/setgroups", "deny") < 0 && errno != ENOENT)
        return;
    snprintf(line, sizeof line, "%lu %lu 1\n", (unsigned long)uid, (unsigned long)uid);
    if (write_file("/proc/self/uid_map", line) < 0)
        return;
    snprintf(line, sizeof line, "%lu %lu 1\n", (unsigned long)gid, (unsigned long)gid);
    write_file("/proc/self/gid_map", line);
}

static const struct {
    int flag;
    uint32_t bit;
} namespaces[] = {
    /* The user namespace first: once in it we hold every capability there,
     * which is what lets an unprivileged process create the others. */
    {CLONE_NEWUSER, WIRE_READY_USER_NS},
    {CLONE_NEWNET, WIRE_READY_NET_NS},
    {CLONE_NEWIPC, WIRE_READY_IPC_NS},
    {CLONE_NEWNS, WIRE_READY_MOUNT_NS},
};

#define NAMESPACE_COUNT (sizeof namespaces / sizeof namespaces[0])

uint32_t worker_enter_namespaces(void) {
    uid_t uid = getuid();
    gid_t gid = getgid();
    int all = 0;
    uint32_t all_bits = 0;
    for (size_t i = 0; i < NAMESPACE_COUNT; i++) {
        all |= namespaces[i].flag;
        all_bits |= namespaces[i].bit;
    }
    if (unshare(all) == 0) {
        map_ids(uid, gid);
        return all_bits;
    }
    /* Something was refused (user namespaces disabled, a container's own
     * seccomp policy, no CAP_SYS_ADMIN): take each one the kernel allows. */
    uint32_t entered = 0;
    for (size_t i = 0; i < NAMESPACE_COUNT; i++) {
        if (unshare(namespaces[i].flag) < 0)
            continue;
        entered |= namespaces[i].bit;
        if (namespaces[i].flag == CLONE_NEWUSER)
            map_ids(uid, gid);
    }
    return entered;
}
