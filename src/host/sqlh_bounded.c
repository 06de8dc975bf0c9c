/*
 * sqlh_bounded.c — built-ins with a runaway worst case, behind a check.
 *
 * The progress handler only runs between virtual-machine instructions, and
 * one instruction can be one function call. A few of SQLite's built-ins can
 * spend seconds to minutes inside a single call, with no way to interrupt
 * them (measured on 3.40.1 with 4 MiB values): instr and replace on
 * near-miss strings ~18 s, LIKE and GLOB with a long '%aaa...b' pattern
 * ~160 s, trim with a large character set and json_patch of two large
 * objects tens of seconds (all quadratic: the product of two lengths), and
 * printf('%.1000000000c', 'x') 3 s (linear in a number). The supervisor
 * would be stuck for all of it.
 *
 * So on each connection those names are re-registered with a wrapper that
 * (1) gives up if the deadline has passed, which also bounds a statement
 * that calls them many times in straight-line code where the progress
 * handler does not run; (2) refuses when the product of the two relevant
 * argument lengths exceeds a budget sized so that the worst case stays near
 * 100 ms, or when printf would repeat a %c past the value limit; and (3)
 * otherwise runs SQLite's own built-in on a private in-memory connection
 * ("SELECT like(?1, ?2)"), so results, type rules and error texts are
 * exactly SQLite's. Ordinary calls (short patterns, short needles, sane
 * formats) are never refused.
 *
 * The cost is the LIKE optimisation (SQLite only uses an index for a LIKE
 * or GLOB prefix when the built-in is in place) and a few microseconds of
 * copying per call.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sqlh_internal.h"

/* SQLite's JSON subtype ('J'): json_patch's result must stay JSON when it
 * is nested in another JSON function. */
#define SQLH_JSON_SUBTYPE 74

typedef enum {
    SQLH_COST_PRODUCT, /* (len(a) + 1) * (len(b) + 1) must stay within budget */
    SQLH_COST_PRINTF,  /* no %c repeated past the value limit (see below) */
} sqlh_cost;

typedef struct {
    const char *name;
    int nargs; /* -1: any number, as printf */
    sqlh_cost cost;
    int a, b;        /* SQLH_COST_PRODUCT: the arguments whose lengths multiply */
    uint64_t budget; /* SQLH_COST_PRODUCT: largest product allowed */
    bool json;
} sqlh_bounded_fn;

/* Budgets from measurements on 3.40.1 (x86-64): LIKE/GLOB cost about 1 ns
 * per unit (UTF-8 decoding and case folding per step), trim a little less;
 * instr, replace and json_patch compare with memcmp, about 20 ps per unit. */
#define SQLH_BUDGET_MATCH UINT64_C(100000000)
#define SQLH_BUDGET_MEMCMP UINT64_C(5000000000)

static const sqlh_bounded_fn sqlh_bounded_fns[SQLH_BOUNDED_COUNT] = {
    {"like", 2, SQLH_COST_PRODUCT, 0, 1, SQLH_BUDGET_MATCH, false},
    {"like", 3, SQLH_COST_PRODUCT, 0, 1, SQLH_BUDGET_MATCH, false},
    {"glob", 2, SQLH_COST_PRODUCT, 0, 1, SQLH_BUDGET_MATCH, false},
    {"trim", 2, SQLH_COST_PRODUCT, 0, 1, SQLH_BUDGET_MATCH, false},
    {"ltrim", 2, SQLH_COST_PRODUCT, 0, 1, SQLH_BUDGET_MATCH, false},
    {"rtrim", 2, SQLH_COST_PRODUCT, 0, 1, SQLH_BUDGET_MATCH, false},
    {"instr", 2, SQLH_COST_PRODUCT, 0, 1, SQLH_BUDGET_MEMCMP, false},
    {"replace", 3, SQLH_COST_PRODUCT, 0, 1, SQLH_BUDGET_MEMCMP, false},
    {"json_patch", 2, SQLH_COST_PRODUCT, 0, 1, SQLH_BUDGET_MEMCMP, true},
    {"printf", -1, SQLH_COST_PRINTF, 0, 0, 0, false},
    {"format", -1, SQLH_COST_PRINTF, 0, 0, 0, false},
};

