/*
 * sqlh_internal.h — what the sqlh_*.c files share; not part of the API.
 *
 * The helper is split by concern:
 *
 *   sqlh_catalog.c  databases, grants, limits; list_databases()
 *   sqlh_args.c     the {"args": [...], "kwargs": {...}} calling convention
 *   sqlh_json.c     a growable output buffer that writes JSON and counts bytes
 *   sqlh_conn.c     the one way a database is opened (read-only, limits,
 *                   progress deadline) and turning failures into messages
 *   sqlh_auth.c     the authorizer: what a statement may do, and why not
 *   sqlh_bounded.c  built-ins whose worst case is quadratic, re-registered
 *                   behind a cost check and the deadline
 *   sqlh_query.c    read_only_sql_query()
 *   sqlh_schema.c   database_schema()
 *
 * Return codes follow sqlh.h: SQLH_OK, SQLH_ARG_ERROR (-1, a message for a
 * RuntimeError) and SQLH_NOMEM (-2).
 */
#ifndef MPSB_SQLH_INTERNAL_H
#define MPSB_SQLH_INTERNAL_H

#include <jansson.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sqlh.h"

#define SQLH_OK 0
#define SQLH_ARG_ERROR (-1)
#define SQLH_NOMEM (-2)

/* Longest string or blob SQLite may build or read (SQLITE_LIMIT_LENGTH). It
 * bounds what one function call can allocate; results are capped far lower
 * by max_bytes anyway. */
#define SQLH_MAX_VALUE_BYTES ((size_t)4 << 20)
/* Longest SQL text (SQLITE_LIMIT_SQL_LENGTH): queries a model writes are a
 * few KiB; this bounds parsing and code generation. */
#define SQLH_MAX_SQL_BYTES ((size_t)100 << 10)
/* Largest prepared program (SQLITE_LIMIT_VDBE_OP); real queries use a few
 * thousand instructions. */
#define SQLH_MAX_VDBE_OPS 1000000
/* SQLite's process-wide hard heap limit, set by sqlh_catalog_new unless the
 * process already chose one (see sqlh.h). */
#define SQLH_HEAP_LIMIT ((int64_t)256 << 20)
/* The progress handler runs every this many virtual-machine steps. */
#define SQLH_PROGRESS_STEPS 1000
/* Error messages are cut to this many bytes: SQLite quotes the offending SQL
 * in some, and a 100 KiB echo helps nobody. */
#define SQLH_MAX_MESSAGE_BYTES ((size_t)1000)
/* Names and other guest-chosen words quoted in messages are cut to this. */
#define SQLH_MAX_QUOTED_BYTES ((size_t)100)

/* --- sqlh_json.c ----------------------------------------------------------- */

/* A growable byte buffer; data is always NUL-terminated once non-empty.
 * Every append returns false if out of memory, after which the buffer is
 * unchanged. */
typedef struct {
    char *data;
    size_t len;
    size_t cap;
} sqlh_buf;

void sqlh_buf_free(sqlh_buf *b);
bool sqlh_buf_add(sqlh_buf *b, const char *s, size_t n);
bool sqlh_buf_addz(sqlh_buf *b, const char *s);
/* A JSON string; s must be valid UTF-8 (it may contain NULs). */
bool sqlh_buf_add_json_string(sqlh_buf *b, const char *s, size_t n);
/* A JSON string from arbitrary bytes: invalid UTF-8 becomes U+FFFD. */
bool sqlh_buf_add_text(sqlh_buf *b, const char *s, size_t n);
bool sqlh_buf_add_int(sqlh_buf *b, int64_t v);
/* A JSON number that reads back as the same double, with a '.' or exponent
 * so that it stays a float; non-finite values become null. */
bool sqlh_buf_add_double(sqlh_buf *b, double v);
/* {"$base64": "..."} */
bool sqlh_buf_add_blob(sqlh_buf *b, const void *p, size_t n);
/* Bytes sqlh_buf_add_blob writes for n bytes. */
size_t sqlh_json_blob_size(size_t n);
/* Hands over the text (an empty buffer becomes ""); NULL if out of memory. */
char *sqlh_buf_take(sqlh_buf *b, size_t *len);

/* Formats into a new string; NULL if out of memory. */
char *sqlh_format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A copy of s[0..n) that is valid UTF-8 and at most max bytes, cut at a
 * character boundary and marked with "..." when cut. NULL if out of memory. */
char *sqlh_clip(const char *s, size_t n, size_t max);
/* Sets *out to {"error": message} (message clipped to
 * SQLH_MAX_MESSAGE_BYTES). Returns SQLH_OK or SQLH_NOMEM. */
int sqlh_error_json(const char *message, char **out, size_t *out_len);
/* Like sqlh_error_json, then frees message; a NULL message means out of
 * memory. */
int sqlh_error_json_take(char *message, char **out, size_t *out_len);
/* Sets *out to a plain message for SQLH_ARG_ERROR; frees message. Returns
 * SQLH_ARG_ERROR, or SQLH_NOMEM if message is NULL. */
