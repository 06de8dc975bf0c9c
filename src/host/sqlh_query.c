/*
 * sqlh_query.c — read_only_sql_query(database, sql, params=None).
 *
 * The order of checks follows what a model needs to hear first: bad
 * arguments (a RuntimeError, it called the function wrong), then an unknown
 * or forbidden database, then anything about the SQL (all as {"error": ...}
 * data, so the model can fix the query and retry).
 *
 * The statement must be exactly one (the unparsed tail may hold only
 * whitespace, comments and semicolons; anything else would be a second
 * statement that sqlite3_prepare_v2 silently ignored) and
 * sqlite3_stmt_readonly must hold; this catches VACUUM, which the
 * authorizer is never asked about.
 *
 * Results are written row by row straight into the output buffer. Before a
 * row is kept, the buffer plus the longest possible closing text must fit in
 * max_bytes; a row that does not fit is rolled back and the result is marked
 * truncated. Values are refused by their raw size before they are formatted,
 * so one 4 MiB blob is never base64-encoded just to be thrown away. After
 * max_rows rows one more step tells whether anything was left out.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sqlh_internal.h"

static const sqlh_param sqlh_query_params[] = {
    {"database", true},
    {"sql", true},
    {"params", false},
};
static const sqlh_signature sqlh_query_signature = {
    "read_only_sql_query", "takes database, sql and optional params", sqlh_query_params, 3};

/* The closing text after the rows; the "false" one is the longer. */
static const char sqlh_tail_done[] = "],\"truncated\":false}";
static const char sqlh_tail_truncated[] = "],\"truncated\":true}";

/* Whether s[0..n) is only whitespace, comments and semicolons. */
static bool sqlh_only_trivia(const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
            c == '\v') {
            i++;
        } else if (c == '-' && i + 1 < n && s[i + 1] == '-') {
            const char *end = memchr(s + i, '\n', n - i);
            i = end == NULL ? n : (size_t)(end - s) + 1;
        } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
            /* SQLite ends an unterminated block comment at the end of input */
            size_t j = i + 2;
            while (j + 1 < n && !(s[j] == '*' && s[j + 1] == '/')) {
                j++;
            }
            i = j + 1 < n ? j + 2 : n;
        } else {
            return false;
        }
    }
    return true;
}

static const char *sqlh_plural(size_t n, const char *one, const char *many) {
    return n == 1 ? one : many;
}

/* Binds one JSON scalar. label names the parameter in messages. Returns
 * SQLH_OK, 1 with *message, or SQLH_NOMEM. */
static int sqlh_bind_one(sqlite3_stmt *stmt, int index, json_t *value, const char *label,
                         char **message) {
    int rc;
    switch (json_typeof(value)) {
    case JSON_NULL: rc = sqlite3_bind_null(stmt, index); break;
    case JSON_TRUE: rc = sqlite3_bind_int(stmt, index, 1); break;
    case JSON_FALSE: rc = sqlite3_bind_int(stmt, index, 0); break;
    case JSON_INTEGER: rc = sqlite3_bind_int64(stmt, index, json_integer_value(value)); break;
    case JSON_REAL: rc = sqlite3_bind_double(stmt, index, json_real_value(value)); break;
    case JSON_STRING:
        /* With its length: a Python str may contain NUL. The JSON document
         * outlives the statement, so SQLite need not copy. */
        rc = sqlite3_bind_text64(stmt, index, json_string_value(value),
                                 json_string_length(value), SQLITE_STATIC, SQLITE_UTF8);
        if (rc == SQLITE_TOOBIG) {
            *message = sqlh_format("parameter %s is too long (%zu bytes; at most %zu)", label,
                                   json_string_length(value), SQLH_MAX_VALUE_BYTES);
            return *message == NULL ? SQLH_NOMEM : 1;
        }
        break;
    default:
        *message = sqlh_format("parameter values must be null, numbers, strings or booleans "
                               "(%s is %s)",
                               label, json_is_array(value) ? "a list" : "a dict");
        return *message == NULL ? SQLH_NOMEM : 1;
    }
    if (rc != SQLITE_OK) {
        return SQLH_NOMEM;
    }
    return SQLH_OK;
}

