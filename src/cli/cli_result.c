/*
 * cli_result.c — a vm_result as the CLI shows it: plain text, JSON, and the
 * exit code.
 */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>

#include "cli.h"
#include "utf8.h"

int cli_exit_code(const vm_result *result) {
    switch (result->status) {
    case VM_STATUS_OK:
        return CLI_EXIT_OK;
    case VM_STATUS_ERROR:
        return CLI_EXIT_GUEST_ERROR;
    case VM_STATUS_TIMEOUT:
    case VM_STATUS_FUEL_EXHAUSTED:
    case VM_STATUS_OUTPUT_LIMIT:
        return CLI_EXIT_LIMIT;
    }
    return CLI_EXIT_CRASHED;
}

static double duration_ms(const vm_result *result) {
    return round((double)result->duration_ns / 1e3) / 1e3;
}

void cli_print_plain(const vm_result *result, const cli_limits *limits, FILE *out, FILE *err) {
    fwrite(result->out.data, 1, result->out.len, out);
    fflush(out);
    fwrite(result->err.data, 1, result->err.len, err);
    if (result->error_type != NULL) {
        fwrite(result->traceback.data, 1, result->traceback.len, err);
    }
    switch (result->status) {
    case VM_STATUS_TIMEOUT:
        fprintf(err, "mpsandbox: timeout: stopped after %.3f s\n", duration_ms(result) / 1e3);
        break;
    case VM_STATUS_FUEL_EXHAUSTED:
        fprintf(err, "mpsandbox: fuel exhausted: stopped after %llu steps\n",
                (unsigned long long)result->fuel_used);
        break;
    case VM_STATUS_OUTPUT_LIMIT:
        fprintf(err, "mpsandbox: output limit: output truncated at %zu bytes, code stopped\n",
                limits->max_output);
        break;
    case VM_STATUS_OK:
    case VM_STATUS_ERROR:
        break;
    }
    fflush(err);
}

/* A JSON string of untrusted bytes; NULL if out of memory. */
static json_t *json_text(const char *data, size_t len) {
    size_t clean_len;
    char *clean = utf8_sanitize(data, len, &clean_len);
    if (clean == NULL) {
        return NULL;
    }
    json_t *s = json_stringn_nocheck(clean, clean_len);
    free(clean);
    return s;
}

static json_t *json_error(const vm_result *result) {
    if (result->error_type == NULL) {
        return json_null();
    }
    return json_pack("{s:s, s:o, s:o}", "type", result->error_type, "message",
                     json_text(result->error_message.data, result->error_message.len),
                     "traceback", json_text(result->traceback.data, result->traceback.len));
}

bool cli_print_json(const vm_result *result, FILE *out) {
    return cli_print_json_status(result, vm_status_name(result->status), out);
}

bool cli_print_json_status(const vm_result *result, const char *status, FILE *out) {
    /* json_pack steals each "o" reference and fails the whole pack on a NULL,
     * so an allocation failure anywhere yields NULL here. */
    json_t *root = json_pack(
        "{s:s, s:o, s:o, s:o, s:b, s:b, s:I, s:f}", "status", status,
        "stdout", json_text(result->out.data, result->out.len), "stderr",
        json_text(result->err.data, result->err.len), "error", json_error(result),
        "stdout_truncated", result->out.truncated, "stderr_truncated", result->err.truncated,
        "fuel_used", (json_int_t)result->fuel_used, "duration_ms", duration_ms(result));
    if (root == NULL) {
        return false;
    }
    int rc = json_dumpf(root, out, JSON_COMPACT | JSON_REAL_PRECISION(12));
    json_decref(root);
    fputc('\n', out);
    fflush(out);
    return rc == 0;
}
