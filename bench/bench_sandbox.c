/*
 * bench_sandbox.c — what a sandbox costs, through the public API.
 *
 * Figures (microseconds, p50 and p99 over many runs):
 *   fresh/pool     open a session, run print(1+1), close — with spare
 *                  workers ready (the pool refills between runs, as it does
 *                  between an agent's calls)
 *   fresh/no-pool  the same with pool_size 0: fork, harden, filter on the path
 *   session exec   print(1+1) in a session that already has its worker
 *   agent run      a fresh session running 10 typical agent snippets
 *   throughput     execs per second, two clients (processes) at once
 * References measured in the same run, so the ratios survive a noisy
 * machine: the same print(1+1) in the engine in-process (no worker, no
 * socket), and a bare fork + exit + wait of this process.
 *
 * Usage: bench_sandbox [iterations]   (default 2000)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "mpsandbox.h"
#include "vm.h"

static double now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e6 + (double)ts.tv_nsec / 1e3;
}

static void pause_us(long us) {
    struct timespec ts = {.tv_sec = us / 1000000, .tv_nsec = (us % 1000000) * 1000};
    nanosleep(&ts, NULL);
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct {
    double p50, p99;
} percentiles;

static percentiles summarize(double *samples, int n) {
    qsort(samples, (size_t)n, sizeof *samples, cmp_double);
    return (percentiles){samples[n / 2], samples[(n * 99) / 100]};
}

static void report(const char *name, percentiles p, double reference_p50, const char *ref) {
    printf("%-16s p50 %9.1f us   p99 %9.1f us   %6.2fx %s\n", name, p.p50, p.p99,
           p.p50 / reference_p50, ref);
}

static void die(const char *what, int rc) {
    fprintf(stderr, "bench_sandbox: %s: %s\n", what, mpsb_strerror(rc));
    exit(1);
}

static void run(mpsb_session *s, const char *code) {
    mpsb_result *r;
    int rc = mpsb_exec(s, code, strlen(code), NULL, &r);
    if (rc != MPSB_OK) {
        die("exec", rc);
    }
    if (r->status != MPSB_STATUS_OK) {
        fprintf(stderr, "bench_sandbox: [%s] gave %s: %s\n", code, mpsb_status_name(r->status),
                r->traceback ? r->traceback : (r->reason ? r->reason : ""));
        exit(1);
    }
    mpsb_result_free(r);
}

static mpsb_runtime *runtime(unsigned pool) {
    mpsb_config c;
    mpsb_config_default(&c);
    c.pool_size = pool;
    c.max_sessions = 1024;
    mpsb_runtime *rt;
    char err[256];
    if (mpsb_runtime_new(&c, &rt, err, sizeof err) != MPSB_OK) {
        fprintf(stderr, "bench_sandbox: %s\n", err);
        exit(1);
    }
    return rt;
}

/* Reference: the engine in this process, no worker. */
static percentiles bench_in_process(double *t, int n) {
    vm_config c = {.heap_size = 16u << 20, .max_output = 1u << 20, .seed = 1};
    char err[128];
    if (vm_open(&c, err, sizeof err) != 0) {
        fprintf(stderr, "bench_sandbox: %s\n", err);
        exit(1);
    }
    vm_limits l = {.fuel = 10000000000ull, .timeout_ns = 5000000000ull};
    vm_result r;
    for (int i = 0; i < n; i++) {
        double t0 = now_us();
        vm_exec("print(1+1)", 10, &l, &r);
        t[i] = now_us() - t0;
    }
    vm_close();
    return summarize(t, n);
}

/* Reference: fork + _exit + waitpid of this process. */
static percentiles bench_fork(double *t, int n) {
    for (int i = 0; i < n; i++) {
        double t0 = now_us();
        pid_t pid = fork();
        if (pid == 0) {
            _exit(0);
        }
        waitpid(pid, NULL, 0);
        t[i] = now_us() - t0;
    }
    return summarize(t, n);
}

static percentiles bench_fresh(double *t, int n, unsigned pool) {
    mpsb_runtime *rt = runtime(pool);
    for (int i = 0; i < n; i++) {
        if (pool > 0) {
            pause_us(3000); /* the zygote refills the pool between calls */
        }
        double t0 = now_us();
        mpsb_session *s;
        int rc = mpsb_session_open(rt, &s);
        if (rc != MPSB_OK) {
            die("session", rc);
        }
        run(s, "print(1+1)");
        mpsb_session_close(s);
        t[i] = now_us() - t0;
    }
    mpsb_runtime_free(rt);
    return summarize(t, n);
}

