/*
 * cli_result.c — a result as the CLI shows it: plain text, JSON, and the
 * exit code.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "srv.h"

int cli_exit_code(const mpsb_result *result) {
    switch (result->status) {
    case MPSB_STATUS_OK:
        return CLI_EXIT_OK;
    case MPSB_STATUS_ERROR:
        return CLI_EXIT_GUEST_ERROR;
    case MPSB_STATUS_TIMEOUT:
    case MPSB_STATUS_FUEL_EXHAUSTED:
    case MPSB_STATUS_OUTPUT_LIMIT:
        return CLI_EXIT_LIMIT;
    case MPSB_STATUS_CRASHED:
        break;
    }
    return CLI_EXIT_CRASHED;
}

void cli_print_plain(const mpsb_result *result, const mpsb_config *config, FILE *out, FILE *err) {
    if (result->context_reset) {
        fprintf(err, "mpsandbox: %s\n", result->reason);
    }
    fwrite(result->stdout_data, 1, result->stdout_len, out);
    fflush(out);
    fwrite(result->stderr_data, 1, result->stderr_len, err);
    if (result->traceback != NULL) {
        fputs(result->traceback, err);
    }
    switch (result->status) {
    case MPSB_STATUS_TIMEOUT:
        if (result->reason != NULL && !result->context_reset) {
            fprintf(err, "mpsandbox: timeout: %s; the interpreter's state is lost\n",
                    result->reason);
        } else {
            fprintf(err, "mpsandbox: timeout: stopped after %.3f s\n", result->duration_ms / 1e3);
        }
        break;
    case MPSB_STATUS_FUEL_EXHAUSTED:
        fprintf(err, "mpsandbox: fuel exhausted: stopped after %llu steps\n",
                (unsigned long long)result->fuel_used);
        break;
    case MPSB_STATUS_OUTPUT_LIMIT:
        fprintf(err, "mpsandbox: output limit: output truncated at %zu bytes, code stopped\n",
                config->max_output);
        break;
    case MPSB_STATUS_CRASHED:
        fprintf(err, "mpsandbox: crashed: %s; the interpreter's state is lost\n",
                result->reason ? result->reason : "unknown");
        break;
    case MPSB_STATUS_OK:
    case MPSB_STATUS_ERROR:
        break;
    }
    fflush(err);
}

bool cli_print_json(const mpsb_result *result, FILE *out) {
    json_t *root = srv_result_json(result);
    if (root == NULL) {
        return false;
    }
    int rc = json_dumpf(root, out, JSON_COMPACT | JSON_REAL_PRECISION(12));
    json_decref(root);
    fputc('\n', out);
    fflush(out);
    return rc == 0;
}