/* SQLite 3.40's printf appends a %c with a precision one character at a
 * time, even after the result has outgrown SQLITE_LIMIT_LENGTH:
 * printf('%.1000000000c', 'x') spends 3 s in one call and then returns
 * NULL. (Widths, and precisions of other conversions, are checked before
 * any work.) This finds a %c whose precision exceeds the value limit: a
 * literal one exactly, a '*' one conservatively (any argument that large
 * counts, since which argument a '*' takes depends on the whole format).
 * The scan is linear and bounded by the format's length. */
static bool sqlh_printf_runaway(int argc, sqlite3_value **argv) {
    const unsigned char *f = argc > 0 ? sqlite3_value_text(argv[0]) : NULL;
    if (f == NULL) {
        return false;
    }
    const uint64_t limit = SQLH_MAX_VALUE_BYTES;
    bool star = false;
    for (const unsigned char *p = f; *p != '\0'; p++) {
        if (*p != '%') {
            continue;
        }
        p++;
        while (*p != '\0' && strchr("-+ #!0,", *p) != NULL) {
            p++;
        }
        if (*p == '*') {
            p++;
        } else {
            while (*p >= '0' && *p <= '9') {
                p++;
            }
        }
        bool has_precision = false, star_precision = false;
        uint64_t precision = 0;
        if (*p == '.') {
            has_precision = true;
            p++;
            if (*p == '*') {
                star_precision = true;
                p++;
            } else {
                for (; *p >= '0' && *p <= '9'; p++) {
                    precision = precision > limit ? precision : precision * 10 + (*p - '0');
                }
            }
        }
        while (*p == 'l') {
            p++;
        }
        if (*p == 'c' && has_precision) {
            if (star_precision) {
                star = true;
            } else if (precision > limit) {
                return true;
            }
        }
        if (*p == '\0') {
            break;
        }
    }
    for (int i = 1; star && i < argc; i++) {
        sqlite3_int64 v = sqlite3_value_int64(argv[i]);
        if (v > (sqlite3_int64)limit || v < -(sqlite3_int64)limit) {
            return true;
        }
    }
    return false;
}

/* "SELECT name(?1, ..., ?argc)" for the side connection. */
static char *sqlh_side_sql(const char *name, int argc) {
    sqlh_buf b = {0};
    bool ok = sqlh_buf_addz(&b, "SELECT ") && sqlh_buf_addz(&b, name) && sqlh_buf_addz(&b, "(");
    for (int i = 1; ok && i <= argc; i++) {
        char param[16];
        snprintf(param, sizeof param, "%s?%d", i > 1 ? ", " : "", i);
        ok = sqlh_buf_addz(&b, param);
    }
    char *sql = ok && sqlh_buf_addz(&b, ")") ? sqlh_buf_take(&b, NULL) : NULL;
    sqlh_buf_free(&b);
    return sql;
}

/* The prepared built-in for slot index called with argc arguments, opening
 * the side connection on first use. NULL with *rc set on failure. */
static sqlite3_stmt *sqlh_side_stmt(sqlh_conn *conn, size_t index, int argc, int *rc) {
    if (conn->side_stmts[index] != NULL) {
        if (conn->side_argc[index] == argc) {
            return conn->side_stmts[index];
        }
        sqlite3_finalize(conn->side_stmts[index]);
        conn->side_stmts[index] = NULL;
    }
    if (conn->side == NULL) {
        *rc = sqlite3_open_v2(":memory:", &conn->side,
                              SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                              NULL);
        if (*rc != SQLITE_OK) {
            sqlite3_close_v2(conn->side);
            conn->side = NULL;
            return NULL;
        }
        /* Same value limit as the guest's connection, so a result that
         * would be too big there is too big here. */
        sqlite3_limit(conn->side, SQLITE_LIMIT_LENGTH, (int)SQLH_MAX_VALUE_BYTES);
    }
    char *sql = sqlh_side_sql(sqlh_bounded_fns[index].name, argc);
    if (sql == NULL) {
        *rc = SQLITE_NOMEM;
        return NULL;
    }
    *rc = sqlite3_prepare_v2(conn->side, sql, -1, &conn->side_stmts[index], NULL);
    free(sql);
    conn->side_argc[index] = argc;
    return *rc == SQLITE_OK ? conn->side_stmts[index] : NULL;
}