/* Binds params (NULL for none) to every parameter of stmt. */
static int sqlh_bind(sqlite3_stmt *stmt, json_t *params, char **message) {
    int count = sqlite3_bind_parameter_count(stmt);
    size_t needed = (size_t)(count < 0 ? 0 : count);
    if (params == NULL || json_is_null(params)) {
        if (needed == 0) {
            return SQLH_OK;
        }
        const char *name = sqlite3_bind_parameter_name(stmt, 1);
        if (name != NULL && name[0] != '?') {
            *message = sqlh_format("missing parameter %s (pass params={\"%s\": ...})", name,
                                   name + 1);
        } else {
            *message = sqlh_format("the query has %zu %s but no params were given", needed,
                                   sqlh_plural(needed, "parameter", "parameters"));
        }
        return *message == NULL ? SQLH_NOMEM : 1;
    }
    if (json_is_array(params)) {
        size_t given = json_array_size(params);
        if (given != needed) {
            *message = sqlh_format("the query has %zu %s but %zu %s given", needed,
                                   sqlh_plural(needed, "parameter", "parameters"), given,
                                   sqlh_plural(given, "value was", "values were"));
            return *message == NULL ? SQLH_NOMEM : 1;
        }
        for (size_t i = 0; i < needed; i++) {
            char label[32];
            snprintf(label, sizeof label, "parameter %zu", i + 1);
            int rc = sqlh_bind_one(stmt, (int)i + 1, json_array_get(params, i), label, message);
            if (rc != SQLH_OK) {
                return rc;
            }
        }
        return SQLH_OK;
    }
    /* A dict: :name, @name and $name all look up "name" (or the key with
     * its sigil, if the guest wrote it that way). */
    for (int i = 1; i <= count; i++) {
        const char *name = sqlite3_bind_parameter_name(stmt, i);
        if (name == NULL || name[0] == '?') {
            *message = sqlh_format("the query uses positional ? parameters; pass params as a "
                                   "list");
            return *message == NULL ? SQLH_NOMEM : 1;
        }
        json_t *value = json_object_get(params, name + 1);
        if (value == NULL) {
            value = json_object_get(params, name);
        }
        if (value == NULL) {
            char *quoted = sqlh_clip(name, strlen(name), SQLH_MAX_QUOTED_BYTES);
            *message = quoted == NULL ? NULL : sqlh_format("missing parameter %s", quoted);
            free(quoted);
            return *message == NULL ? SQLH_NOMEM : 1;
        }
        int rc = sqlh_bind_one(stmt, i, value, name, message);
        if (rc != SQLH_OK) {
            return rc;
        }
    }
    return SQLH_OK;
}

/* Appends the current row as a JSON array if it fits in limit bytes.
 * Returns 1 if it was added, 0 if it does not fit (the buffer then holds a
 * partial row the caller rolls back), SQLH_NOMEM. */
static int sqlh_add_row(sqlh_buf *b, sqlite3_stmt *stmt, int columns, bool first, size_t limit) {
    if (!sqlh_buf_addz(b, first ? "[" : ",[")) {
        return SQLH_NOMEM;
    }
    for (int i = 0; i < columns; i++) {
        if (i > 0 && !sqlh_buf_addz(b, ",")) {
            return SQLH_NOMEM;
        }
        bool ok = true;
        switch (sqlite3_column_type(stmt, i)) {
        case SQLITE_INTEGER: ok = sqlh_buf_add_int(b, sqlite3_column_int64(stmt, i)); break;
        case SQLITE_FLOAT: ok = sqlh_buf_add_double(b, sqlite3_column_double(stmt, i)); break;
        case SQLITE_TEXT: {
            const char *text = (const char *)sqlite3_column_text(stmt, i);
            size_t n = (size_t)sqlite3_column_bytes(stmt, i);
            if (text == NULL) {
                return SQLH_NOMEM;
            }
            /* Escaping never shrinks text, and quotes add two bytes. */
            if (n > limit || b->len + n + 2 > limit) {
                return 0;
            }
            ok = sqlh_buf_add_text(b, text, n);
            break;
        }
        case SQLITE_BLOB: {
            const void *blob = sqlite3_column_blob(stmt, i);
            size_t n = (size_t)sqlite3_column_bytes(stmt, i);
            if (blob == NULL && n > 0) {
                return SQLH_NOMEM;
            }
            if (n > limit || b->len + sqlh_json_blob_size(n) > limit) {
                return 0;
            }
            ok = sqlh_buf_add_blob(b, blob, n);
            break;
        }
        default: ok = sqlh_buf_addz(b, "null"); break;
        }
        if (!ok) {
            return SQLH_NOMEM;
        }
        if (b->len > limit) {
            return 0;
        }
    }
    if (!sqlh_buf_addz(b, "]")) {
        return SQLH_NOMEM;
    }
    return b->len <= limit ? 1 : 0;
}

