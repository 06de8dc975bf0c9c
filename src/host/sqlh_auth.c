/*
 * sqlh_auth.c — the authorizer: the statement may read, and nothing else.
 *
 * SQLite asks the authorizer about every action while it compiles a
 * statement, so refusing here stops a statement before any of it runs. The
 * rule is an allowlist, so actions SQLite adds in later versions are refused
 * by default:
 *
 *   SQLITE_SELECT, SQLITE_RECURSIVE   allowed (recursion is bounded by the
 *                                     deadline and the row cap);
 *   SQLITE_READ                       allowed for the main database's own
 *                                     tables and views (read at open, see
 *                                     sqlh_conn.c), sqlite_schema and the
 *                                     json_each/json_tree table-valued
 *                                     functions. Everything else is refused:
 *                                     the pragma_* table-valued functions
 *                                     (pragma_database_list would print the
 *                                     file's path; each also runs a PRAGMA),
 *                                     sqlite_temp_schema (the connection's
 *                                     own, always empty, nothing to see),
 *                                     dbstat and sqlite_stmt (page layout
 *                                     and statement internals, no use to a
 *                                     query, and dbstat reads raw pages);
 *   SQLITE_FUNCTION                   allowed for the list below: pure
 *                                     functions of their arguments plus
 *                                     random() and randomblob() (harmless,
 *                                     and randomblob is bounded by
 *                                     SQLITE_LIMIT_LENGTH). Not allowed:
 *                                     load_extension, fts3_tokenizer (takes a
 *                                     raw pointer), sqlite_compileoption_*,
 *                                     sqlite_log, changes/last_insert_rowid,
 *                                     zeroblob (no read-only use; it only
 *                                     makes large values), optimize (writes);
 *   SQLITE_UPDATE of main.sqlite_master's columns
 *                                     allowed: virtual-table constructors ask
 *                                     for it (see sqlh_constructor_update);
 *   anything else                     refused: writes, DDL, PRAGMA, ATTACH,
 *                                     DETACH, transactions, savepoints,
 *                                     ANALYZE, REINDEX.
 *
 * The first refusal is kept as a message in conn->denied, because SQLite
 * itself only says "not authorized".
 *
 * A READ names the table and its database ("main", "temp"); a READ for a
 * FROM item none of whose columns is used (SELECT count(*) FROM t) names it
 * as written, with no database, and may name a common table expression (see
 * sqlh_unnamed_cte). Any database other than "main" is refused.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "sqlh_internal.h"

static const char *const sqlh_functions[] = {
    /* core scalar */
    "abs", "char", "coalesce", "format", "glob", "hex", "ifnull", "iif", "instr", "length",
    "like", "likelihood", "likely", "lower", "ltrim", "max", "min", "nullif", "printf", "quote",
    "random", "randomblob", "replace", "round", "rtrim", "sign", "soundex", "sqlite_version",
    "substr", "substring", "trim", "typeof", "unicode", "unlikely", "upper",
    /* aggregate */
    "avg", "count", "group_concat", "sum", "total",
    /* window */
    "cume_dist", "dense_rank", "first_value", "lag", "last_value", "lead", "nth_value", "ntile",
    "percent_rank", "rank", "row_number",
    /* date and time */
    "current_date", "current_time", "current_timestamp", "date", "datetime", "julianday",
    "strftime", "time", "unixepoch",
    /* JSON */
    "->", "->>", "json", "json_array", "json_array_length", "json_extract", "json_group_array",
    "json_group_object", "json_insert", "json_object", "json_patch", "json_quote", "json_remove",
    "json_replace", "json_set", "json_type", "json_valid",
    /* math (SQLITE_ENABLE_MATH_FUNCTIONS) */
    "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "ceil", "ceiling", "cos",
    "cosh", "degrees", "exp", "floor", "ln", "log", "log10", "log2", "mod", "pi", "pow",
    "power", "radians", "sin", "sinh", "sqrt", "tan", "tanh", "trunc",
    /* full-text search, for databases that have FTS tables */
    "bm25", "highlight", "match", "matchinfo", "offsets", "snippet",
};

static bool sqlh_function_allowed(const char *name) {
    if (name == NULL) {
        return false;
    }
    for (size_t i = 0; i < sizeof sqlh_functions / sizeof sqlh_functions[0]; i++) {
        if (sqlite3_stricmp(name, sqlh_functions[i]) == 0) {
            return true;
        }
    }
    return false;
}

