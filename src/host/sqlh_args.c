/*
 * sqlh_args.c — matching {"args": [...], "kwargs": {...}} to a signature.
 *
 * The bridge passes a guest call through unchanged, so this does what Python
 * would do with def f(database, sql, params=None): positional arguments fill
 * parameters in order, keywords fill them by name, and too many, unknown,
 * repeated or missing arguments are refused with Python's wording plus the
 * usage, because a model reading the RuntimeError should see how to call the
 * function. Only the top level is examined here; values are checked by the
 * caller (params must hold scalars only, so nothing walks nested data).
 *
 * jansson parses with JSON_ALLOW_NUL (a Python str may hold "\0"); its
 * parser bounds nesting at JSON_PARSER_MAX_DEPTH, so hostile nesting cannot
 * exhaust the stack.
 */
#include <stdlib.h>
#include <string.h>

#include "sqlh_internal.h"

static char *sqlh_quoted(const char *s, size_t n) {
    return sqlh_clip(s, n, SQLH_MAX_QUOTED_BYTES);
}

/* A word for the JSON type a guest value arrived as, in Python terms. */
static const char *sqlh_python_type(const json_t *v) {
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "a dict";
    case JSON_ARRAY: return "a list";
    case JSON_STRING: return "a str";
    case JSON_INTEGER: return "an int";
    case JSON_REAL: return "a float";
    case JSON_TRUE:
    case JSON_FALSE: return "a bool";
    case JSON_NULL: return "None";
    }
    return "a value";
}

int sqlh_string_arg(const sqlh_signature *sig, size_t index, json_t *value, const char **s,
                    size_t *n, char **message) {
    if (!json_is_string(value)) {
        *message = sqlh_format("%s(): %s must be a string, not %s", sig->function,
                               sig->params[index].name, sqlh_python_type(value));
        return *message == NULL ? SQLH_NOMEM : SQLH_ARG_ERROR;
    }
    *s = json_string_value(value);
    *n = json_string_length(value);
    return SQLH_OK;
}

static int sqlh_args_fail(char **message, char *text) {
    *message = text;
    return text == NULL ? SQLH_NOMEM : SQLH_ARG_ERROR;
}

int sqlh_parse_args(const sqlh_signature *sig, const char *args_json, size_t args_len,
                    json_t **root, json_t *values[SQLH_ARGS_MAX], char **message) {
    *root = NULL;
    *message = NULL;
    for (size_t i = 0; i < SQLH_ARGS_MAX; i++) {
        values[i] = NULL;
    }
    if (args_json == NULL) {
        args_json = "{}";
        args_len = 2;
    }
    json_error_t jerr;
    json_t *doc = json_loadb(args_json, args_len, JSON_ALLOW_NUL, &jerr);
    if (doc == NULL) {
        /* jansson refuses integers past long long and reals past double;
         * Python has no such limit, so tell the guest what SQLite takes. */
        if (strstr(jerr.text, "too big") != NULL || strstr(jerr.text, "overflow") != NULL) {
            *message = sqlh_format("%s(): numbers must fit in a 64-bit integer "
                                   "(-9223372036854775808 to 9223372036854775807) or a "
                                   "finite float",
                                   sig->function);
            return *message == NULL ? SQLH_NOMEM : SQLH_ARGS_OUT_OF_RANGE;
        }
        if (strstr(jerr.text, "out of memory") != NULL) {
            return SQLH_NOMEM;
        }
        return sqlh_args_fail(message, sqlh_format("%s(): arguments are not valid JSON: %s",
                                                   sig->function, jerr.text));
    }
    json_t *args = json_is_object(doc) ? json_object_get(doc, "args") : NULL;
    json_t *kwargs = json_is_object(doc) ? json_object_get(doc, "kwargs") : NULL;
    if (!json_is_object(doc) || (args != NULL && !json_is_array(args)) ||
        (kwargs != NULL && !json_is_object(kwargs))) {
        json_decref(doc);
        return sqlh_args_fail(message,
                              sqlh_format("%s(): arguments must be a JSON object "
                                          "{\"args\": [...], \"kwargs\": {...}}",
                                          sig->function));
    }
    size_t positional = args == NULL ? 0 : json_array_size(args);
    if (positional > sig->count) {
        json_decref(doc);
        return sqlh_args_fail(message, sqlh_format("%s() %s (%zu given)", sig->function,
                                                   sig->usage, positional));
    }
    for (size_t i = 0; i < positional; i++) {
        values[i] = json_array_get(args, i);
    }
    const char *key;
    json_t *value;
    json_object_foreach(kwargs, key, value) {
        size_t i = 0;
        while (i < sig->count && strcmp(sig->params[i].name, key) != 0) {
            i++;
        }
        if (i == sig->count) {
            char *quoted = sqlh_quoted(key, strlen(key));
            char *text = quoted == NULL ? NULL
                                        : sqlh_format("%s() got an unexpected keyword argument "
                                                      "'%s'; it %s",
                                                      sig->function, quoted, sig->usage);
            free(quoted);
            json_decref(doc);
            return sqlh_args_fail(message, text);
        }
        if (values[i] != NULL) {
            json_decref(doc);
            return sqlh_args_fail(message,
                                  sqlh_format("%s() got multiple values for argument '%s'",
                                              sig->function, sig->params[i].name));
        }
        values[i] = value;
    }
    for (size_t i = 0; i < sig->count; i++) {
        if (sig->params[i].required && values[i] == NULL) {
            json_decref(doc);
            return sqlh_args_fail(message,
                                  sqlh_format("%s() missing required argument '%s'; it %s",
                                              sig->function, sig->params[i].name, sig->usage));
        }
    }
    *root = doc;
    return SQLH_OK;
}