/* Steps stmt to the end or a cap and writes the result object. Returns
 * SQLH_OK with *out, SQLH_NOMEM, or 1 with *message (a failed step). */
static int sqlh_collect(sqlh_conn *conn, sqlite3_stmt *stmt, const sqlh_limits *limits,
                        char **out, size_t *out_len, char **message) {
    sqlh_buf b = {0};
    int columns = sqlite3_column_count(stmt);
    bool ok = sqlh_buf_addz(&b, "{\"columns\":[");
    for (int i = 0; ok && i < columns; i++) {
        const char *name = sqlite3_column_name(stmt, i);
        ok = name != NULL && (i == 0 || sqlh_buf_addz(&b, ",")) &&
             sqlh_buf_add_text(&b, name, strlen(name));
    }
    ok = ok && sqlh_buf_addz(&b, "],\"rows\":[");
    if (!ok) {
        sqlh_buf_free(&b);
        return SQLH_NOMEM;
    }
    size_t tail = sizeof sqlh_tail_done - 1;
    if (limits->max_bytes < tail || b.len > limits->max_bytes - tail) {
        sqlh_buf_free(&b);
        *message = sqlh_format("the result would exceed the %zu-byte limit even without rows "
                               "(%d columns); select fewer columns",
                               limits->max_bytes, columns);
        return *message == NULL ? SQLH_NOMEM : 1;
    }
    size_t limit = limits->max_bytes - tail;
    size_t rows = 0;
    bool truncated = false;
    for (;;) {
        int rc = sqlite3_step(stmt);
        if (rows == limits->max_rows) {
            /* A row beyond the cap, or an error or the deadline while
             * looking for one: either way the rows are not all there. */
            truncated = rc != SQLITE_DONE;
            break;
        }
        if (rc == SQLITE_DONE) {
            break;
        }
        if (rc != SQLITE_ROW) {
            sqlh_buf_free(&b);
            *message = sqlh_conn_error(conn, rc);
            return *message == NULL ? SQLH_NOMEM : 1;
        }
        size_t mark = b.len;
        int added = sqlh_add_row(&b, stmt, columns, rows == 0, limit);
        if (added == SQLH_NOMEM) {
            sqlh_buf_free(&b);
            return SQLH_NOMEM;
        }
        if (added == 0) {
            b.len = mark;
            b.data[mark] = '\0';
            truncated = true;
            break;
        }
        rows++;
    }
    if (!sqlh_buf_addz(&b, truncated ? sqlh_tail_truncated : sqlh_tail_done) ||
        (*out = sqlh_buf_take(&b, out_len)) == NULL) {
        sqlh_buf_free(&b);
        return SQLH_NOMEM;
    }
    return SQLH_OK;
}

/* Runs sql against the database at path. Returns SQLH_OK with *out (a
 * result or an error object) or SQLH_NOMEM. */
