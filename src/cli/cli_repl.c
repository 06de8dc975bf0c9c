/*
 * cli_repl.c — `mpsandbox repl`: one persistent interpreter at a prompt.
 *
 * Lines are gathered into a statement the way Python's prompt does it: a
 * line that opens a block or leaves a bracket open asks for more, and a
 * block ends at an empty line. Each statement runs with the full limits;
 * a limit stop keeps the state. Bare expressions print their value.
 *
 * On a terminal there is a banner and ">>> " / "... " prompts (on stdout);
 * with stdin from a pipe or file there are none, so the output is exactly
 * what the code printed and the REPL can be scripted.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char repl_usage[] =
    "usage: mpsandbox repl [options]\n"
    "\n"
    "A persistent Python interpreter in one sandbox: variables, functions and\n"
    "imports stay between inputs. Reads stdin, so it can be scripted:\n"
    "  printf 'x = 41\\nx + 1\\n' | mpsandbox repl\n"
    "A block ends with an empty line. End with Ctrl-D.\n"
    "\n"
    "options:\n"
    "%s"
    "  -h, --help          show this help\n"
    "  --version           show the version\n";

typedef struct {
    char *data;
    size_t len;
} statement;

/* Appends a line (without its newline) to the statement being gathered,
 * joining lines with '\n' as MicroPython's own prompt does: an empty last
 * line then shows as a trailing '\n', which ends a block. False if the
 * statement would grow past the code size cap. */
static bool statement_add(statement *st, const char *line, size_t len) {
    size_t sep = st->len > 0 ? 1 : 0;
    if (st->len + sep + len > CLI_MAX_CODE) {
        return false;
    }
    if (sep) {
        st->data[st->len++] = '\n';
    }
    memcpy(st->data + st->len, line, len);
    st->len += len;
    st->data[st->len] = '\0';
    return true;
}

static void run_statement(statement *st, mpsb_session *session, const mpsb_config *config) {
    mpsb_result *result = cli_exec("repl", session, st->data, st->len, true);
    if (result != NULL) {
        cli_print_plain(result, config, stdout, stderr);
        mpsb_result_free(result);
    }
    st->len = 0;
    st->data[0] = '\0';
}

static int parse(int argc, char **argv, cli_settings *settings) {
    static const struct option options[] = {CLI_SHARED_OPTIONS, {NULL, 0, NULL, 0}};
    int opt;
    opterr = 0;
    while ((opt = getopt_long(argc, argv, ":h", options, NULL)) != -1) {
        int rc = cli_shared_option("repl", repl_usage, opt, settings, argv);
        if (rc != CLI_CONTINUE) {
            return rc;
        }
    }
    if (optind < argc) {
        cli_error("repl", "unexpected argument '%s' (see mpsandbox repl --help)", argv[optind]);
        return CLI_EXIT_USAGE;
    }
    return CLI_CONTINUE;
}

static int serve(cli_settings *settings) {
    statement st = {.data = malloc(CLI_MAX_CODE + 1), .len = 0};
    mpsb_runtime *rt;
    mpsb_session *session;
    if (st.data == NULL || !cli_open_session("repl", settings, &rt, &session)) {
        free(st.data);
        return CLI_EXIT_CRASHED;
    }
    const mpsb_config *config = &settings->config;
    st.data[0] = '\0';
    bool tty = isatty(STDIN_FILENO);
    if (tty) {
        printf("mpsandbox %s: MicroPython in a sandbox. Ctrl-D to exit.\n", CLI_VERSION);
    }

    char *line = NULL;
    size_t line_cap = 0;
    for (;;) {
        if (tty) {
            fputs(st.len == 0 ? ">>> " : "... ", stdout);
            fflush(stdout);
        }
        ssize_t n = getline(&line, &line_cap, stdin);
        if (n < 0) {
            break;
        }
        size_t len = (size_t)n;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) {
            len--;
        }
        bool blank = strspn(line, " \t") >= len;
        if (st.len == 0 && blank) {
            continue;
        }
        if (!statement_add(&st, line, blank ? 0 : len)) {
            cli_error("repl", "statement is larger than %zu bytes; discarded", CLI_MAX_CODE);
            st.len = 0;
            continue;
        }
        if (mpsb_needs_more_input(st.data)) {
            continue;
        }
        run_statement(&st, session, config);
    }
    if (st.len > 0) {
        run_statement(&st, session, config);
    }
    if (tty) {
        fputc('\n', stdout);
    }
    free(line);
    free(st.data);
    mpsb_runtime_free(rt);
    return CLI_EXIT_OK;
}

int cli_repl(int argc, char **argv) {
    cli_settings settings;
    if (!cli_settings_init(&settings)) {
        cli_error("repl", "out of memory");
        return CLI_EXIT_CRASHED;
    }
    settings.config.pool_size = 1; /* a spare for after a crash */
    int rc = parse(argc, argv, &settings);
    if (rc == CLI_CONTINUE) {
        rc = serve(&settings);
    }
    cli_settings_free(&settings);
    return rc;
}
