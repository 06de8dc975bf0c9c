/*
 * sqlh_conn.c — the one way sqlh opens a database.
 *
 * Every query and schema request gets its own connection, opened here and
 * closed when the call returns: nothing a statement does to connection
 * state (it cannot do much, see sqlh_auth.c) can outlive the call, and a
 * catalog holds no SQLite objects between calls.
 *
 * The defences, outermost first:
 *   - SQLITE_OPEN_READONLY on an absolute path (never a URI; see
 *     sqlh_catalog.c), plus SQLITE_OPEN_NOFOLLOW, and PRAGMA query_only;
 *   - SQLITE_DBCONFIG_DEFENSIVE (no writable_schema, no shadow-table writes),
 *     extension loading off (C API and SQL function), the FTS3 tokenizer
 *     pointer interface off, TRUSTED_SCHEMA off (views cannot smuggle in
 *     functions that are not marked innocuous);
 *   - limits: no ATTACH, SQLITE_MAX_VALUE_BYTES per value, 100 KiB of SQL, a
 *     bounded program size, no sorter threads;
 *   - a progress handler and a busy handler that give up at the deadline;
 *   - the authorizer (sqlh_auth.c), installed last so that the setup
 *     statements below are not subject to it, and the cost-checked
 *     built-ins (sqlh_bounded.c).
 * The lists the authorizer needs (tables and views, virtual-table modules)
 * are read here, before it is installed.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sqlh_internal.h"

uint64_t sqlh_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static int sqlh_on_progress(void *data) {
    sqlh_conn *conn = data;
    if (sqlh_now_ns() >= conn->deadline_ns) {
        conn->stop = SQLH_STOP_TIME;
        return 1; /* SQLite stops the statement with SQLITE_INTERRUPT */
    }
    return 0;
}

/* Another process holds a write lock: wait in short sleeps, but never past
 * the deadline (the default is to fail at once, which would make a busy
 * database look broken). */
static int sqlh_on_busy(void *data, int count) {
    (void)count;
    sqlh_conn *conn = data;
    uint64_t now = sqlh_now_ns();
    if (now >= conn->deadline_ns) {
        conn->stop = SQLH_STOP_TIME;
        return 0;
    }
    uint64_t wait = conn->deadline_ns - now;
    if (wait > 5000000u) {
        wait = 5000000u;
    }
    struct timespec ts = {0, (long)wait};
    nanosleep(&ts, NULL);
    return 1;
}

static int sqlh_compare_table(const void *a, const void *b) {
    return sqlite3_stricmp(*(char *const *)a, *(char *const *)b);
}

/* Reads the one-column result of sql into a sorted array of names. */
static int sqlh_load_names(sqlite3 *db, const char *sql, char ***names, size_t *count) {
    sqlite3_stmt *stmt;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, NULL);
    if (rc != SQLITE_OK) {
        return rc;
    }
    size_t cap = 0;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const char *name = (const char *)sqlite3_column_text(stmt, 0);
        if (name == NULL) {
            rc = SQLITE_NOMEM;
            break;
        }
        if (*count == cap) {
            size_t grow = cap == 0 ? 16 : cap * 2;
            char **grown = realloc(*names, grow * sizeof *grown);
            if (grown == NULL) {
                rc = SQLITE_NOMEM;
                break;
            }
            *names = grown;
            cap = grow;
        }
        char *copy = strdup(name);
        if (copy == NULL) {
            rc = SQLITE_NOMEM;
            break;
        }
        (*names)[(*count)++] = copy;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        return rc;
    }
    if (*count > 1) {
        qsort(*names, *count, sizeof **names, sqlh_compare_table);
    }
    return SQLITE_OK;
}

static void sqlh_free_names(char **names, size_t count) {
    for (size_t i = 0; i < count; i++) {
        free(names[i]);
    }
    free(names);
}

static bool sqlh_db_config(sqlite3 *db, int op, int value) {
    int now = -1;
    return sqlite3_db_config(db, op, value, &now) == SQLITE_OK && now == value;
}

