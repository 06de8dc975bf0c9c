/*
 * sqlh.h — the SQL helper behind read_only_sql_query, list_databases and
 * database_schema (prefix sqlh_). Runs in the supervisor, never in a worker.
 *
 * Life cycle:
 *
 *     sqlh_catalog *c = sqlh_catalog_new();
 *     sqlh_add_database(c, "shop", "/path/shop.db", err, n);   // per database
 *     sqlh_allow(c, "alice", "shop");                           // per grant
 *     ... sqlh_query(c, actor, args_json, len, &out, &out_len) ...
 *     sqlh_catalog_free(c);
 *
 * A catalog maps database names to files and actors to the databases they
 * may query (Datasette's execute-sql idea). SQLH_ANY_ACTOR stands for every
 * actor (the CLI's --db grants it). Each query opens its database read-only
 * (SQLITE_OPEN_READONLY, never a URI, no extension loading,
 * SQLITE_DBCONFIG_DEFENSIVE, SQLITE_LIMIT_ATTACHED 0, a length limit), with
 * an authorizer that allows only reading (SELECT, READ of ordinary tables and
 * sqlite_schema, and an allowlist of pure functions; no PRAGMA, no
 * pragma_* table functions, no ATTACH/DETACH, no writes even inside a CTE),
 * one statement per call, sqlite3_stmt_readonly required, a progress-handler
 * time limit, a row cap (then "truncated": true) and a byte cap on the
 * result. The database file is never written.
 *
 * Every function here takes and returns JSON text (UTF-8), so the bridge can
 * pass guest arguments through unchanged:
 *
 *   read_only_sql_query(database, sql, params=None)
 *     args  {"args": [database, sql, params?], "kwargs": {...}}
 *           (database, sql and params may also come as keywords)
 *     out   {"columns": [...], "rows": [[...], ...], "truncated": bool}
 *           or {"error": "..."}
 *     params: a JSON object for :name parameters, or an array for ?
 *     values: INTEGER → number, REAL → number (non-finite → null),
 *     TEXT → string (invalid UTF-8 replaced by U+FFFD), NULL → null,
 *     BLOB → {"$base64": "<standard base64>"}
 *   list_databases()
 *     out   ["shop", ...]  (only those the actor may query, sorted)
 *   database_schema(database)
 *     out   {"tables": [{"name": t, "columns": [{"name": c, "type": ty}, ...]}, ...]}
 *           or {"error": "..."}
 *
 * Error texts tell the model what to do next, e.g. "no such table: x",
 * "only read-only queries are allowed", "only one statement per query is
 * allowed", "database 'x' is not available; available: shop",
 * "permission denied: actor 'bob' may not query database 'shop'",
 * "query interrupted: it ran longer than 1000 ms".
 *
 * Not thread safe per catalog; queries open their own connection, so two
 * catalogs (or threads with a lock around each call) are fine.
 */
#ifndef MPSB_SQLH_H
#define MPSB_SQLH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SQLH_ANY_ACTOR "*"

typedef struct {
    uint64_t time_limit_ms; /* per query; default 1000 */
    size_t max_rows;        /* default 1000 */
    size_t max_bytes;       /* of the JSON result; default 256 KiB */
} sqlh_limits;

typedef struct sqlh_catalog sqlh_catalog;

/* NULL if out of memory. */
sqlh_catalog *sqlh_catalog_new(void);
void sqlh_catalog_free(sqlh_catalog *c);

void sqlh_limits_default(sqlh_limits *limits);
void sqlh_set_limits(sqlh_catalog *c, const sqlh_limits *limits);

/* Registers a database under name (letters, digits, '_' and '-', 1 to 64
 * characters). Checks the file can be opened read-only and is a SQLite
 * database. Returns 0, or -1 with a message in err. */
int sqlh_add_database(sqlh_catalog *c, const char *name, const char *path, char *err,
                      size_t err_size);

/* Lets actor (or SQLH_ANY_ACTOR) query database. Returns 0, or -1 if out of
 * memory or the database is unknown. */
int sqlh_allow(sqlh_catalog *c, const char *actor, const char *database);

/* Number of databases registered. */
size_t sqlh_database_count(const sqlh_catalog *c);

/* The three host functions. Each returns 0 with *out a malloc'd,
 * NUL-terminated JSON text (a result, or an {"error": ...} object the guest
 * sees as data), or -1 with *out a malloc'd error message for the guest to
 * receive as a RuntimeError (bad arguments: wrong count or types), or -2 if
 * out of memory (*out NULL). */
int sqlh_query(sqlh_catalog *c, const char *actor, const char *args_json, size_t args_len,
               char **out, size_t *out_len);
int sqlh_list_databases(sqlh_catalog *c, const char *actor, const char *args_json,
                        size_t args_len, char **out, size_t *out_len);
int sqlh_schema(sqlh_catalog *c, const char *actor, const char *args_json, size_t args_len,
                char **out, size_t *out_len);

#endif
