/*
 * test_api.c — the public C API (include/mpsandbox.h): sessions in confined
 * workers, persistence and isolation, reset, crashes, the deadline enforced
 * from outside, and what a worker process looks like from /proc.
 *
 * Linked with the test hooks (tests/hooks), so code starting with
 * "#mpsb-test-syscall:NAME" makes the worker issue a forbidden system call.
 */
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "mpsandbox.h"

static mpsb_runtime *rt;

static void start(void) {
    mpsb_config config;
    mpsb_config_default(&config);
    config.timeout_ms = 2000;
    char err[256];
    cr_assert_eq(mpsb_runtime_new(&config, &rt, err, sizeof err), MPSB_OK, "%s", err);
}

static void stop(void) {
    mpsb_runtime_free(rt);
}

TestSuite(api, .init = start, .fini = stop);

static mpsb_session *session(void) {
    mpsb_session *s;
    cr_assert_eq(mpsb_session_open(rt, &s), MPSB_OK);
    return s;
}

static mpsb_result *exec_with(mpsb_session *s, const char *code, uint64_t timeout_ms) {
    mpsb_exec_options options = {.timeout_ms = timeout_ms};
    mpsb_result *r;
    cr_assert_eq(mpsb_exec(s, code, strlen(code), &options, &r), MPSB_OK);
    return r;
}

static mpsb_result *exec(mpsb_session *s, const char *code) {
    return exec_with(s, code, 0);
}

static void expect_stdout(mpsb_session *s, const char *code, const char *expected) {
    mpsb_result *r = exec(s, code);
    cr_assert_str_eq(r->stdout_data, expected, "[%s] gave status %s, stderr [%s] %s", code,
                     mpsb_status_name(r->status), r->stderr_data,
                     r->traceback ? r->traceback : "");
    mpsb_result_free(r);
}

Test(api, runs_code_in_a_worker) {
    mpsb_session *s = session();
    mpsb_result *r = exec(s, "print(6 * 7)");
    cr_assert_eq(r->status, MPSB_STATUS_OK);
    cr_assert_str_eq(r->stdout_data, "42\n");
    cr_assert_not(r->context_reset);
    cr_assert_null(r->reason);
    mpsb_result_free(r);
    cr_assert_gt(mpsb_session_worker_pid(s), 0);
}

Test(api, state_persists_within_a_session) {
    mpsb_session *s = session();
    expect_stdout(s, "x = 41\nimport json", "");
    expect_stdout(s, "print(x + 1, json.dumps({'a': 1}))", "42 {\"a\": 1}\n");
}

Test(api, sessions_never_see_each_other) {
    mpsb_session *a = session(), *b = session();
    expect_stdout(a, "secret = 'a'", "");
    expect_stdout(b, "print('secret' in globals())", "False\n");
    cr_assert_neq(mpsb_session_worker_pid(a), mpsb_session_worker_pid(b));
}

Test(api, reset_clears_state_without_claiming_a_loss) {
    mpsb_session *s = session();
    expect_stdout(s, "x = 1", "");
    mpsb_session_reset(s);
    mpsb_result *r = exec(s, "print('x' in globals())");
    cr_assert_str_eq(r->stdout_data, "False\n");
    cr_assert_not(r->context_reset);
    mpsb_result_free(r);
}

Test(api, guest_error_is_a_result) {
    mpsb_session *s = session();
    mpsb_result *r = exec(s, "raise ValueError('bad')");
    cr_assert_eq(r->status, MPSB_STATUS_ERROR);
    cr_assert_str_eq(r->error_type, "ValueError");
    cr_assert_str_eq(r->error_message, "bad");
    cr_assert(strstr(r->traceback, "Traceback") != NULL);
    mpsb_result_free(r);
}