static percentiles bench_session_exec(double *t, int n) {
    mpsb_runtime *rt = runtime(0);
    mpsb_session *s;
    mpsb_session_open(rt, &s);
    run(s, "print(1+1)"); /* the worker is attached */
    for (int i = 0; i < n; i++) {
        double t0 = now_us();
        run(s, "print(1+1)");
        t[i] = now_us() - t0;
    }
    mpsb_runtime_free(rt);
    return summarize(t, n);
}

static const char *const agent_steps[] = {
    "import json, re, math",
    "rows = [{'id': i, 'name': 'item%d' % i, 'price': i * 1.5} for i in range(200)]",
    "total = sum(r['price'] for r in rows)\nprint(round(total, 2))",
    "by_bucket = {}\nfor r in rows:\n    by_bucket.setdefault(r['id'] % 7, []).append(r)\n"
    "print(len(by_bucket))",
    "print(json.dumps(sorted(by_bucket)[:3]))",
    "names = [r['name'] for r in rows if re.match(r'item1\\d$', r['name'])]\nprint(names)",
    "def mean(xs):\n    return sum(xs) / len(xs)\nprint(mean([r['price'] for r in rows]))",
    "print(max(rows, key=lambda r: r['price'])['name'])",
    "print(math.sqrt(total))",
    "print(len(json.dumps(rows)))",
};

static percentiles bench_agent(double *t, int n) {
    mpsb_runtime *rt = runtime(2);
    size_t steps = sizeof agent_steps / sizeof *agent_steps;
    for (int i = 0; i < n; i++) {
        pause_us(3000);
        double t0 = now_us();
        mpsb_session *s;
        mpsb_session_open(rt, &s);
        for (size_t k = 0; k < steps; k++) {
            run(s, agent_steps[k]);
        }
        mpsb_session_close(s);
        t[i] = now_us() - t0;
    }
    mpsb_runtime_free(rt);
    return summarize(t, n);
}

/* Two client processes, each with its own runtime and session, for about a
 * second; returns execs per second over both. */
static double bench_throughput(void) {
    int fds[2];
    if (pipe(fds) != 0) {
        exit(1);
    }
    const double seconds = 1.0;
    for (int c = 0; c < 2; c++) {
        if (fork() == 0) {
            mpsb_runtime *rt = runtime(0);
            mpsb_session *s;
            mpsb_session_open(rt, &s);
            run(s, "x = 0");
            long count = 0;
            double end = now_us() + seconds * 1e6;
            while (now_us() < end) {
                run(s, "x += 1");
                count++;
            }
            mpsb_runtime_free(rt);
            (void)!write(fds[1], &count, sizeof count);
            _exit(0);
        }
    }
    long total = 0;
    for (int c = 0; c < 2; c++) {
        long count = 0;
        if (read(fds[0], &count, sizeof count) == (ssize_t)sizeof count) {
            total += count;
        }
        wait(NULL);
    }
    return (double)total / seconds;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 2000;
    if (n < 10) {
        n = 10;
    }
    double *t = malloc(sizeof *t * (size_t)n);
    if (t == NULL) {
        return 1;
    }
    percentiles in_process = bench_in_process(t, n);
    percentiles fork_ref = bench_fork(t, n / 4);
    printf("references: in-process print(1+1) p50 %.1f us; fork+exit+wait p50 %.1f us\n\n",
           in_process.p50, fork_ref.p50);
    report("fresh/pool", bench_fresh(t, n / 4, 2), fork_ref.p50, "of fork+exit");
    report("fresh/no-pool", bench_fresh(t, n / 4, 0), fork_ref.p50, "of fork+exit");
    report("session exec", bench_session_exec(t, n), in_process.p50, "of in-process");
    report("agent run (10)", bench_agent(t, n / 20), fork_ref.p50, "of fork+exit");
    double rate = bench_throughput();
    printf("%-16s %9.0f execs/s with two clients (x += 1)\n", "throughput", rate);
    free(t);
    return 0;
}
