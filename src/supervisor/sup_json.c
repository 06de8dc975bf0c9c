/*
 * sup_json.c — the supervisor's check of JSON that crosses the boundary:
 * host-call arguments from a worker (hostile) and results from host
 * functions (bounded before they reach the guest).
 *
 * jansson does the parsing, and it accepts strict RFC 8259 JSON only: invalid
 * UTF-8, lone surrogate escapes, NaN and Infinity, and trailing garbage are
 * all rejected. On top we bound the size and the nesting depth before
 * parsing (a linear scan of the text: no tree walk, no recursion), and
 * reject duplicate keys, which could make two readers of one message
 * disagree.
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "sup.h"

/* Whether [ and { nest at most max deep. Exact for valid JSON; for invalid
 * JSON the answer does not matter, since the parser rejects it. */
static bool depth_within(const uint8_t *s, size_t len, size_t max) {
    size_t depth = 0;
    bool in_string = false;
    for (size_t i = 0; i < len; i++) {
        uint8_t c = s[i];
        if (in_string) {
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max) {
                return false;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            depth--;
        }
    }
    return true;
}

json_t *sup_json_parse(const uint8_t *text, size_t len, size_t max_len, char *err,
                       size_t err_size) {
    if (len > max_len) {
        snprintf(err, err_size, "%zu bytes of JSON; the limit is %zu", len, max_len);
        return NULL;
    }
    if (!depth_within(text, len, SUP_JSON_MAX_DEPTH)) {
        snprintf(err, err_size, "JSON nested deeper than %d levels", SUP_JSON_MAX_DEPTH);
        return NULL;
    }
    json_error_t error;
    json_t *v = json_loadb((const char *)text, len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY,
                           &error);
    if (v == NULL) {
        snprintf(err, err_size, "invalid JSON: %s", error.text);
    }
    return v;
}

int sup_json_check_args(const uint8_t *text, size_t len, char *err, size_t err_size) {
    json_t *v = sup_json_parse(text, len, SUP_JSON_MAX_ARGS, err, err_size);
    if (v == NULL) {
        return -1;
    }
    bool shaped = json_is_object(v) && json_object_size(v) == 2 &&
                  json_is_array(json_object_get(v, "args")) &&
                  json_is_object(json_object_get(v, "kwargs"));
    json_decref(v);
    if (!shaped) {
        snprintf(err, err_size, "arguments are not {\"args\": [...], \"kwargs\": {...}}");
        return -1;
    }
    return 0;
}
