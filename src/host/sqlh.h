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
 *
 * Details the implementation adds (src/host/sqlh_*.c; sqlh_internal.h maps
 * the files):
 *
 *   - Output is compact JSON. A query result is at most max_bytes bytes: rows
 *     stop before the first that would not fit, or after max_rows (one more
 *     step decides "truncated"). A query that hits the time limit returns the
 *     error, not the rows so far.
 *   - Readable: the database's own tables and views, sqlite_schema, and the
 *     json_each/json_tree table-valued functions. Functions: an allowlist in
 *     sqlh_auth.c (core scalar, aggregate, window, date/time, JSON, math and
 *     FTS functions, random() and randomblob(); not load_extension,
 *     fts3_tokenizer, zeroblob, sqlite_compileoption_*, sqlite_log, changes()
 *     and the like).
 *   - Values are limited to 4 MiB ("string or blob too big"), SQL to 100 KiB.
 *   - like, glob, instr, replace, trim/ltrim/rtrim with two arguments,
 *     json_patch, printf and format are SQLite's own, called through a check
 *     (sqlh_bounded.c) that refuses arguments whose worst case would spend
 *     seconds inside one call, e.g. "instr(): arguments too long to process
 *     safely (...)". So LIKE and GLOB never use an index.
 *   - sqlh_catalog_new sets SQLite's process-wide hard heap limit
 *     (sqlite3_hard_heap_limit64) to 256 MiB unless the process already set
 *     one: some statements allocate faster than any time limit can stop them
 *     (a CTE that doubles itself at prepare time), and with the limit they
 *     fail with "out of memory: the query needs more memory than SQLite may
 *     use here (256 MiB)" instead of exhausting the supervisor.
 *   - Residual: the time limit is checked between virtual-machine steps and
 *     in the checked functions above, but one statement can evaluate
 *     thousands of other expressions on 4 MiB values with no check between
 *     them; contrived queries can overrun the limit by seconds. Only running
 *     queries in a separate process would bound that.
 *   - Paths are resolved (realpath) when registered. A database in WAL mode
 *     can be queried, but SQLite then creates (and leaves) its -wal and -shm
 *     files, even on a read-only connection; the database file itself is
 *     never written. Use rollback-journal mode for files that must stay
 *     alone.
 *   - A NULL actor matches only SQLH_ANY_ACTOR grants.
 *   - params: a dict binds :name, @name and $name from the key "name" (or
 *     the key written with its sigil); keys the query does not use are
 *     ignored. A list must hold exactly one value per parameter. Values must
 *     be scalars. Integers past int64 give {"error": ...}.
 *   - More error texts: "missing parameter :x", "the query has 2 parameters
 *     but 3 values were given", "parameter values must be null, numbers,
 *     strings or booleans (...)", "only read-only queries are allowed (INSERT
 *     on orders is not permitted)", "function load_extension() is not allowed
 *     in queries", "pragma_table_info is not allowed: PRAGMA functions are not
 *     available to queries; call database_schema() for tables and columns",
 *     "table dbstat is not available to queries; ...", "the query is empty",
 *     "the query is too long (...)", and SQLite's own ("no such table: x",
 *     "near \"SELEKT\": syntax error", "string or blob too big").
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

/* NULL if out of memory. Sets SQLite's hard heap limit if none is set (see
 * above). */
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