static int sqlh_compare_key(const void *key, const void *entry) {
    return sqlite3_stricmp(key, *(char *const *)entry);
}

static bool sqlh_table_readable(const sqlh_conn *conn, const char *table) {
    if (table == NULL) {
        return false;
    }
    static const char *const builtin[] = {"sqlite_schema", "sqlite_master", "json_each",
                                          "json_tree"};
    for (size_t i = 0; i < sizeof builtin / sizeof builtin[0]; i++) {
        if (sqlite3_stricmp(table, builtin[i]) == 0) {
            return true;
        }
    }
    return conn->table_count > 0 && bsearch(table, conn->tables, conn->table_count,
                                            sizeof *conn->tables, sqlh_compare_key) != NULL;
}

/* A FROM item none of whose columns the statement uses (SELECT count(*)
 * FROM x) is reported as a READ of column "" with x as written and the
 * schema as written (none here). x may be a common table expression, which
 * no list holds; anything else it could be (a table or view, a table-valued
 * function, a virtual table, an internal table) is known. So such a READ is
 * allowed unless x names a virtual-table module, a pragma_* function or an
 * sqlite_* table not already allowed. A CTE that reuses such a name is
 * refused too, which costs nothing. */
static bool sqlh_unnamed_cte(const sqlh_conn *conn, const char *name, const char *column,
                             const char *db_name) {
    if (name == NULL || column == NULL || column[0] != '\0' || db_name != NULL ||
        sqlite3_strnicmp(name, "pragma_", 7) == 0 || sqlite3_strnicmp(name, "sqlite_", 7) == 0) {
        return false;
    }
    return conn->module_count == 0 || bsearch(name, conn->modules, conn->module_count,
                                              sizeof *conn->modules, sqlh_compare_key) == NULL;
}

/* The one UPDATE the authorizer lets through. The first use of an
 * eponymous virtual table on a connection (json_each, but also
 * pragma_database_list, dbstat, ...) runs its constructor, which SQLite 3.40
 * reports as an UPDATE of every column of main.sqlite_master. Refusing it
 * would break json_each and, for the virtual tables that are refused anyway,
 * replace the clear READ refusal that follows with a baffling one. No write
 * can come of allowing it: SQLite itself refuses every statement that writes
 * sqlite_master while writable_schema is off (and SQLITE_DBCONFIG_DEFENSIVE
 * keeps it off, PRAGMA is refused), any UPDATE statement fails
 * sqlite3_stmt_readonly, and the file is open read-only. */
static bool sqlh_constructor_update(const char *table, const char *column, const char *db_name) {
    static const char *const columns[] = {"type", "name", "tbl_name", "rootpage", "sql"};
    if (table == NULL || column == NULL || db_name == NULL || strcmp(table, "sqlite_master") != 0 ||
        strcmp(db_name, "main") != 0) {
        return false;
    }
    for (size_t i = 0; i < sizeof columns / sizeof columns[0]; i++) {
        if (strcmp(column, columns[i]) == 0) {
            return true;
        }
    }
    return false;
}

/* What the action is called in SQL, for the message. */
static const char *sqlh_action_name(int action) {
    switch (action) {
    case SQLITE_CREATE_INDEX: return "CREATE INDEX";
    case SQLITE_CREATE_TABLE: return "CREATE TABLE";
    case SQLITE_CREATE_TEMP_INDEX: return "CREATE TEMP INDEX";
    case SQLITE_CREATE_TEMP_TABLE: return "CREATE TEMP TABLE";
    case SQLITE_CREATE_TEMP_TRIGGER: return "CREATE TEMP TRIGGER";
    case SQLITE_CREATE_TEMP_VIEW: return "CREATE TEMP VIEW";
    case SQLITE_CREATE_TRIGGER: return "CREATE TRIGGER";
    case SQLITE_CREATE_VIEW: return "CREATE VIEW";
    case SQLITE_DELETE: return "DELETE";
    case SQLITE_DROP_INDEX: return "DROP INDEX";
    case SQLITE_DROP_TABLE: return "DROP TABLE";
    case SQLITE_DROP_TEMP_INDEX: return "DROP TEMP INDEX";
    case SQLITE_DROP_TEMP_TABLE: return "DROP TEMP TABLE";
    case SQLITE_DROP_TEMP_TRIGGER: return "DROP TEMP TRIGGER";
    case SQLITE_DROP_TEMP_VIEW: return "DROP TEMP VIEW";
    case SQLITE_DROP_TRIGGER: return "DROP TRIGGER";
    case SQLITE_DROP_VIEW: return "DROP VIEW";
    case SQLITE_INSERT: return "INSERT";
    case SQLITE_PRAGMA: return "PRAGMA";
    case SQLITE_TRANSACTION: return "a transaction statement";
    case SQLITE_UPDATE: return "UPDATE";
    case SQLITE_ATTACH: return "ATTACH";
    case SQLITE_DETACH: return "DETACH";
    case SQLITE_ALTER_TABLE: return "ALTER TABLE";
    case SQLITE_REINDEX: return "REINDEX";
    case SQLITE_ANALYZE: return "ANALYZE";
    case SQLITE_CREATE_VTABLE: return "CREATE VIRTUAL TABLE";
    case SQLITE_DROP_VTABLE: return "DROP VIRTUAL TABLE";
    case SQLITE_SAVEPOINT: return "SAVEPOINT";
    default: return "this statement";
    }
}

