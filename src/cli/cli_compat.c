/*
 * cli_compat.c — `mpsandbox compat`: the command line MicroPython's own test
 * suite (tests/run-tests.py) expects of a `micropython` binary, so that suite
 * runs against exactly the engine we ship.
 *
 *   mpsandbox compat [-X OPTION]... [FILE]
 *
 * -X options (emit=, heapsize=, realtime) are accepted and ignored; FILE is
 * run with the engine's limits (larger than `run`'s: the suite has slow
 * stress tests); stdout and stderr are passed through, an uncaught exception
 * prints its traceback to stderr and exits 1, and SystemExit's code is the
 * exit code. Without FILE it prints a banner and exits, which is all the
 * suite's REPL probes need.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define COMPAT_TIMEOUT_MS 60000
#define COMPAT_MAX_OUTPUT ((size_t)64 * 1024 * 1024)

int cli_compat(int argc, char **argv) {
    int i = 1;
    while (i < argc && strcmp(argv[i], "-X") == 0 && i + 1 < argc) {
        i += 2;
    }
    if (i == argc) {
        printf("MicroPython (mpsandbox %s compat)\n", CLI_VERSION);
        return CLI_EXIT_OK;
    }
    if (i + 1 != argc || argv[i][0] == '-') {
        cli_error("compat", "usage: mpsandbox compat [-X OPTION]... [FILE]");
        return CLI_EXIT_USAGE;
    }

    FILE *f = fopen(argv[i], "rb");
    if (f == NULL) {
        cli_error("compat", "cannot open %s: %s", argv[i], strerror(errno));
        return CLI_EXIT_USAGE;
    }
    char *code = malloc(CLI_MAX_CODE + 1);
    size_t len = code ? fread(code, 1, CLI_MAX_CODE + 1, f) : 0;
    fclose(f);
    if (code == NULL || len > CLI_MAX_CODE) {
        cli_error("compat", "%s: cannot load (over %zu bytes?)", argv[i], CLI_MAX_CODE);
        free(code);
        return CLI_EXIT_USAGE;
    }

    cli_settings settings;
    if (!cli_settings_init(&settings)) {
        cli_error("compat", "out of memory");
        free(code);
        return CLI_EXIT_CRASHED;
    }
    mpsb_config *config = &settings.config;
    config->pool_size = 0;
    config->fuel = UINT64_MAX;
    config->timeout_ms = COMPAT_TIMEOUT_MS;
    config->max_output = COMPAT_MAX_OUTPUT;
    mpsb_runtime *rt;
    mpsb_session *session;
    if (!cli_open_session("compat", &settings, &rt, &session)) {
        free(code);
        cli_settings_free(&settings);
        return CLI_EXIT_CRASHED;
    }
    mpsb_result *result = cli_exec("compat", session, code, len, false);
    free(code);
    int rc = CLI_EXIT_CRASHED;
    if (result != NULL) {
        cli_print_plain(result, config, stdout, stderr);
        rc = result->status == MPSB_STATUS_ERROR || result->exit_code != 0 ? result->exit_code
                                                                           : cli_exit_code(result);
        mpsb_result_free(result);
    }
    mpsb_runtime_free(rt);
    cli_settings_free(&settings);
    return rc;
}