Test(api, clean_limit_stops_keep_state) {
    mpsb_session *s = session();
    expect_stdout(s, "x = 5", "");
    mpsb_result *r = exec_with(s, "while True: pass", 100);
    cr_assert_eq(r->status, MPSB_STATUS_TIMEOUT);
    cr_assert_not(r->context_reset);
    cr_assert_null(r->reason);
    mpsb_result_free(r);
    r = exec(s, "bytearray(10**9)");
    cr_assert_str_eq(r->error_type, "MemoryError");
    mpsb_result_free(r);
    expect_stdout(s, "print(x)", "5\n");
}

Test(api, long_c_call_is_killed_at_deadline_plus_grace) {
    mpsb_session *s = session();
    expect_stdout(s, "x = 5", "");
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    mpsb_result *r = exec_with(s, "y = 10**10**8", 300);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double elapsed = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    cr_assert_eq(r->status, MPSB_STATUS_TIMEOUT);
    cr_assert_str_eq(r->reason, "killed after the deadline");
    cr_assert(elapsed < 0.8, "took %.3f s", elapsed);
    mpsb_result_free(r);
    r = exec(s, "print('x' in globals())");
    cr_assert(r->context_reset);
    cr_assert(strstr(r->reason, "killed after the deadline") != NULL, "%s", r->reason);
    cr_assert_str_eq(r->stdout_data, "False\n");
    mpsb_result_free(r);
}

Test(api, crash_discards_only_that_session) {
    mpsb_session *victim = session(), *bystander = session();
    expect_stdout(victim, "v = 1", "");
    expect_stdout(bystander, "b = 2", "");
    /* A size overflow MicroPython does not check: a contained crash. */
    mpsb_result *r = exec(victim, "[1] * (2**62)");
    cr_assert_eq(r->status, MPSB_STATUS_CRASHED);
    cr_assert(strstr(r->reason, "SIGSEGV") != NULL, "%s", r->reason);
    mpsb_result_free(r);
    expect_stdout(bystander, "print(b)", "2\n");
    r = exec(victim, "print('v' in globals())");
    cr_assert(r->context_reset);
    cr_assert_str_eq(r->stdout_data, "False\n");
    mpsb_result_free(r);
}

static const char *const forbidden[] = {"open", "socket", "mmap",  "execve", "ptrace",
                                        "fork", "int80",  "x32",   "write-stdout"};

Test(api, forbidden_syscalls_kill_only_that_worker) {
    mpsb_session *bystander = session();
    expect_stdout(bystander, "b = 2", "");
    for (size_t i = 0; i < sizeof forbidden / sizeof *forbidden; i++) {
        mpsb_session *s = session();
        char code[64];
        snprintf(code, sizeof code, "#mpsb-test-syscall:%s\nprint('survived')", forbidden[i]);
        mpsb_result *r = exec(s, code);
        cr_assert_eq(r->status, MPSB_STATUS_CRASHED, "%s: status %s", forbidden[i],
                     mpsb_status_name(r->status));
        cr_assert(strstr(r->reason, "sandbox violation") != NULL, "%s: %s", forbidden[i],
                  r->reason);
        cr_assert_eq(r->stdout_len, 0);
        mpsb_result_free(r);
        mpsb_session_close(s);
    }
    expect_stdout(bystander, "print(b)", "2\n");
}

static bool proc_status_has(int pid, const char *line) {
    char path[64], buf[4096];
    snprintf(path, sizeof path, "/proc/%d/status", pid);
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f);
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    return strstr(buf, line) != NULL;
}

Test(api, worker_runs_under_seccomp_with_no_new_privs) {
    mpsb_session *s = session();
    expect_stdout(s, "print(1)", "1\n");
    int pid = mpsb_session_worker_pid(s);
    cr_assert(proc_status_has(pid, "Seccomp:\t2\n"));
    cr_assert(proc_status_has(pid, "NoNewPrivs:\t1\n"));
    cr_assert(proc_status_has(pid, "CapEff:\t0000000000000000\n"));
    cr_assert(proc_status_has(pid, "CapBnd:\t0000000000000000\n"));
    uint32_t h = mpsb_runtime_hardening(rt);
    cr_assert(h & MPSB_HARDEN_SECCOMP);
    cr_assert(h & MPSB_HARDEN_NO_NEW_PRIVS);
    cr_assert(h & MPSB_HARDEN_RLIMITS);
    cr_assert(h & MPSB_HARDEN_NO_CAPS);
}

