/*
 * srv.h — what the interfaces share (prefix srv_): the result object every
 * interface returns (CLI --json, HTTP, MCP structuredContent), and the HTML
 * rendering of a run for show_result.
 */
#ifndef MPSB_SRV_H
#define MPSB_SRV_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "mpsandbox.h"

/* A JSON string of untrusted bytes: invalid UTF-8 becomes U+FFFD, NULs
 * stay. NULL data gives null. Returns a new reference, or NULL if out of
 * memory. */
json_t *srv_json_text(const char *data, size_t len);

/* {"status", "stdout", "stderr", "error": null | {"type", "message",
 * "traceback"}, "stdout_truncated", "stderr_truncated", "fuel_used",
 * "duration_ms", "context_reset", "reason"}. Guest bytes that are not UTF-8
 * become U+FFFD. Returns a new reference, or NULL if out of memory. */
json_t *srv_result_json(const mpsb_result *r);

/* An HTML fragment showing the code, then stdout, stderr and the error, for
 * a person to read. Every byte of code and output is escaped: guest output
 * can never become markup. Returns a malloc'd string, or NULL. */
char *srv_result_html(const char *code, size_t code_len, const mpsb_result *r);

#endif