/* Everything that must hold before a guest statement is prepared. */
static int sqlh_configure(sqlh_conn *conn) {
    sqlite3 *db = conn->db;
    if (!sqlh_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1) ||
        !sqlh_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0) ||
        !sqlh_db_config(db, SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0) ||
        !sqlh_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0) ||
        !sqlh_db_config(db, SQLITE_DBCONFIG_WRITABLE_SCHEMA, 0) ||
        sqlite3_enable_load_extension(db, 0) != SQLITE_OK) {
        return SQLITE_INTERNAL;
    }
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, (int)SQLH_MAX_VALUE_BYTES);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, (int)SQLH_MAX_SQL_BYTES);
    sqlite3_limit(db, SQLITE_LIMIT_VDBE_OP, SQLH_MAX_VDBE_OPS);
    sqlite3_limit(db, SQLITE_LIMIT_WORKER_THREADS, 0);
    if (sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, -1) != 0 ||
        sqlite3_limit(db, SQLITE_LIMIT_LENGTH, -1) != (int)SQLH_MAX_VALUE_BYTES) {
        return SQLITE_INTERNAL;
    }
    sqlite3_progress_handler(db, SQLH_PROGRESS_STEPS, sqlh_on_progress, conn);
    sqlite3_busy_handler(db, sqlh_on_busy, conn);
    int rc = sqlite3_exec(db, "PRAGMA query_only = 1", NULL, NULL, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlh_load_names(db,
                             "SELECT name FROM main.sqlite_schema "
                             "WHERE type IN ('table', 'view') AND name IS NOT NULL",
                             &conn->tables, &conn->table_count);
    }
    if (rc == SQLITE_OK) {
        rc = sqlh_load_names(db, "SELECT name FROM pragma_module_list WHERE name IS NOT NULL",
                             &conn->modules, &conn->module_count);
    }
    if (rc == SQLITE_OK) {
        rc = sqlh_bounded_register(conn);
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_set_authorizer(db, sqlh_authorize, conn);
    }
    return rc;
}

int sqlh_conn_open(sqlh_conn *conn, const char *path, uint64_t time_limit_ms, char **message) {
    memset(conn, 0, sizeof *conn);
    *message = NULL;
    conn->time_limit_ms = time_limit_ms;
    uint64_t now = sqlh_now_ns();
    uint64_t span = time_limit_ms > (UINT64_MAX - now) / 1000000u ? UINT64_MAX - now
                                                                   : time_limit_ms * 1000000u;
    conn->deadline_ns = now + span;
    int rc = sqlite3_open_v2(path, &conn->db,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW,
                             NULL);
    if (rc == SQLITE_OK) {
        rc = sqlh_configure(conn);
    }
    if (rc == SQLITE_OK) {
        return SQLH_OK;
    }
    if (rc == SQLITE_NOMEM && conn->db == NULL) {
        return SQLH_NOMEM;
    }
    /* SQLITE_INTERNAL: a safeguard did not take (sqlh_configure); refuse
     * rather than run without it. */
    char *why = rc == SQLITE_INTERNAL ? strdup("SQLite refused one of the read-only safeguards")
                                      : sqlh_conn_error(conn, rc);
    sqlh_conn_close(conn);
    *message = why ? sqlh_format("the database could not be opened: %s", why) : NULL;
    free(why);
    return *message == NULL ? SQLH_NOMEM : 1;
}

void sqlh_conn_close(sqlh_conn *conn) {
    sqlh_bounded_close(conn);
    if (conn->db != NULL) {
        sqlite3_close_v2(conn->db);
        conn->db = NULL;
    }
    sqlh_free_names(conn->tables, conn->table_count);
    conn->tables = NULL;
    conn->table_count = 0;
    sqlh_free_names(conn->modules, conn->module_count);
    conn->modules = NULL;
    conn->module_count = 0;
}

char *sqlh_conn_error(sqlh_conn *conn, int rc) {
    int primary = rc & 0xFF;
    if (conn->stop == SQLH_STOP_TIME || primary == SQLITE_INTERRUPT) {
        return sqlh_format("query interrupted: it ran longer than %llu ms",
                           (unsigned long long)conn->time_limit_ms);
    }
    /* SQLite words a refusal "not authorized" (SQLITE_AUTH), or "not
     * authorized to use function: x" (SQLITE_ERROR); either way, if the
     * authorizer refused something, that refusal is why the statement
     * failed. */
    if (conn->denied[0] != '\0') {
        return strdup(conn->denied);
    }
    if (primary == SQLITE_NOMEM) {
        long long limit = (long long)sqlite3_hard_heap_limit64(-1);
        if (limit <= 0) {
            return strdup("out of memory");
        }
        return sqlh_format("out of memory: the query needs more memory than SQLite may use "
                           "here (%lld MiB)",
                           limit >> 20);
    }
    const char *text = conn->db != NULL ? sqlite3_errmsg(conn->db) : sqlite3_errstr(rc);
    if (text == NULL) {
        text = sqlite3_errstr(rc);
    }
    return sqlh_clip(text, strlen(text), SQLH_MAX_MESSAGE_BYTES);
}
