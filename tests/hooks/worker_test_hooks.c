/*
 * worker_test_hooks.c — a test-only backdoor in the worker, to prove the
 * seccomp filter holds when the interpreter is fully compromised.
 *
 * Only the test binary (build/mpsandbox-testhooks) links this: the worker's
 * EXEC handler there passes the code to worker_test_hook first, and code that
 * starts with "#mpsb-test-syscall:NAME" makes the worker issue that forbidden
 * system call directly, after its filter is installed, as injected machine
 * code would. tests/cli/test_isolation.py checks that each one kills only
 * that worker with SIGSYS, and that the normal binary has no such hook.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/ptrace.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "worker_test_hooks.h"

#define MARKER "#mpsb-test-syscall:"

static long i386_getpid(void) {
    long ret;
    /* getpid is 20 in the i386 table; int $0x80 enters the 32-bit ABI. */
    __asm__ volatile("int $0x80" : "=a"(ret) : "a"(20) : "memory");
    return ret;
}

void worker_test_hook(const uint8_t *code, size_t len) {
    size_t marker_len = sizeof MARKER - 1;
    if (len < marker_len || memcmp(code, MARKER, marker_len) != 0) {
        return;
    }
    const char *name = (const char *)code + marker_len;
    size_t name_len = len - marker_len;
#define IS(s) (name_len >= sizeof(s) - 1 && memcmp(name, s, sizeof(s) - 1) == 0)
    if (IS("open")) {
        syscall(SYS_openat, AT_FDCWD, "/etc/passwd", O_RDONLY);
    } else if (IS("socket")) {
        syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
    } else if (IS("mmap")) {
        syscall(SYS_mmap, NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    } else if (IS("execve")) {
        static char *const argv[] = {"/bin/true", NULL};
        syscall(SYS_execve, "/bin/true", argv, NULL);
    } else if (IS("ptrace")) {
        syscall(SYS_ptrace, PTRACE_TRACEME, 0, NULL, NULL);
    } else if (IS("fork")) {
        syscall(SYS_fork);
    } else if (IS("int80")) {
        i386_getpid();
    } else if (IS("x32")) {
        syscall(0x40000000 | SYS_getpid);
    } else if (IS("write-stdout")) {
        syscall(SYS_write, 1, "x", 1);
    }
#undef IS
}