Test(api, session_limit_is_enforced) {
    mpsb_runtime_free(rt);
    mpsb_config config;
    mpsb_config_default(&config);
    config.max_sessions = 1;
    config.pool_size = 0;
    cr_assert_eq(mpsb_runtime_new(&config, &rt, NULL, 0), MPSB_OK);
    mpsb_session *a, *b;
    cr_assert_eq(mpsb_session_open(rt, &a), MPSB_OK);
    cr_assert_eq(mpsb_session_open(rt, &b), MPSB_E_LIMIT);
    mpsb_session_close(a);
    cr_assert_eq(mpsb_session_open(rt, &b), MPSB_OK);
}

Test(api, idle_sessions_are_evicted) {
    mpsb_runtime_free(rt);
    mpsb_config config;
    mpsb_config_default(&config);
    config.idle_timeout_ms = 50;
    cr_assert_eq(mpsb_runtime_new(&config, &rt, NULL, 0), MPSB_OK);
    mpsb_session *s = session();
    expect_stdout(s, "x = 1", "");
    struct timespec pause = {.tv_nsec = 100 * 1000000};
    nanosleep(&pause, NULL);
    cr_assert_eq(mpsb_runtime_evict_idle(rt), 1);
    mpsb_result *r = exec(s, "print('x' in globals())");
    cr_assert(r->context_reset);
    cr_assert(strstr(r->reason, "idle") != NULL);
    cr_assert_str_eq(r->stdout_data, "False\n");
    mpsb_result_free(r);
}

Test(api, oversized_code_is_refused) {
    mpsb_session *s = session();
    size_t len = 1024 * 1024 + 1;
    char *code = malloc(len);
    memset(code, '#', len);
    mpsb_result *r;
    cr_assert_eq(mpsb_exec(s, code, len, NULL, &r), MPSB_E_TOO_LARGE);
    cr_assert_null(r);
    free(code);
}

/* --- Host functions -------------------------------------------------------- */

/* Echoes its arguments back, so the guest sees exactly what crossed. */
static int echo(void *userdata, const mpsb_host_call *call, char **out, size_t *out_len) {
    (void)userdata;
    if (strstr(call->args_json, "\"fail\"") != NULL) {
        *out = strdup("echo refused: told to fail");
        return MPSB_HOST_ERROR;
    }
    char *text;
    int n = asprintf(&text, "{\"actor\":\"%s\",\"call\":%s}", call->actor, call->args_json);
    cr_assert_gt(n, 0);
    *out = text;
    *out_len = (size_t)n;
    return MPSB_HOST_OK;
}

/* Returns a JSON string of the requested size. */
static int blob(void *userdata, const mpsb_host_call *call, char **out, size_t *out_len) {
    (void)userdata;
    size_t n = (size_t)atol(strchr(call->args_json, '[') + 1);
    char *text = malloc(n + 3);
    text[0] = '"';
    memset(text + 1, 'x', n);
    text[n + 1] = '"';
    text[n + 2] = '\0';
    *out = text;
    *out_len = n + 2;
    return MPSB_HOST_OK;
}

static void register_echo(void) {
    cr_assert_eq(mpsb_runtime_register_function(rt, "echo", echo, NULL), MPSB_OK);
    cr_assert_eq(mpsb_runtime_register_function(rt, "blob", blob, NULL), MPSB_OK);
}

Test(api_host, arguments_cross_as_json_and_results_come_back, .init = start, .fini = stop) {
    register_echo();
    mpsb_session *s = session();
    mpsb_session_set_actor(s, "alice");
    expect_stdout(s,
                  "r = echo(1, 'h\\u00e9', [True, None, 2.5], x={'k': (1, 2)})\n"
                  "print(r['actor'], r['call']['args'][1] == 'h\\u00e9', r['call']['args'][2],\n"
                  "      r['call']['kwargs'])",
                  "alice True [True, None, 2.5] {'x': {'k': [1, 2]}}\n");
}

