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
 *
 * "#mpsb-test-forge:NAME" makes it send the supervisor something a
 * compromised worker could: a malformed frame, a host call to a function
 * that was never registered, more output than the cap. The supervisor must
 * reject it (and, for a broken protocol, kill only that worker).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/ptrace.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <stdbool.h>
#include <unistd.h>

#include "wire.h"
#include "worker.h"
#include "worker_test_hooks.h"

#define MARKER "#mpsb-test-syscall:"
#define FORGE "#mpsb-test-forge:"

static long i386_getpid(void) {
    long ret;
    /* getpid is 20 in the i386 table; int $0x80 enters the 32-bit ABI. */
    __asm__ volatile("int $0x80" : "=a"(ret) : "a"(20) : "memory");
    return ret;
}

static bool starts(const uint8_t *code, size_t len, const char *prefix) {
    size_t n = strlen(prefix);
    return len >= n && memcmp(code, prefix, n) == 0;
}

static void forge(const char *name, size_t name_len) {
#define IS(s) (name_len >= sizeof(s) - 1 && memcmp(name, s, sizeof(s) - 1) == 0)
    if (IS("garbage")) {
        (void)!write(WORKER_FD, "\xff\xff\xff\xff", 4);
    } else if (IS("oversized-output")) {
        static uint8_t chunk[WIRE_MAX_OUTPUT_CHUNK];
        memset(chunk, 'x', sizeof chunk);
        for (int i = 0; i < 40; i++) { /* 2.4 MiB: over the default 1 MiB cap */
            wire_send_output(WORKER_FD, 0, chunk, sizeof chunk);
        }
    } else if (IS("unknown-host")) {
        /* The supervisor must answer with an error, not run anything: the
         * worker dies with code 99 if the answer is anything else. */
        static const char args[] = "{\"args\":[],\"kwargs\":{}}";
        static uint8_t buf[WIRE_MAX_FRAME + 1];
        wire_send_host_call(WORKER_FD, "os_system", 9, args, sizeof args - 1);
        long n = wire_read_datagram(WORKER_FD, buf, sizeof buf);
        char err[96];
        wire_frame f;
        wire_host_result r;
        if (n <= 0 || wire_decode_frame(buf, (size_t)n, &f, err, sizeof err) != 0 || f.more ||
            f.type != WIRE_HOST_RESULT ||
            wire_parse_host_result(f.chunk, f.chunk_len, &r, err, sizeof err) != 0 || r.ok ||
            memmem(r.data, r.data_len, "no host function", 16) == NULL) {
            _exit(99);
        }
    }
#undef IS
}

void worker_test_hook(const uint8_t *code, size_t len) {
    if (starts(code, len, FORGE)) {
        forge((const char *)code + sizeof FORGE - 1, len - (sizeof FORGE - 1));
        return;
    }
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
