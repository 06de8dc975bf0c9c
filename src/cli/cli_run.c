/*
 * cli_run.c — `mpsandbox run`: one fresh sandbox, one piece of code.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char run_usage[] =
    "usage: mpsandbox run [options] (-c CODE | FILE | -)\n"
    "\n"
    "Runs Python code in a fresh sandbox. The code's stdout goes to stdout, its\n"
    "stderr and any traceback to stderr; with --json, one JSON object instead:\n"
    "  {\"status\", \"stdout\", \"stderr\", \"error\", \"stdout_truncated\",\n"
    "   \"stderr_truncated\", \"fuel_used\", \"duration_ms\", \"context_reset\",\n"
    "   \"reason\"}\n"
    "status is ok, error, timeout, fuel_exhausted, output_limit or crashed.\n"
    "\n"
    "options:\n"
    "  -c CODE             run CODE\n"
    "  FILE                run the code in FILE; - reads it from stdin\n"
    "  --json              print the result as one JSON object\n"
    "%s"
    "  -h, --help          show this help\n"
    "  --version           show the version\n"
    "\n"
    "exit codes: 0 ok, 1 the code raised, 2 usage error, 3 a limit stopped the\n"
    "code, 4 the sandbox crashed or was killed\n";

/* Reads all of f, refusing more than CLI_MAX_CODE bytes. */
static char *read_code(const char *name, FILE *f, size_t *len) {
    char *buf = malloc(CLI_MAX_CODE + 1);
    if (buf == NULL) {
        cli_error("run", "out of memory");
        return NULL;
    }
    size_t n = fread(buf, 1, CLI_MAX_CODE + 1, f);
    if (ferror(f)) {
        cli_error("run", "cannot read %s: %s", name, strerror(errno));
        free(buf);
        return NULL;
    }
    if (n > CLI_MAX_CODE) {
        cli_error("run", "%s: code is larger than %zu bytes", name, CLI_MAX_CODE);
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static char *load_code(const char *inline_code, const char *path, size_t *len) {
    if (inline_code != NULL) {
        *len = strlen(inline_code);
        if (*len > CLI_MAX_CODE) {
            cli_error("run", "-c: code is larger than %zu bytes", CLI_MAX_CODE);
            return NULL;
        }
        return strdup(inline_code);
    }
    if (strcmp(path, "-") == 0) {
        return read_code("stdin", stdin, len);
    }
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        cli_error("run", "cannot open %s: %s", path, strerror(errno));
        return NULL;
    }
    char *code = read_code(path, f, len);
    fclose(f);
    return code;
}

typedef struct {
    const char *inline_code;
    const char *path;
    bool json;
} run_request;

/* Parses run's arguments into settings and request. Returns CLI_CONTINUE,
 * or the exit code to return. */
static int parse(int argc, char **argv, cli_settings *settings, run_request *request) {
    static const struct option options[] = {
        {"json", no_argument, NULL, 'j'},
        CLI_SHARED_OPTIONS,
        {NULL, 0, NULL, 0},
    };
    int opt;
    opterr = 0;
    while ((opt = getopt_long(argc, argv, ":c:h", options, NULL)) != -1) {
        if (opt == 'c') {
            request->inline_code = optarg;
        } else if (opt == 'j') {
            request->json = true;
        } else {
            int rc = cli_shared_option("run", run_usage, opt, settings, argv);
            if (rc != CLI_CONTINUE) {
                return rc;
            }
        }
    }
    int files = argc - optind;
    if ((request->inline_code != NULL) == (files == 1) || files > 1) {
        cli_error("run", "give exactly one of -c CODE, FILE or - (see mpsandbox run --help)");
        return CLI_EXIT_USAGE;
    }
    request->path = files ? argv[optind] : NULL;
    return CLI_CONTINUE;
}

static int run(cli_settings *settings, const run_request *request) {
    size_t len;
    char *code = load_code(request->inline_code, request->path, &len);
    if (code == NULL) {
        return CLI_EXIT_USAGE;
    }
    mpsb_runtime *rt;
    mpsb_session *session;
    if (!cli_open_session("run", settings, &rt, &session)) {
        free(code);
        return CLI_EXIT_CRASHED;
    }
    mpsb_result *result = cli_exec("run", session, code, len, false);
    free(code);
    int rc = CLI_EXIT_CRASHED;
    if (result != NULL) {
        rc = cli_exit_code(result);
        if (request->json) {
            if (!cli_print_json(result, stdout)) {
                cli_error("run", "out of memory while printing the result");
                rc = CLI_EXIT_CRASHED;
            }
        } else {
            cli_print_plain(result, &settings->config, stdout, stderr);
        }
        mpsb_result_free(result);
    }
    mpsb_runtime_free(rt);
    return rc;
}

int cli_run(int argc, char **argv) {
    cli_settings settings;
    if (!cli_settings_init(&settings)) {
        cli_error("run", "out of memory");
        return CLI_EXIT_CRASHED;
    }
    settings.config.pool_size = 0; /* one sandbox, no spares */
    run_request request = {0};
    int rc = parse(argc, argv, &settings, &request);
    if (rc == CLI_CONTINUE) {
        rc = run(&settings, &request);
    }
    cli_settings_free(&settings);
    return rc;
}