Test(api_host, host_error_is_a_catchable_runtime_error, .init = start, .fini = stop) {
    register_echo();
    mpsb_session *s = session();
    expect_stdout(s,
                  "try:\n    echo('fail')\nexcept RuntimeError as e:\n    print('caught', e)",
                  "caught echo refused: told to fail\n");
}

Test(api_host, non_json_arguments_raise_type_error, .init = start, .fini = stop) {
    register_echo();
    mpsb_session *s = session();
    static const char *const cases[][2] = {
        {"echo(b'bytes')", "TypeError"},     {"echo({1: 2})", "TypeError"},
        {"echo(object())", "TypeError"},     {"echo(float('nan'))", "ValueError"},
        {"echo(10**30)", "OverflowError"},   {"a = []\nfor i in range(100): a = [a]\necho(a)", "ValueError"},
        {"echo('x' * (2 * 1024 * 1024))", "ValueError"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        mpsb_result *r = exec(s, cases[i][0]);
        cr_assert_eq(r->status, MPSB_STATUS_ERROR, "[%s] %s", cases[i][0],
                     mpsb_status_name(r->status));
        cr_assert_str_eq(r->error_type, cases[i][1], "[%s]: %s", cases[i][0], r->error_message);
        mpsb_result_free(r);
    }
    expect_stdout(s, "print(echo(1)['call']['args'])", "[1]\n"); /* still fine */
}

Test(api_host, results_over_the_cap_are_refused_clearly, .init = start, .fini = stop) {
    register_echo();
    mpsb_session *s = session();
    expect_stdout(s, "print(len(blob(1000)))", "1000\n");
    mpsb_result *r = exec(s, "blob(300000)");
    cr_assert_eq(r->status, MPSB_STATUS_ERROR);
    cr_assert_str_eq(r->error_type, "RuntimeError");
    cr_assert(strstr(r->error_message, "too large") != NULL, "%s", r->error_message);
    mpsb_result_free(r);
}

Test(api_host, lone_surrogates_do_not_cross, .init = start, .fini = stop) {
    register_echo();
    mpsb_session *s = session();
    mpsb_result *r = exec(s, "echo('\\ud800')");
    cr_assert_eq(r->status, MPSB_STATUS_ERROR);
    cr_assert_str_eq(r->error_type, "RuntimeError");
    cr_assert(strstr(r->error_message, "invalid JSON") != NULL, "%s", r->error_message);
    mpsb_result_free(r);
}

Test(api_host, host_calls_per_exec_are_bounded, .init = start, .fini = stop) {
    register_echo();
    mpsb_session *s = session();
    mpsb_result *r = exec_with(s,
                               "n = 0\ntry:\n    while True:\n        echo(n)\n        n += 1\n"
                               "except RuntimeError as e:\n    print(n, e)",
                               20000);
    cr_assert_eq(r->status, MPSB_STATUS_OK, "%s %s", mpsb_status_name(r->status),
                 r->reason ? r->reason : "");
    cr_assert_str_eq(r->stdout_data,
                     "10000 too many host calls in one execution (the limit is 10000)\n");
    mpsb_result_free(r);
}

Test(api_host, functions_registered_later_reach_running_sessions, .init = start, .fini = stop) {
    mpsb_session *s = session();
    expect_stdout(s, "print('echo' in globals())", "False\n");
    register_echo();
    expect_stdout(s, "print(echo(7)['call']['args'])", "[7]\n");
}

Test(api_host, names_are_checked, .init = start, .fini = stop) {
    cr_assert_eq(mpsb_runtime_register_function(rt, "9x", echo, NULL), MPSB_E_INVALID);
    cr_assert_eq(mpsb_runtime_register_function(rt, "has space", echo, NULL), MPSB_E_INVALID);
    cr_assert_eq(mpsb_runtime_register_function(rt, "", echo, NULL), MPSB_E_INVALID);
    cr_assert_eq(mpsb_runtime_register_function(rt, "ok", echo, NULL), MPSB_OK);
    cr_assert_eq(mpsb_runtime_register_function(rt, "ok", echo, NULL), MPSB_E_INVALID);
}

/* --- Resilience ------------------------------------------------------------ */

/* The zygote is our only child without a seccomp filter. */
static int find_zygote(void) {
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/task/%d/children", getpid(), getpid());
    FILE *f = fopen(path, "r");
    cr_assert_not_null(f);
    int pid, zygote = 0;
    while (fscanf(f, "%d", &pid) == 1) {
        if (proc_status_has(pid, "Seccomp:\t0\n")) {
            zygote = pid;
        }
    }
    fclose(f);
    return zygote;
}

Test(api_resilience, a_killed_zygote_is_replaced) {
    mpsb_config config;
    mpsb_config_default(&config);
    config.pool_size = 0;
    cr_assert_eq(mpsb_runtime_new(&config, &rt, NULL, 0), MPSB_OK);
    int zygote = find_zygote();
    cr_assert_gt(zygote, 0);
    kill(zygote, SIGKILL);
    waitpid(zygote, NULL, 0);
    mpsb_session *s = session();
    expect_stdout(s, "print('still here')", "still here\n");
    cr_assert_gt(find_zygote(), 0);
    cr_assert_neq(find_zygote(), zygote);
    mpsb_runtime_free(rt);
}

/* --- Threads --------------------------------------------------------------- */

typedef struct {
    mpsb_session *session;
    const char *code;
    int rc;
    mpsb_status status;
} exec_job;

static void *run_job(void *arg) {
    exec_job *job = arg;
    mpsb_result *r;
    job->rc = mpsb_exec(job->session, job->code, strlen(job->code), NULL, &r);
    if (job->rc == MPSB_OK) {
        job->status = r->status;
        mpsb_result_free(r);
    }
    return NULL;
}

static double seconds_since(const struct timespec *t0) {
    struct timespec t1;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    return (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

Test(api, sessions_run_in_parallel_threads) {
    mpsb_session *a = session(), *b = session();
    expect_stdout(a, "import time", "");
    expect_stdout(b, "import time", "");
    exec_job jobs[2] = {{.session = a, .code = "time.sleep(0.4)"},
                        {.session = b, .code = "time.sleep(0.4)"}};
    pthread_t threads[2];
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < 2; i++) {
        pthread_create(&threads[i], NULL, run_job, &jobs[i]);
    }
    for (int i = 0; i < 2; i++) {
        pthread_join(threads[i], NULL);
        cr_assert_eq(jobs[i].rc, MPSB_OK);
        cr_assert_eq(jobs[i].status, MPSB_STATUS_OK);
    }
    double elapsed = seconds_since(&t0);
    cr_assert(elapsed < 0.7, "two 0.4 s sleeps took %.3f s: not in parallel", elapsed);
}

Test(api, one_session_runs_one_exec_at_a_time) {
    mpsb_session *s = session();
    expect_stdout(s, "import time", "");
    exec_job job = {.session = s, .code = "time.sleep(0.4)"};
    pthread_t thread;
    pthread_create(&thread, NULL, run_job, &job);
    struct timespec pause = {.tv_nsec = 100 * 1000000};
    nanosleep(&pause, NULL);
    mpsb_result *r;
    cr_assert_eq(mpsb_exec(s, "print(1)", 8, NULL, &r), MPSB_E_BUSY);
    cr_assert_eq(mpsb_session_reset(s), MPSB_E_BUSY);
    pthread_join(thread, NULL);
    cr_assert_eq(job.rc, MPSB_OK);
    expect_stdout(s, "print(1)", "1\n");
}
