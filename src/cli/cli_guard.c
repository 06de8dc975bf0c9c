/*
 * cli_guard.c — last-resort limits for code run in this process.
 *
 * The engine stops bytecode at the deadline by itself, but a single C
 * operation (10**10**8, a backtracking regex) never returns to the bytecode
 * loop, and MicroPython 1.25 has memory-safety bugs plain Python reaches
 * (a deeply nested list compared with ==, pow(1, 2, 0)). Until every
 * interpreter runs in a worker that a supervisor can kill (DESIGN.md), the
 * CLI guards each execution: a timer fires a grace period after the deadline,
 * and handlers catch fatal signals (on their own stack, so a stack overflow
 * is caught too). Both print a result prepared before the code ran, because
 * nothing but write() and _exit() is safe in a signal handler, and end the
 * process. The interpreter's state, and the output it captured, are lost.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#include "cli.h"

#define GRACE_NS 250000000ull

static const struct {
    int number;
    const char *name;
} fatal_signals[] = {
    {SIGSEGV, "SIGSEGV"}, {SIGBUS, "SIGBUS"}, {SIGFPE, "SIGFPE"},
    {SIGILL, "SIGILL"},   {SIGABRT, "SIGABRT"},
};
#define N_FATAL (sizeof fatal_signals / sizeof *fatal_signals)

typedef struct {
    char *text;
    size_t len;
    int fd;
} prepared;

static prepared on_timeout;
static prepared on_fatal[N_FATAL];

static void emit(const prepared *p) {
    size_t done = 0;
    while (p->text != NULL && done < p->len) {
        ssize_t n = write(p->fd, p->text + done, p->len - done);
        if (n <= 0) {
            break;
        }
        done += (size_t)n;
    }
}

static void timeout_handler(int sig) {
    (void)sig;
    emit(&on_timeout);
    _exit(CLI_EXIT_LIMIT);
}

static void fatal_handler(int sig) {
    for (size_t i = 0; i < N_FATAL; i++) {
        if (fatal_signals[i].number == sig) {
            emit(&on_fatal[i]);
        }
    }
    _exit(CLI_EXIT_CRASHED);
}

/* Renders what the user sees if the guard fires: the JSON object, or a line
 * on stderr. */
static void prepare(prepared *p, bool json, const char *status, const char *note,
                    uint64_t duration_ns) {
    free(p->text);
    p->text = NULL;
    if (!json) {
        p->text = strdup(note);
        p->len = p->text ? strlen(p->text) : 0;
        p->fd = STDERR_FILENO;
        return;
    }
    vm_result r = {.err = {.data = note, .len = strlen(note)}, .duration_ns = duration_ns};
    FILE *f = open_memstream(&p->text, &p->len);
    if (f != NULL) {
        cli_print_json_status(&r, status, f);
        fclose(f);
    }
    p->fd = STDOUT_FILENO;
}

static void install_handlers(void) {
    static bool installed;
    if (installed) {
        return;
    }
    installed = true;
    /* The fatal handlers run on their own stack: a stack overflow leaves no
     * room on the normal one. */
    stack_t alt = {.ss_sp = malloc(SIGSTKSZ * 4), .ss_size = SIGSTKSZ * 4};
    if (alt.ss_sp != NULL) {
        sigaltstack(&alt, NULL);
    }
    struct sigaction sa = {.sa_handler = fatal_handler, .sa_flags = SA_ONSTACK | SA_RESETHAND};
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < N_FATAL; i++) {
        sigaction(fatal_signals[i].number, &sa, NULL);
    }
    sa.sa_handler = timeout_handler;
    sa.sa_flags = 0;
    sigaction(SIGALRM, &sa, NULL);
}

static void set_timer(uint64_t ns) {
    struct itimerval t = {
        .it_value = {.tv_sec = (time_t)(ns / 1000000000u),
                     .tv_usec = (suseconds_t)(ns % 1000000000u / 1000u)},
    };
    setitimer(ITIMER_REAL, &t, NULL);
}

void cli_guarded_exec(const char *src, size_t len, bool interactive, const cli_limits *limits,
                      bool json, vm_result *result) {
    static bool prepared_as_json;
    static bool ready;
    if (!ready || prepared_as_json != json) {
        prepare(&on_timeout, json, "timeout",
                "mpsandbox: timeout: a single operation ran past the deadline; the "
                "interpreter was stopped and its state and output are lost\n",
                limits->timeout_ns + GRACE_NS);
        for (size_t i = 0; i < N_FATAL; i++) {
            char note[160];
            snprintf(note, sizeof note,
                     "mpsandbox: crashed: the interpreter died of %s; its state and output "
                     "are lost\n",
                     fatal_signals[i].name);
            prepare(&on_fatal[i], json, "crashed", note, 0);
        }
        install_handlers();
        prepared_as_json = json;
        ready = true;
    }

    vm_limits vl = cli_vm_limits(limits);
    if (limits->timeout_ns != 0) {
        set_timer(limits->timeout_ns + GRACE_NS);
    }
    if (interactive) {
        vm_exec_interactive(src, len, &vl, result);
    } else {
        vm_exec(src, len, &vl, result);
    }
    set_timer(0);
}