/* Whether the first argument names the object (table, index, pragma) the
 * action is about, worth quoting in the message. */
static bool sqlh_action_has_object(int action) {
    switch (action) {
    case SQLITE_ATTACH:        /* a file name: the guest's own string, no help */
    case SQLITE_DETACH:
    case SQLITE_ALTER_TABLE:   /* the first argument is the schema name */
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
        return false;
    default:
        return action >= SQLITE_CREATE_INDEX && action <= SQLITE_SAVEPOINT;
    }
}

/* Deny with a message; the first message wins. */
__attribute__((format(printf, 2, 3))) static int sqlh_deny(sqlh_conn *conn, const char *fmt, ...) {
    if (conn->denied[0] == '\0') {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(conn->denied, sizeof conn->denied, fmt, ap);
        va_end(ap);
    }
    return SQLITE_DENY;
}

int sqlh_authorize(void *data, int action, const char *a, const char *b, const char *db_name,
                   const char *trigger) {
    (void)trigger;
    sqlh_conn *conn = data;
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_READ:
        if (db_name != NULL && strcmp(db_name, "main") != 0) {
            return sqlh_deny(conn,
                             "table %.16s.%.64s is not available to queries; only the "
                             "database's own tables and views (and sqlite_schema) can be read",
                             db_name, a == NULL ? "?" : a);
        }
        if (sqlh_table_readable(conn, a)) {
            return SQLITE_OK;
        }
        if (sqlh_unnamed_cte(conn, a, b, db_name)) {
            return SQLITE_OK;
        }
        if (a != NULL && sqlite3_strnicmp(a, "pragma_", 7) == 0) {
            return sqlh_deny(conn,
                             "%.64s is not allowed: PRAGMA functions are not available to "
                             "queries; call database_schema() for tables and columns",
                             a);
        }
        return sqlh_deny(conn,
                         "table %.64s is not available to queries; only the database's own "
                         "tables and views (and sqlite_schema) can be read",
                         a == NULL ? "?" : a);
    case SQLITE_UPDATE:
        if (sqlh_constructor_update(a, b, db_name)) {
            return SQLITE_OK;
        }
        /* fall through */
    case SQLITE_INSERT:
    case SQLITE_DELETE:
        if (a != NULL &&
            (strcmp(a, "sqlite_master") == 0 || strcmp(a, "sqlite_temp_master") == 0)) {
            /* CREATE and DROP ask about their write to the schema table
             * first, before naming what they create or drop. */
            return sqlh_deny(conn, "only read-only queries are allowed (changing the schema is "
                                   "not permitted)");
        }
        return sqlh_deny(conn, "only read-only queries are allowed (%s on %.64s is not "
                               "permitted)",
                         sqlh_action_name(action), a == NULL ? "?" : a);
    case SQLITE_FUNCTION:
        if (sqlh_function_allowed(b)) {
            return SQLITE_OK;
        }
        return sqlh_deny(conn, "function %.64s() is not allowed in queries",
                         b == NULL ? "?" : b);
    case SQLITE_PRAGMA:
        return sqlh_deny(conn,
                         "only read-only queries are allowed (PRAGMA %.64s is not permitted; "
                         "call database_schema() for tables and columns)",
                         a == NULL ? "" : a);
    default:
        if (sqlh_action_has_object(action) && a != NULL) {
            return sqlh_deny(conn, "only read-only queries are allowed (%s %.64s is not "
                                   "permitted)",
                             sqlh_action_name(action), a);
        }
        return sqlh_deny(conn, "only read-only queries are allowed (%s is not permitted)",
                         sqlh_action_name(action));
    }
}
