/*
 * sqlh_schema.c — database_schema(database).
 *
 * Tables are read from sqlite_schema (type 'table', SQLite's own sqlite_*
 * tables left out) in name order, and each table's columns by preparing
 * SELECT * FROM it (never stepped) and asking for each result column's name
 * and declared type. That gives exactly the columns a query sees, in
 * declaration order, and needs no PRAGMA, so it runs on the same guarded
 * connection as a query, under the same authorizer. A table whose SELECT
 * cannot be prepared (a virtual table whose module this SQLite lacks) is
 * listed with no columns rather than failing the whole call.
 */
#include <stdlib.h>
#include <string.h>

#include "sqlh_internal.h"

static const sqlh_param sqlh_schema_params[] = {{"database", true}};
static const sqlh_signature sqlh_schema_signature = {"database_schema", "takes a database name",
                                                     sqlh_schema_params, 1};

/* "name" with embedded quotes doubled, for SQL. NULL if out of memory. */
static char *sqlh_quote_identifier(const char *name) {
    size_t n = strlen(name), quotes = 0;
    for (size_t i = 0; i < n; i++) {
        quotes += name[i] == '"';
    }
    char *q = malloc(n + quotes + 3);
    if (q == NULL) {
        return NULL;
    }
    char *o = q;
    *o++ = '"';
    for (size_t i = 0; i < n; i++) {
        if (name[i] == '"') {
            *o++ = '"';
        }
        *o++ = name[i];
    }
    *o++ = '"';
    *o = '\0';
    return q;
}

/* Appends {"name": t, "columns": [...]} for one table. Returns SQLH_OK or
 * SQLH_NOMEM. */
static int sqlh_add_table(sqlh_conn *conn, sqlh_buf *b, const char *table) {
    if (!sqlh_buf_addz(b, "{\"name\":") || !sqlh_buf_add_text(b, table, strlen(table)) ||
        !sqlh_buf_addz(b, ",\"columns\":[")) {
        return SQLH_NOMEM;
    }
    char *quoted = sqlh_quote_identifier(table);
    char *sql = quoted == NULL ? NULL : sqlh_format("SELECT * FROM main.%s", quoted);
    free(quoted);
    if (sql == NULL) {
        return SQLH_NOMEM;
    }
    sqlite3_stmt *stmt = NULL;
    int rc = sqlite3_prepare_v2(conn->db, sql, -1, &stmt, NULL);
    free(sql);
    if (rc == SQLITE_NOMEM) {
        return SQLH_NOMEM;
    }
    int columns = rc == SQLITE_OK && stmt != NULL ? sqlite3_column_count(stmt) : 0;
    bool ok = true;
    for (int i = 0; ok && i < columns; i++) {
        const char *name = sqlite3_column_name(stmt, i);
        const char *type = sqlite3_column_decltype(stmt, i);
        if (type == NULL) {
            type = "";
        }
        ok = name != NULL && (i == 0 || sqlh_buf_addz(b, ",")) &&
             sqlh_buf_addz(b, "{\"name\":") && sqlh_buf_add_text(b, name, strlen(name)) &&
             sqlh_buf_addz(b, ",\"type\":") && sqlh_buf_add_text(b, type, strlen(type)) &&
             sqlh_buf_addz(b, "}");
    }
    sqlite3_finalize(stmt);
    /* The authorizer may have recorded a refusal for a table it could not
     * read; that must not colour a later message. */
    conn->denied[0] = '\0';
    if (!ok || !sqlh_buf_addz(b, "]}")) {
        return SQLH_NOMEM;
    }
    return SQLH_OK;
}

/* Writes the schema of the database at path. Returns SQLH_OK with *out (the
 * schema or an error object) or SQLH_NOMEM. */
static int sqlh_describe(const sqlh_limits *limits, const char *path, char **out,
                         size_t *out_len) {
    sqlh_conn conn;
    char *message = NULL;
    int rc = sqlh_conn_open(&conn, path, limits->time_limit_ms, &message);
    if (rc != SQLH_OK) {
        return rc == SQLH_NOMEM ? SQLH_NOMEM : sqlh_error_json_take(message, out, out_len);
    }
    sqlite3_stmt *stmt = NULL;
    rc = sqlite3_prepare_v2(conn.db,
                            "SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                            "AND name IS NOT NULL ORDER BY name",
                            -1, &stmt, NULL);
    sqlh_buf b = {0};
    bool ok = rc == SQLITE_OK && sqlh_buf_addz(&b, "{\"tables\":[");
    bool first = true;
    int result = SQLH_OK;
    while (ok && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(stmt, 0);
        if (name == NULL) {
            result = SQLH_NOMEM;
            break;
        }
        /* SQLite reserves sqlite_* (in any case) for its own tables. */
        if (sqlite3_strnicmp(name, "sqlite_", 7) == 0) {
            continue;
        }
        if (!first && !sqlh_buf_addz(&b, ",")) {
            result = SQLH_NOMEM;
            break;
        }
        first = false;
        result = sqlh_add_table(&conn, &b, name);
        if (result != SQLH_OK) {
            break;
        }
    }
    if (result == SQLH_OK && rc == SQLITE_OK && !ok) {
        result = SQLH_NOMEM; /* prepared, but the buffer could not start */
    } else if (result == SQLH_OK && rc != SQLITE_DONE) {
        /* The listing itself failed: the deadline, a corrupt file. */
        message = sqlh_conn_error(&conn, rc);
        sqlh_buf_free(&b);
        result = message == NULL ? SQLH_NOMEM : sqlh_error_json_take(message, out, out_len);
    } else if (result == SQLH_OK) {
        if (!sqlh_buf_addz(&b, "]}") || (*out = sqlh_buf_take(&b, out_len)) == NULL) {
            result = SQLH_NOMEM;
        }
    }
    sqlh_buf_free(&b);
    sqlite3_finalize(stmt);
    sqlh_conn_close(&conn);
    return result;
}

int sqlh_schema(sqlh_catalog *c, const char *actor, const char *args_json, size_t args_len,
                char **out, size_t *out_len) {
    *out = NULL;
    if (out_len != NULL) {
        *out_len = 0;
    }
    json_t *root;
    json_t *values[SQLH_ARGS_MAX];
    char *message;
    int rc = sqlh_parse_args(&sqlh_schema_signature, args_json, args_len, &root, values,
                             &message);
    if (rc == SQLH_NOMEM) {
        return SQLH_NOMEM;
    }
    if (rc != SQLH_OK) {
        return sqlh_arg_error_take(message, out, out_len);
    }
    const char *database;
    size_t database_len;
    rc = sqlh_string_arg(&sqlh_schema_signature, 0, values[0], &database, &database_len,
                         &message);
    if (rc != SQLH_OK) {
        json_decref(root);
        return rc == SQLH_NOMEM ? SQLH_NOMEM : sqlh_arg_error_take(message, out, out_len);
    }
    const char *path;
    rc = sqlh_catalog_resolve(c, actor, database, database_len, &path, &message);
    if (rc == SQLH_OK) {
        rc = sqlh_describe(sqlh_catalog_limits(c), path, out, out_len);
    } else if (rc == 1) {
        rc = sqlh_error_json_take(message, out, out_len);
    }
    json_decref(root);
    return rc;
}