int sqlh_arg_error_take(char *message, char **out, size_t *out_len);

/* --- sqlh_args.c ----------------------------------------------------------- */

typedef struct {
    const char *name;
    bool required;
} sqlh_param;

typedef struct {
    const char *function; /* "read_only_sql_query" */
    const char *usage;    /* "takes database, sql and optional params" */
    const sqlh_param *params;
    size_t count;
} sqlh_signature;

#define SQLH_ARGS_MAX 4
/* The JSON held a number past int64 or double range; the caller decides
 * whether that is a data error or an argument error. */
#define SQLH_ARGS_OUT_OF_RANGE (-3)

/* Parses args_json and matches it to sig like a Python call would. On
 * SQLH_OK, *root owns the parsed document and values[i] borrows from it (NULL
 * for an absent optional argument, json null for None). Otherwise *message
 * says why (malloc'd; NULL if out of memory). Returns SQLH_OK,
 * SQLH_ARG_ERROR, SQLH_ARGS_OUT_OF_RANGE or SQLH_NOMEM. */
int sqlh_parse_args(const sqlh_signature *sig, const char *args_json, size_t args_len,
                    json_t **root, json_t *values[SQLH_ARGS_MAX], char **message);
/* For a string argument: SQLH_OK with *s and *n, or SQLH_ARG_ERROR with a
 * message "<function>(): <name> must be a string". */
int sqlh_string_arg(const sqlh_signature *sig, size_t index, json_t *value, const char **s,
                    size_t *n, char **message);

/* --- sqlh_catalog.c -------------------------------------------------------- */

/* Finds the database the actor asked for. Returns SQLH_OK with *path
 * (borrowed from the catalog); 1 with *message (malloc'd) for the guest when
 * it is unknown or not allowed; SQLH_NOMEM. */
int sqlh_catalog_resolve(const sqlh_catalog *c, const char *actor, const char *name,
                         size_t name_len, const char **path, char **message);
const sqlh_limits *sqlh_catalog_limits(const sqlh_catalog *c);

/* --- sqlh_conn.c, sqlh_auth.c, sqlh_bounded.c ------------------------------ */

typedef enum {
    SQLH_STOP_NONE,
    SQLH_STOP_TIME, /* the deadline passed */
} sqlh_stop;

#define SQLH_BOUNDED_COUNT 11

typedef struct sqlh_conn sqlh_conn;

/* One user-data slot per re-registered built-in (sqlh_bounded.c). */
typedef struct {
    sqlh_conn *conn;
    size_t index;
} sqlh_bounded_slot;

struct sqlh_conn {
    sqlite3 *db;
    uint64_t deadline_ns; /* CLOCK_MONOTONIC */
    uint64_t time_limit_ms;
    sqlh_stop stop;
    /* The first thing the authorizer refused, as a message; "" if none. */
    char denied[256];
    /* Tables and views of the main database, sorted with sqlite3_stricmp:
     * the only tables a statement may read (with sqlite_schema and the JSON
     * table-valued functions). */
    char **tables;
    size_t table_count;
    /* Virtual-table modules (dbstat, fts5, ...), same order: names that
     * must not be read as table-valued functions. */
    char **modules;
    size_t module_count;
    /* A private in-memory connection whose built-ins do the work behind the
     * re-registered functions; opened on first use. */
    sqlite3 *side;
    sqlite3_stmt *side_stmts[SQLH_BOUNDED_COUNT];
    int side_argc[SQLH_BOUNDED_COUNT]; /* what each was prepared for */
    sqlh_bounded_slot slots[SQLH_BOUNDED_COUNT];
};

/* Nanoseconds on CLOCK_MONOTONIC. */
uint64_t sqlh_now_ns(void);

/* Opens path read-only with every defence in place. The deadline is
 * time_limit_ms from now. Returns SQLH_OK; SQLH_NOMEM; or 1 with *message
 * (malloc'd, "the database could not be opened: " and why). The conn is
 * closed again on failure. */
int sqlh_conn_open(sqlh_conn *conn, const char *path, uint64_t time_limit_ms, char **message);
void sqlh_conn_close(sqlh_conn *conn);
/* The message for a failed prepare or step that returned rc: the deadline,
 * an authorizer refusal, the memory limit, or SQLite's own words. NULL if
 * out of memory. */
char *sqlh_conn_error(sqlh_conn *conn, int rc);

/* sqlh_auth.c: the authorizer callback (user data: the sqlh_conn). */
int sqlh_authorize(void *data, int action, const char *a, const char *b, const char *db_name,
                   const char *trigger);

/* sqlh_bounded.c: registers the cost-checked replacements on conn->db.
 * Returns an SQLite result code. Frees the side connection in close. */
int sqlh_bounded_register(sqlh_conn *conn);
void sqlh_bounded_close(sqlh_conn *conn);

#endif
