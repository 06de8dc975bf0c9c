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

#define COMPAT_TIMEOUT_NS (60ull * 1000000000ull)
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

    cli_limits limits;
    cli_limits_default(&limits);
    limits.fuel = 0;
    limits.timeout_ns = COMPAT_TIMEOUT_NS;
    limits.max_output = COMPAT_MAX_OUTPUT;
    if (!cli_open_vm("compat", &limits)) {
        free(code);
        return CLI_EXIT_CRASHED;
    }
    vm_result result;
    cli_guarded_exec(code, len, false, &limits, false, &result);
    free(code);
    cli_print_plain(&result, &limits, stdout, stderr);
    int rc = result.status == VM_STATUS_ERROR || result.exit_code != 0 ? result.exit_code
                                                                       : cli_exit_code(&result);
    vm_close();
    return rc;
}