static int sqlh_run(const sqlh_limits *limits, const char *path, const char *sql,
                    size_t sql_len, json_t *params, char **out, size_t *out_len) {
    if (sql_len > SQLH_MAX_SQL_BYTES) {
        return sqlh_error_json_take(sqlh_format("the query is too long (%zu bytes; at most %zu)",
                                                sql_len, SQLH_MAX_SQL_BYTES),
                                    out, out_len);
    }
    if (memchr(sql, '\0', sql_len) != NULL) {
        return sqlh_error_json("the query must not contain NUL characters", out, out_len);
    }
    sqlh_conn conn;
    char *message = NULL;
    int rc = sqlh_conn_open(&conn, path, limits->time_limit_ms, &message);
    if (rc != SQLH_OK) {
        return rc == SQLH_NOMEM ? SQLH_NOMEM : sqlh_error_json_take(message, out, out_len);
    }
    sqlite3_stmt *stmt = NULL;
    const char *tail = NULL;
    rc = sqlite3_prepare_v2(conn.db, sql, (int)sql_len, &stmt, &tail);
    int result;
    if (rc != SQLITE_OK) {
        message = sqlh_conn_error(&conn, rc);
        result = message == NULL ? SQLH_NOMEM : 1;
    } else if (stmt == NULL) {
        message = strdup("the query is empty");
        result = message == NULL ? SQLH_NOMEM : 1;
    } else if (!sqlh_only_trivia(tail, (size_t)(sql + sql_len - tail))) {
        message = strdup("only one statement per query is allowed");
        result = message == NULL ? SQLH_NOMEM : 1;
    } else if (!sqlite3_stmt_readonly(stmt)) {
        message = strdup("only read-only queries are allowed");
        result = message == NULL ? SQLH_NOMEM : 1;
    } else {
        result = sqlh_bind(stmt, params, &message);
        if (result == SQLH_OK) {
            result = sqlh_collect(&conn, stmt, limits, out, out_len, &message);
        }
    }
    sqlite3_finalize(stmt);
    sqlh_conn_close(&conn);
    if (result == 1) {
        return sqlh_error_json_take(message, out, out_len);
    }
    return result;
}

int sqlh_query(sqlh_catalog *c, const char *actor, const char *args_json, size_t args_len,
               char **out, size_t *out_len) {
    *out = NULL;
    if (out_len != NULL) {
        *out_len = 0;
    }
    json_t *root;
    json_t *values[SQLH_ARGS_MAX];
    char *message;
    int rc = sqlh_parse_args(&sqlh_query_signature, args_json, args_len, &root, values, &message);
    if (rc == SQLH_ARGS_OUT_OF_RANGE) {
        /* Only params can sensibly hold numbers; report it as data. */
        return sqlh_error_json_take(message, out, out_len);
    }
    if (rc == SQLH_NOMEM) {
        return SQLH_NOMEM;
    }
    if (rc != SQLH_OK) {
        return sqlh_arg_error_take(message, out, out_len);
    }
    const char *database, *sql;
    size_t database_len, sql_len;
    json_t *params = values[2];
    rc = sqlh_string_arg(&sqlh_query_signature, 0, values[0], &database, &database_len, &message);
    if (rc == SQLH_OK) {
        rc = sqlh_string_arg(&sqlh_query_signature, 1, values[1], &sql, &sql_len, &message);
    }
    if (rc == SQLH_OK && params != NULL && !json_is_null(params) && !json_is_object(params) &&
        !json_is_array(params)) {
        message = sqlh_format("read_only_sql_query(): params must be a dict, a list or None");
        rc = message == NULL ? SQLH_NOMEM : SQLH_ARG_ERROR;
    }
    if (rc != SQLH_OK) {
        json_decref(root);
        return rc == SQLH_NOMEM ? SQLH_NOMEM : sqlh_arg_error_take(message, out, out_len);
    }
    const char *path;
    rc = sqlh_catalog_resolve(c, actor, database, database_len, &path, &message);
    if (rc == SQLH_OK) {
        rc = sqlh_run(sqlh_catalog_limits(c), path, sql, sql_len, params, out, out_len);
    } else if (rc == 1) {
        rc = sqlh_error_json_take(message, out, out_len);
    }
    json_decref(root);
    return rc;
}
