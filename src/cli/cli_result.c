/*
 * cli_result.c — a result as the CLI shows it: plain text, JSON, and the
 * exit code.
 */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "utf8.h"

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

/* A JSON string of untrusted bytes (NULL → null); NULL if out of memory. */
static json_t *json_text(const char *data, size_t len) {
    if (data == NULL) {
        return json_null();
    }
    size_t clean_len;
    char *clean = utf8_sanitize(data, len, &clean_len);
    if (clean == NULL) {
        return NULL;
    }
    json_t *s = json_stringn_nocheck(clean, clean_len);
    free(clean);
    return s;
}

static json_t *json_cstr(const char *s) {
    return json_text(s, s ? strlen(s) : 0);
}

static json_t *json_error(const mpsb_result *result) {
    if (result->error_type == NULL) {
        return json_null();
    }
    return json_pack("{s:o, s:o, s:o}", "type", json_cstr(result->error_type), "message",
                     json_cstr(result->error_message), "traceback", json_cstr(result->traceback));
}

bool cli_print_json(const mpsb_result *result, FILE *out) {
    /* json_pack steals each "o" reference and fails the whole pack on a NULL,
     * so an allocation failure anywhere yields NULL here. */
    json_t *root = json_pack(
        "{s:s, s:o, s:o, s:o, s:b, s:b, s:I, s:f, s:b, s:o}", "status",
        mpsb_status_name(result->status), "stdout",
        json_text(result->stdout_data, result->stdout_len), "stderr",
        json_text(result->stderr_data, result->stderr_len), "error", json_error(result),
        "stdout_truncated", result->stdout_truncated, "stderr_truncated",
        result->stderr_truncated, "fuel_used", (json_int_t)result->fuel_used, "duration_ms",
        round(result->duration_ms * 1e3) / 1e3, "context_reset", result->context_reset,
        "reason", json_cstr(result->reason));
    if (root == NULL) {
        return false;
    }
    int rc = json_dumpf(root, out, JSON_COMPACT | JSON_REAL_PRECISION(12));
    json_decref(root);
    fputc('\n', out);
    fflush(out);
    return rc == 0;
}