static void sqlh_result_error_rc(sqlite3_context *ctx, int rc, const char *message) {
    switch (rc & 0xFF) {
    case SQLITE_NOMEM: sqlite3_result_error_nomem(ctx); break;
    case SQLITE_TOOBIG: sqlite3_result_error_toobig(ctx); break;
    default: sqlite3_result_error(ctx, message, -1); break;
    }
}

static void sqlh_bounded_call(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    sqlh_bounded_slot *slot = sqlite3_user_data(ctx);
    sqlh_conn *conn = slot->conn;
    const sqlh_bounded_fn *fn = &sqlh_bounded_fns[slot->index];
    if (sqlh_now_ns() >= conn->deadline_ns) {
        conn->stop = SQLH_STOP_TIME;
        sqlite3_result_error_code(ctx, SQLITE_INTERRUPT);
        return;
    }
    if (fn->cost == SQLH_COST_PRINTF && sqlh_printf_runaway(argc, argv)) {
        char *message = sqlite3_mprintf("%s(): a %%c precision above %llu is not allowed",
                                        fn->name, (unsigned long long)SQLH_MAX_VALUE_BYTES);
        if (message == NULL) {
            sqlite3_result_error_nomem(ctx);
            return;
        }
        sqlite3_result_error(ctx, message, -1);
        sqlite3_free(message);
        return;
    }
    if (fn->cost == SQLH_COST_PRODUCT) {
        uint64_t na = (uint64_t)sqlite3_value_bytes(argv[fn->a]);
        uint64_t nb = (uint64_t)sqlite3_value_bytes(argv[fn->b]);
        if ((na + 1) * (nb + 1) > fn->budget) {
            char *message = sqlite3_mprintf("%s(): arguments too long to process safely (%llu "
                                            "x %llu bytes; the product of the two lengths may "
                                            "be at most %llu)",
                                            fn->name, (unsigned long long)na,
                                            (unsigned long long)nb,
                                            (unsigned long long)fn->budget);
            if (message == NULL) {
                sqlite3_result_error_nomem(ctx);
                return;
            }
            sqlite3_result_error(ctx, message, -1);
            sqlite3_free(message);
            return;
        }
    }
    int rc = SQLITE_OK;
    sqlite3_stmt *stmt = sqlh_side_stmt(conn, slot->index, argc, &rc);
    if (stmt == NULL) {
        sqlh_result_error_rc(ctx, rc, "internal error: cannot prepare a built-in function");
        return;
    }
    for (int i = 0; i < argc && rc == SQLITE_OK; i++) {
        rc = sqlite3_bind_value(stmt, i + 1, argv[i]);
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
    }
    if (rc == SQLITE_ROW) {
        sqlite3_result_value(ctx, sqlite3_column_value(stmt, 0));
        if (fn->json && sqlite3_column_type(stmt, 0) == SQLITE_TEXT) {
            sqlite3_result_subtype(ctx, SQLH_JSON_SUBTYPE);
        }
    } else {
        sqlh_result_error_rc(ctx, rc, sqlite3_errmsg(conn->side));
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
}

int sqlh_bounded_register(sqlh_conn *conn) {
    for (size_t i = 0; i < SQLH_BOUNDED_COUNT; i++) {
        conn->slots[i].conn = conn;
        conn->slots[i].index = i;
        /* INNOCUOUS like the built-ins, so views that use these still work
         * with TRUSTED_SCHEMA off. */
        int rc = sqlite3_create_function_v2(
            conn->db, sqlh_bounded_fns[i].name, sqlh_bounded_fns[i].nargs,
            SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, &conn->slots[i],
            sqlh_bounded_call, NULL, NULL, NULL);
        if (rc != SQLITE_OK) {
            return rc;
        }
    }
    return SQLITE_OK;
}

void sqlh_bounded_close(sqlh_conn *conn) {
    for (size_t i = 0; i < SQLH_BOUNDED_COUNT; i++) {
        sqlite3_finalize(conn->side_stmts[i]);
        conn->side_stmts[i] = NULL;
    }
    if (conn->side != NULL) {
        sqlite3_close_v2(conn->side);
        conn->side = NULL;
    }
}
