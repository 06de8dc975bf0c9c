/*
 * test_sqlh.c — the SQL helper (src/host/sqlh.h) through its header.
 *
 * Every test gets a fresh temporary directory holding a small fixture
 * database built with the SQLite C API (Criterion runs each test in its own
 * process, so nothing leaks between tests), and a catalog over it. The demo
 * shop database is made by running scripts/make-demo-db.py (tests run from
 * the repository root) only in the tests that use it.
 *
 * Hostile queries are checked twice: the answer must be a clear error (or a
 * bounded result), and afterwards the database file must be byte-for-byte
 * what it was, with no journal, WAL or shared-memory file next to it and no
 * file created by ATTACH or VACUUM INTO.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "sqlh.h"

static char sqlh_test_dir[256];
static char sqlh_test_fixture[512];
static char sqlh_test_shop[512];
static unsigned char *sqlh_test_snapshot;
static size_t sqlh_test_snapshot_len;
static sqlh_catalog *sqlh_test_catalog;

/* --- Fixtures --------------------------------------------------------------- */

static void sqlh_test_exec(sqlite3 *db, const char *sql) {
    char *err = NULL;
    int rc = sqlite3_exec(db, sql, NULL, NULL, &err);
    cr_assert_eq(rc, SQLITE_OK, "%s: %s", sql, err ? err : "?");
}

static void sqlh_test_make_fixture(const char *path) {
    sqlite3 *db;
    cr_assert_eq(sqlite3_open(path, &db), SQLITE_OK);
    sqlh_test_exec(db,
                   "CREATE TABLE types(i INTEGER, r REAL, t TEXT, n TEXT, b BLOB);"
                   "INSERT INTO types VALUES (42, 2.5, 'h\xC3\xA9llo \xE2\x9C\x93', NULL, "
                   "x'00ff10');"
                   "CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT);"
                   "INSERT INTO people VALUES (1, 'Ann', 'Oslo'), (2, 'Bo', 'Rome'), "
                   "(3, 'Cy', 'Oslo');"
                   "CREATE INDEX people_city ON people(city);"
                   "CREATE TABLE big(id INTEGER PRIMARY KEY, payload TEXT);"
                   "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                   "WHERE x < 5000) INSERT INTO big SELECT x, printf('row %05d %s', x, "
                   "hex(zeroblob(40))) FROM c;"
                   "CREATE TABLE blobs(id INTEGER PRIMARY KEY, data BLOB);"
                   "INSERT INTO blobs VALUES (1, zeroblob(300000));"
                   "CREATE VIEW oslo AS SELECT name FROM people WHERE city LIKE 'oslo';"
                   "ANALYZE;");
    cr_assert_eq(sqlite3_close(db), SQLITE_OK);
}

static unsigned char *sqlh_test_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    cr_assert_not_null(f, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *data = malloc((size_t)size + 1);
    cr_assert_not_null(data);
    cr_assert_eq(fread(data, 1, (size_t)size, f), (size_t)size);
    fclose(f);
    *len = (size_t)size;
    return data;
}

static void sqlh_test_setup(void) {
    snprintf(sqlh_test_dir, sizeof sqlh_test_dir, "/tmp/sqlh-test-XXXXXX");
    cr_assert_not_null(mkdtemp(sqlh_test_dir));
    snprintf(sqlh_test_fixture, sizeof sqlh_test_fixture, "%s/fixture.db", sqlh_test_dir);
    snprintf(sqlh_test_shop, sizeof sqlh_test_shop, "%s/shop.db", sqlh_test_dir);
    sqlh_test_make_fixture(sqlh_test_fixture);
    sqlh_test_snapshot = sqlh_test_read_file(sqlh_test_fixture, &sqlh_test_snapshot_len);
    sqlh_test_catalog = sqlh_catalog_new();
    cr_assert_not_null(sqlh_test_catalog);
    char err[512];
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "fix", sqlh_test_fixture, err, sizeof err),
                 0, "%s", err);
    cr_assert_eq(sqlh_allow(sqlh_test_catalog, "alice", "fix"), 0);
}

static void sqlh_test_teardown(void) {
    sqlh_catalog_free(sqlh_test_catalog);
    free(sqlh_test_snapshot);
    char command[400];
    snprintf(command, sizeof command, "rm -rf '%s'", sqlh_test_dir);
    if (system(command) != 0) {
        fprintf(stderr, "could not remove %s\n", sqlh_test_dir);
    }
}

/* Adds the demo shop (scripts/make-demo-db.py) as "shop", for everyone. */
static void sqlh_test_add_shop(void) {
    char command[700];
    snprintf(command, sizeof command, "python3 scripts/make-demo-db.py '%s' > /dev/null",
             sqlh_test_shop);
    cr_assert_eq(system(command), 0, "make-demo-db.py failed (run the tests from the repo root)");
    char err[512];
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "shop", sqlh_test_shop, err, sizeof err), 0,
                 "%s", err);
    cr_assert_eq(sqlh_allow(sqlh_test_catalog, SQLH_ANY_ACTOR, "shop"), 0);
}

/* The fixture is unchanged and the directory holds only what the test made. */
static void sqlh_test_assert_untouched(void) {
    size_t len;
    unsigned char *now = sqlh_test_read_file(sqlh_test_fixture, &len);
    cr_assert_eq(len, sqlh_test_snapshot_len, "the database file changed size");
    cr_assert_eq(memcmp(now, sqlh_test_snapshot, len), 0, "the database file changed");
    free(now);
    DIR *d = opendir(sqlh_test_dir);
    cr_assert_not_null(d);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        const char *n = e->d_name;
        cr_assert(strcmp(n, ".") == 0 || strcmp(n, "..") == 0 || strcmp(n, "fixture.db") == 0 ||
                      strcmp(n, "shop.db") == 0,
                  "unexpected file %s next to the database", n);
    }
    closedir(d);
}

/* --- Calling ---------------------------------------------------------------- */

typedef int (*sqlh_test_fn)(sqlh_catalog *, const char *, const char *, size_t, char **,
                            size_t *);

/* Calls fn with args (JSON text), expects rc; returns *out (caller frees). */
static char *sqlh_test_call(sqlh_test_fn fn, const char *actor, const char *args, int expect_rc) {
    char *out = (char *)1;
    size_t out_len = 12345;
    int rc = fn(sqlh_test_catalog, actor, args, strlen(args), &out, &out_len);
    cr_assert_eq(rc, expect_rc, "rc %d, expected %d, for %s: %s", rc, expect_rc, args,
                 rc == -2 ? "(oom)" : out);
    cr_assert_not_null(out);
    cr_assert_eq(strlen(out), out_len, "out_len disagrees with the text");
    return out;
}

static json_t *sqlh_test_parse(const char *text) {
    json_error_t jerr;
    json_t *v = json_loads(text, JSON_ALLOW_NUL, &jerr);
    cr_assert_not_null(v, "invalid JSON (%s): %s", jerr.text, text);
    return v;
}

/* read_only_sql_query(db, sql[, params]) as actor alice; params is JSON text
 * or NULL. Returns the parsed result. */
static json_t *sqlh_test_query_as(const char *actor, const char *db, const char *sql,
                                  const char *params) {
    json_t *args = json_array();
    json_array_append_new(args, json_string(db));
    json_array_append_new(args, json_stringn(sql, strlen(sql)));
    if (params != NULL) {
        json_array_append_new(args, sqlh_test_parse(params));
    }
    json_t *call = json_pack("{s:o,s:{}}", "args", args, "kwargs");
    char *text = json_dumps(call, JSON_COMPACT);
    json_decref(call);
    char *out = sqlh_test_call(sqlh_query, actor, text, 0);
    json_t *r = sqlh_test_parse(out);
    free(text);
    free(out);
    return r;
}

static json_t *sqlh_test_query(const char *sql, const char *params) {
    return sqlh_test_query_as("alice", "fix", sql, params);
}

/* The error text of a result, or NULL if it is not an error. */
static const char *sqlh_test_error(json_t *r) {
    return json_string_value(json_object_get(r, "error"));
}

/* Runs sql and expects an error starting with prefix. */
static void sqlh_test_expect_error(const char *sql, const char *params, const char *prefix) {
    json_t *r = sqlh_test_query(sql, params);
    const char *e = sqlh_test_error(r);
    cr_assert_not_null(e, "[%s] gave a result, expected an error '%s'", sql, prefix);
    cr_assert_eq(strncmp(e, prefix, strlen(prefix)), 0, "[%s] gave '%s', expected '%s...'", sql,
                 e, prefix);
    json_decref(r);
}

/* Runs sql and compares the rows with expected (JSON text). */
static void sqlh_test_expect_rows(const char *sql, const char *params, const char *expected) {
    json_t *r = sqlh_test_query(sql, params);
    cr_assert_null(sqlh_test_error(r), "[%s] failed: %s", sql, sqlh_test_error(r));
    json_t *want = sqlh_test_parse(expected);
    char *got = json_dumps(json_object_get(r, "rows"), JSON_COMPACT | JSON_ENCODE_ANY);
    cr_assert(json_equal(json_object_get(r, "rows"), want), "[%s] rows %s, expected %s", sql,
              got, expected);
    cr_assert(json_is_false(json_object_get(r, "truncated")));
    free(got);
    json_decref(want);
    json_decref(r);
}

/* Runs a hostile sql: expects an error starting with prefix and the
 * database untouched. */
static void sqlh_test_refused(const char *sql, const char *prefix) {
    sqlh_test_expect_error(sql, NULL, prefix);
    sqlh_test_assert_untouched();
}

static double sqlh_test_seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void sqlh_test_set_limits(uint64_t time_limit_ms, size_t max_rows, size_t max_bytes) {
    sqlh_limits limits;
    sqlh_limits_default(&limits);
    if (time_limit_ms) {
        limits.time_limit_ms = time_limit_ms;
    }
    if (max_rows) {
        limits.max_rows = max_rows;
    }
    if (max_bytes) {
        limits.max_bytes = max_bytes;
    }
    sqlh_set_limits(sqlh_test_catalog, &limits);
}

#define SQLH_SUITE(name) TestSuite(name, .init = sqlh_test_setup, .fini = sqlh_test_teardown, \
                                   .timeout = 30)

/* --- Results and types ------------------------------------------------------ */

SQLH_SUITE(sqlh_results);

Test(sqlh_results, columns_rows_and_every_type) {
    json_t *r = sqlh_test_query("SELECT i, r, t, n, b FROM types", NULL);
    json_t *want = sqlh_test_parse("{\"columns\": [\"i\", \"r\", \"t\", \"n\", \"b\"],"
                                   " \"rows\": [[42, 2.5, \"h\\u00e9llo \\u2713\", null,"
                                   " {\"$base64\": \"AP8Q\"}]], \"truncated\": false}");
    cr_assert(json_equal(r, want), "got %s", json_dumps(r, JSON_COMPACT));
    json_decref(want);
    json_decref(r);
    sqlh_test_assert_untouched();
}

Test(sqlh_results, numbers_keep_their_kind_and_precision) {
    char *out = sqlh_test_call(sqlh_query, "alice",
                               "{\"args\": [\"fix\", \"SELECT 2.0, 0.1, -0.0, 1e300, "
                               "9223372036854775807, -9223372036854775808, 1e999, -1e999\"],"
                               " \"kwargs\": {}}",
                               0);
    /* Exact text: a REAL stays a float (2.0, not 2) and round-trips. */
    cr_assert(strstr(out, "[[2.0,0.1,-0.0,1e+300,9223372036854775807,-9223372036854775808,"
                          "null,null]]") != NULL,
              "got %s", out);
    free(out);
}

Test(sqlh_results, text_is_valid_utf8_and_keeps_nul) {
    /* Invalid UTF-8 stored as TEXT becomes U+FFFD; NUL survives. */
    sqlh_test_expect_rows("SELECT CAST(x'61ff62' AS TEXT), 'a' || char(0) || 'b', "
                          "char(233, 0x1F600)",
                          NULL, "[[\"a\\ufffdb\", \"a\\u0000b\", \"\\u00e9\\ud83d\\ude00\"]]");
}

Test(sqlh_results, blobs_are_base64) {
    sqlh_test_expect_rows("SELECT x'', x'ff', x'ffee', x'ffeedd', x'666f6f626172'", NULL,
                          "[[{\"$base64\": \"\"}, {\"$base64\": \"/w==\"},"
                          " {\"$base64\": \"/+4=\"}, {\"$base64\": \"/+7d\"},"
                          " {\"$base64\": \"Zm9vYmFy\"}]]");
}

Test(sqlh_results, empty_result_and_exact_row_count_are_not_truncated) {
    sqlh_test_expect_rows("SELECT * FROM people WHERE id > 99", NULL, "[]");
    sqlh_test_set_limits(0, 3, 0);
    sqlh_test_expect_rows("SELECT id FROM people ORDER BY id", NULL, "[[1], [2], [3]]");
}

Test(sqlh_results, views_ctes_json_each_and_sqlite_schema_are_readable) {
    sqlh_test_expect_rows("SELECT name FROM oslo ORDER BY name", NULL, "[[\"Ann\"], [\"Cy\"]]");
    sqlh_test_expect_rows("SELECT count(*) FROM oslo", NULL, "[[2]]");
    sqlh_test_expect_rows("WITH t(x) AS (SELECT 1 UNION ALL SELECT 2) SELECT sum(x) FROM t",
                          NULL, "[[3]]");
    sqlh_test_expect_rows("SELECT value FROM json_each('[1, \"a\"]')", NULL, "[[1], [\"a\"]]");
    sqlh_test_expect_rows("SELECT count(*) FROM json_tree('{\"a\": [1]}')", NULL, "[[3]]");
    sqlh_test_expect_rows("SELECT name FROM sqlite_schema WHERE type = 'view'", NULL,
                          "[[\"oslo\"]]");
    sqlh_test_expect_rows("SELECT count(*) > 0 FROM sqlite_master", NULL, "[[1]]");
    sqlh_test_expect_rows("SELECT sqlite_version() = ?", "[\"" SQLITE_VERSION "\"]", "[[1]]");
    sqlh_test_assert_untouched();
}

Test(sqlh_results, allowed_functions_work) {
    sqlh_test_expect_rows(
        "SELECT upper('a'), round(2.567, 1), coalesce(NULL, 3), iif(1, 'y', 'n'), "
        "date('2024-01-31', '+1 day'), json_extract('{\"a\": [5]}', '$.a[0]'), "
        "'{\"a\": 1}' ->> 'a', printf('%05.1f', 3.14159), typeof(1.5), sqrt(16), "
        "group_concat(x, '-') FROM (SELECT 1 AS x UNION ALL SELECT 2)",
        NULL, "[[\"A\", 2.6, 3, \"y\", \"2024-02-01\", 5, 1, \"003.1\", \"real\", 4.0, \"1-2\"]]");
    sqlh_test_expect_rows("SELECT id, row_number() OVER (ORDER BY id DESC) FROM people", NULL,
                          "[[3, 1], [2, 2], [1, 3]]");
    json_t *r = sqlh_test_query("SELECT abs(random()) >= 0, length(randomblob(16))", NULL);
    cr_assert_null(sqlh_test_error(r), "%s", sqlh_test_error(r));
    json_decref(r);
}

/* The cost-checked built-ins answer exactly as SQLite's do. */
Test(sqlh_results, bounded_builtins_behave_like_sqlite) {
    sqlh_test_expect_rows("SELECT 'ABC' LIKE '%b%', 'abc' LIKE 'x%', 'a_c' LIKE 'a\\_c' "
                          "ESCAPE '\\', 'abc' GLOB 'a*', 'abc' GLOB 'A*', NULL LIKE 'a'",
                          NULL, "[[1, 0, 1, 1, 0, null]]");
    sqlh_test_expect_rows("SELECT instr('h\xC3\xA9llo', 'l'), instr(x'00ff01', x'01'), "
                          "instr('abc', ''), instr(NULL, 'a'), instr(12345, 34)",
                          NULL, "[[3, 3, 1, null, 3]]");
    sqlh_test_expect_rows("SELECT replace('a-b-c', '-', '+'), replace('abc', '', 'x'), "
                          "trim('xxhixx', 'x'), ltrim('  hi'), rtrim('hi!!', '!'), "
                          "ltrim('\xC3\xA9\xC3\xA9" "a', '\xC3\xA9')",
                          NULL, "[[\"a+b+c\", \"abc\", \"hi\", \"hi\", \"hi\", \"a\"]]");
    /* json_patch's result stays JSON inside another JSON function. */
    sqlh_test_expect_rows("SELECT json_object('a', json_patch('{\"x\": 1}', '{\"y\": 2}'))",
                          NULL, "[[\"{\\\"a\\\":{\\\"x\\\":1,\\\"y\\\":2}}\"]]");
    sqlh_test_expect_error("SELECT 'a' LIKE 'a' ESCAPE 'xy'", NULL,
                           "ESCAPE expression must be a single character");
    sqlh_test_expect_rows("SELECT name FROM people WHERE name LIKE :p ORDER BY id",
                          "{\"p\": \"%y\"}", "[[\"Cy\"]]");
}

/* --- Parameters ------------------------------------------------------------- */

SQLH_SUITE(sqlh_params);

Test(sqlh_params, named_parameters_from_a_dict) {
    sqlh_test_expect_rows("SELECT name FROM people WHERE city = :city AND id > @min "
                          "AND id < $max ORDER BY id",
                          "{\"city\": \"Oslo\", \"min\": 0, \"max\": 10}",
                          "[[\"Ann\"], [\"Cy\"]]");
    /* The key may also carry the sigil; extra keys are ignored. */
    sqlh_test_expect_rows("SELECT :a, :a + 1", "{\":a\": 1, \"unused\": 2}", "[[1, 2]]");
}

Test(sqlh_params, positional_parameters_from_a_list) {
    sqlh_test_expect_rows("SELECT ? + ?, ?", "[40, 2, \"x\"]", "[[42, \"x\"]]");
    sqlh_test_expect_rows("SELECT ?2, ?1", "[\"a\", \"b\"]", "[[\"b\", \"a\"]]");
}

Test(sqlh_params, every_scalar_type_binds) {
    sqlh_test_expect_rows("SELECT ?, typeof(?), ?, ?, typeof(?), ?", 
                          "[null, 1.5, true, false, 9223372036854775807, \"\\u00e9\"]",
                          "[[null, \"real\", 1, 0, \"integer\", \"\\u00e9\"]]");
    /* A string with NUL is bound with its length. */
    sqlh_test_expect_rows("SELECT length(CAST(:s AS BLOB)), hex(:s)", "{\"s\": \"a\\u0000b\"}",
                          "[[3, \"610062\"]]");
}

Test(sqlh_params, missing_and_surplus_parameters) {
    sqlh_test_expect_error("SELECT :x", "{\"y\": 1}", "missing parameter :x");
    sqlh_test_expect_error("SELECT :x", NULL, "missing parameter :x");
    sqlh_test_expect_error("SELECT ?", "[1, 2]",
                           "the query has 1 parameter but 2 values were given");
    sqlh_test_expect_error("SELECT ?, ?", "[1]",
                           "the query has 2 parameters but 1 value was given");
    sqlh_test_expect_error("SELECT 1", "[1]", "the query has 0 parameters but 1 value was given");
    sqlh_test_expect_error("SELECT ?, ?", NULL, "the query has 2 parameters but no params");
    sqlh_test_expect_error("SELECT ?", "{\"a\": 1}",
                           "the query uses positional ? parameters; pass params as a list");
}

Test(sqlh_params, values_must_be_scalars_and_in_range) {
    sqlh_test_expect_error("SELECT ?", "[[1]]",
                           "parameter values must be null, numbers, strings or booleans");
    sqlh_test_expect_error("SELECT :v", "{\"v\": {\"a\": 1}}",
                           "parameter values must be null, numbers, strings or booleans");
    /* Past int64: jansson cannot hold it, SQLite could not bind it. */
    char *out = sqlh_test_call(sqlh_query, "alice",
                               "{\"args\": [\"fix\", \"SELECT ?\", [9223372036854775808]], "
                               "\"kwargs\": {}}",
                               0);
    json_t *r = sqlh_test_parse(out);
    cr_assert(strstr(sqlh_test_error(r), "64-bit") != NULL, "%s", out);
    json_decref(r);
    free(out);
}

Test(sqlh_params, overlong_values_are_refused) {
    size_t n = 5u << 20;
    char *big = malloc(n + 1);
    cr_assert_not_null(big);
    memset(big, 'x', n);
    big[n] = '\0';
    json_t *call = json_pack("{s:[s,s,{s:s}],s:{}}", "args", "fix", "SELECT length(:s)", "s", big,
                             "kwargs");
    char *text = json_dumps(call, JSON_COMPACT);
    char *out = sqlh_test_call(sqlh_query, "alice", text, 0);
    cr_assert_str_eq(out, "{\"error\":\"parameter :s is too long (5242880 bytes; at most "
                          "4194304)\"}");
    free(out);
    free(text);
    json_decref(call);
    free(big);
}

/* --- Caps: rows, bytes, time, memory, size ---------------------------------- */

SQLH_SUITE(sqlh_caps);

Test(sqlh_caps, rows_are_capped) {
    sqlh_test_set_limits(0, 10, 0);
    json_t *r = sqlh_test_query("SELECT id FROM big ORDER BY id", NULL);
    cr_assert_eq(json_array_size(json_object_get(r, "rows")), 10);
    cr_assert(json_is_true(json_object_get(r, "truncated")));
    cr_assert_eq(json_integer_value(json_array_get(json_array_get(json_object_get(r, "rows"), 9),
                                                   0)),
                 10);
    json_decref(r);
}

Test(sqlh_caps, bytes_are_capped_and_the_result_stays_valid) {
    sqlh_test_set_limits(0, 100000, 4096);
    char *out = sqlh_test_call(sqlh_query, "alice",
                               "{\"args\": [\"fix\", \"SELECT * FROM big\"], \"kwargs\": {}}", 0);
    cr_assert_leq(strlen(out), 4096);
    json_t *r = sqlh_test_parse(out);
    size_t rows = json_array_size(json_object_get(r, "rows"));
    cr_assert(rows > 10 && rows < 100, "%zu rows", rows);
    cr_assert(json_is_true(json_object_get(r, "truncated")));
    json_decref(r);
    free(out);
    /* A value bigger than the cap on its own: no rows, truncated. */
    r = sqlh_test_query("SELECT data FROM blobs", NULL);
    cr_assert_eq(json_array_size(json_object_get(r, "rows")), 0);
    cr_assert(json_is_true(json_object_get(r, "truncated")));
    json_decref(r);
    /* Column names alone over the cap. */
    sqlh_test_set_limits(0, 0, 40);
    sqlh_test_expect_error("SELECT 1 AS a_rather_long_column_name", NULL,
                           "the result would exceed the 40-byte limit");
}

Test(sqlh_caps, default_caps_bound_a_huge_result) {
    char *out = sqlh_test_call(sqlh_query, "alice",
                               "{\"args\": [\"fix\", \"SELECT * FROM big a, big b\"], "
                               "\"kwargs\": {}}",
                               0);
    cr_assert_leq(strlen(out), 256 * 1024);
    json_t *r = sqlh_test_parse(out);
    cr_assert(json_is_true(json_object_get(r, "truncated")));
    cr_assert_leq(json_array_size(json_object_get(r, "rows")), 1000);
    json_decref(r);
    free(out);
    sqlh_test_assert_untouched();
}

Test(sqlh_caps, unbounded_recursion_is_interrupted) {
    double start = sqlh_test_seconds();
    sqlh_test_expect_error("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                           "SELECT count(*) FROM c",
                           NULL, "query interrupted: it ran longer than 1000 ms");
    double took = sqlh_test_seconds() - start;
    cr_assert(took >= 0.9 && took < 2.0, "took %.2f s", took);
    sqlh_test_assert_untouched();
}

Test(sqlh_caps, unbounded_recursion_without_aggregate_is_row_capped) {
    double start = sqlh_test_seconds();
    json_t *r = sqlh_test_query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                                "SELECT x FROM c",
                                NULL);
    cr_assert_lt(sqlh_test_seconds() - start, 0.5);
    cr_assert_eq(json_array_size(json_object_get(r, "rows")), 1000);
    cr_assert(json_is_true(json_object_get(r, "truncated")));
    json_decref(r);
}

Test(sqlh_caps, time_limit_is_configurable) {
    sqlh_test_set_limits(200, 0, 0);
    double start = sqlh_test_seconds();
    sqlh_test_expect_error("SELECT count(*) FROM big a, big b, big c", NULL,
                           "query interrupted: it ran longer than 200 ms");
    cr_assert_lt(sqlh_test_seconds() - start, 0.6);
}

Test(sqlh_caps, value_size_bombs_fail_cleanly) {
    sqlh_test_refused("SELECT randomblob(1000000000)", "string or blob too big");
    sqlh_test_refused("SELECT length(hex(randomblob(3000000)))", "string or blob too big");
    /* An aggregate that outgrows the limit fails when it finishes; one over
     * endless rows never finishes and meets the deadline instead (which one
     * comes first for 100000 rows depends on the allocator's speed). */
    json_t *r = sqlh_test_query("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                "LIMIT 100000) SELECT length(group_concat(x || '.............."
                                "..............................................')) FROM c",
                                NULL);
    const char *e = sqlh_test_error(r);
    cr_assert(e != NULL && (strcmp(e, "string or blob too big") == 0 ||
                            strcmp(e, "query interrupted: it ran longer than 1000 ms") == 0),
              "%s", e ? e : "no error");
    json_decref(r);
    sqlh_test_refused("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                      "SELECT length(group_concat(x)) FROM c",
                      "query interrupted");
}

Test(sqlh_caps, memory_bombs_fail_cleanly) {
    /* Each CTE doubles the one before: SQLite expands it at prepare time,
     * before any progress check; the heap limit stops it. */
    char sql[4096];
    size_t n = (size_t)snprintf(sql, sizeof sql, "WITH a0(x) AS (SELECT 1)");
    for (int i = 1; i < 30; i++) {
        n += (size_t)snprintf(sql + n, sizeof sql - n,
                              ", a%d(x) AS (SELECT p.x FROM a%d p, a%d q)", i, i - 1, i - 1);
    }
    snprintf(sql + n, sizeof sql - n, " SELECT count(*) FROM a29");
    sqlh_test_refused(sql, "out of memory: the query needs more memory than SQLite may use");
    /* Many large values live at once: a function's arguments are all
     * evaluated before it is called, with no progress check between. */
    n = (size_t)snprintf(sql, sizeof sql, "SELECT length(max(x''");
    for (int i = 0; i < 100; i++) {
        n += (size_t)snprintf(sql + n, sizeof sql - n, ", randomblob(4000000)");
    }
    snprintf(sql + n, sizeof sql - n, "))");
    sqlh_test_refused(sql, "out of memory");
    /* And the next query is fine. */
    sqlh_test_expect_rows("SELECT 1", NULL, "[[1]]");
}

/* instr, replace, trim, LIKE, GLOB and json_patch cost the product of their
 * arguments' lengths; a near-miss would take minutes inside one call. */
Test(sqlh_caps, quadratic_builtins_are_refused_quickly) {
    double start = sqlh_test_seconds();
    sqlh_test_refused("SELECT instr(printf('%.*c', 2000000, 'a'), "
                      "printf('%.*c', 1000000, 'a') || 'b')",
                      "instr(): arguments too long to process safely");
    sqlh_test_refused("SELECT replace(printf('%.*c', 2000000, 'a'), "
                      "printf('%.*c', 1000000, 'a') || 'b', 'x')",
                      "replace(): arguments too long");
    sqlh_test_refused("SELECT printf('%.*c', 4000000, 'a') LIKE "
                      "'%' || printf('%.*c', 40000, 'a') || 'b'",
                      "like(): arguments too long");
    sqlh_test_refused("SELECT printf('%.*c', 4000000, 'a') GLOB "
                      "'*' || printf('%.*c', 40000, 'a') || 'b'",
                      "glob(): arguments too long");
    sqlh_test_refused("SELECT length(trim(printf('%.*c', 4000000, 'a'), "
                      "printf('%.*c', 100000, 'b') || 'a'))",
                      "trim(): arguments too long");
    sqlh_test_refused("SELECT json_patch((SELECT json_group_object('k' || id, 1) FROM big), "
                      "(SELECT json_group_object('j' || id, 1) FROM big, (SELECT 1 UNION ALL "
                      "SELECT 2 UNION ALL SELECT 3) WHERE id < 400000))",
                      "json_patch(): arguments too long");
    /* printf repeats a %c one character at a time, however far past the
     * value limit: 3 s for this one call. */
    sqlh_test_refused("SELECT printf('%.*c', 1000000000, 'x')",
                      "printf(): a %c precision above 4194304 is not allowed");
    sqlh_test_refused("SELECT format('%5.1000000000c', 'x')", "format(): a %c precision above");
    sqlh_test_refused("SELECT printf('%d %-.*c', 1, -1000000000, 'x')", "printf(): a %c");
    cr_assert_lt(sqlh_test_seconds() - start, 3.0);
    sqlh_test_expect_rows("SELECT printf('%.3c|%5s|%d', 'x', 'ab', 5000000000), printf(), "
                          "format('%.*c', 2, 'y'), printf('%%c')",
                          NULL, "[[\"xxx|   ab|5000000000\", null, \"yy\", \"%c\"]]");
    /* Ordinary uses on the same long strings still work. */
    sqlh_test_expect_rows("SELECT instr(printf('%.*c', 3000000, 'a') || 'b', 'b'), "
                          "printf('%.*c', 3000000, 'a') LIKE '%b%'",
                          NULL, "[[3000001, 0]]");
}

/* Calls that are each within budget, many in one statement: the deadline
 * still applies, because the progress handler does not run between them. */
Test(sqlh_caps, many_bounded_calls_respect_the_deadline) {
    sqlh_test_set_limits(300, 0, 0);
    char *sql = malloc(100000);
    cr_assert_not_null(sql);
    size_t n = (size_t)snprintf(sql, 100000, "WITH s(v) AS (SELECT printf('%%.*c', 1000000, 'a')"
                                             " || abs(random() %% 2)) SELECT 0");
    /* Each LIKE costs about 1000000 x 95 steps (within budget, ~70 ms);
     * 500 of them would take half a minute. */
    for (int i = 0; i < 500; i++) {
        n += (size_t)snprintf(sql + n, 100000 - n, " + (v LIKE '%%%.*s%d%%')", 90,
                              "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
                              "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                              1000 + i);
    }
    snprintf(sql + n, 100000 - n, " FROM s");
    double start = sqlh_test_seconds();
    sqlh_test_expect_error(sql, NULL, "query interrupted: it ran longer than 300 ms");
    cr_assert_lt(sqlh_test_seconds() - start, 1.5);
    free(sql);
}

Test(sqlh_caps, oversized_and_odd_sql) {
    size_t n = 110 * 1024;
    char *sql = malloc(n + 1);
    cr_assert_not_null(sql);
    memcpy(sql, "SELECT 1 ", 9);
    memset(sql + 9, ' ', n - 9);
    sql[n] = '\0';
    sqlh_test_expect_error(sql, NULL, "the query is too long");
    free(sql);
    sqlh_test_expect_error("", NULL, "the query is empty");
    sqlh_test_expect_error("  -- nothing\n", NULL, "the query is empty");
    char *out = sqlh_test_call(sqlh_query, "alice",
                               "{\"args\": [\"fix\", \"SELECT 1\\u0000; DELETE FROM people\"],"
                               " \"kwargs\": {}}",
                               0);
    cr_assert(strstr(out, "must not contain NUL") != NULL, "%s", out);
    free(out);
}

/* --- Hostile statements ----------------------------------------------------- */

SQLH_SUITE(sqlh_hostile);

Test(sqlh_hostile, attach_is_refused) {
    char sql[700];
    snprintf(sql, sizeof sql, "ATTACH DATABASE '%s/x.db' AS x", sqlh_test_dir);
    sqlh_test_refused(sql, "only read-only queries are allowed (ATTACH is not permitted)");
    sqlh_test_refused("DETACH DATABASE main", "only read-only queries are allowed");
}

Test(sqlh_hostile, vacuum_into_is_refused) {
    char sql[700];
    snprintf(sql, sizeof sql, "VACUUM INTO '%s/y.db'", sqlh_test_dir);
    sqlh_test_refused(sql, "only read-only queries are allowed");
    sqlh_test_refused("VACUUM", "only read-only queries are allowed");
}

Test(sqlh_hostile, pragmas_are_refused) {
    sqlh_test_refused("PRAGMA query_only = 0",
                      "only read-only queries are allowed (PRAGMA query_only is not permitted");
    sqlh_test_refused("PRAGMA writable_schema = 1", "only read-only queries are allowed (PRAGMA");
    sqlh_test_refused("PRAGMA journal_mode = WAL", "only read-only queries are allowed (PRAGMA");
    sqlh_test_refused("PRAGMA table_info(people)", "only read-only queries are allowed (PRAGMA");
    sqlh_test_refused("PRAGMA database_list", "only read-only queries are allowed (PRAGMA");
}

Test(sqlh_hostile, pragma_functions_do_not_leak_the_path) {
    json_t *r = sqlh_test_query("SELECT * FROM pragma_database_list", NULL);
    char *text = json_dumps(r, JSON_COMPACT);
    cr_assert_not_null(sqlh_test_error(r), "%s", text);
    cr_assert(strstr(text, sqlh_test_dir) == NULL, "the path leaked: %s", text);
    cr_assert(strstr(sqlh_test_error(r), "pragma_database_list is not allowed") != NULL, "%s",
              text);
    free(text);
    json_decref(r);
    sqlh_test_refused("SELECT count(*) FROM pragma_database_list", "pragma_database_list is not");
    sqlh_test_refused("SELECT name FROM pragma_table_info('people')", "pragma_table_info is not");
    sqlh_test_refused("SELECT * FROM pragma_compile_options", "pragma_compile_options is not");
}

Test(sqlh_hostile, other_internal_tables_are_refused) {
    sqlh_test_refused("SELECT * FROM sqlite_temp_master", "table temp.sqlite_temp_master is not");
    sqlh_test_refused("SELECT count(*) FROM sqlite_temp_master", "table sqlite_temp_master is not");
    sqlh_test_refused("SELECT count(*) FROM temp.sqlite_schema", "table temp.sqlite_schema is not");
    sqlh_test_refused("SELECT * FROM dbstat", "table dbstat is not available");
    sqlh_test_refused("SELECT count(*) FROM sqlite_stmt", "table sqlite_stmt is not available");
}

Test(sqlh_hostile, writes_are_refused) {
    sqlh_test_refused("INSERT INTO people VALUES (9, 'Eve', 'Nowhere')",
                      "only read-only queries are allowed (INSERT on people is not permitted)");
    sqlh_test_refused("UPDATE people SET name = 'Eve'",
                      "only read-only queries are allowed (UPDATE on people");
    sqlh_test_refused("DELETE FROM people", "only read-only queries are allowed (DELETE on people");
    sqlh_test_refused("REPLACE INTO people VALUES (1, 'Eve', 'X')",
                      "only read-only queries are allowed (INSERT on people");
    sqlh_test_refused("WITH x AS (SELECT 9, 'Eve', 'X') INSERT INTO people SELECT * FROM x",
                      "only read-only queries are allowed (INSERT on people");
    /* SQLite has no data-modifying CTEs: a syntax error, passed through. */
    sqlh_test_refused("WITH x AS (INSERT INTO people VALUES (9, 'a', 'b') RETURNING *) "
                      "SELECT * FROM x",
                      "near \"INSERT\": syntax error");
    sqlh_test_refused("INSERT INTO people VALUES (9, 'Eve', 'X') RETURNING id",
                      "only read-only queries are allowed (INSERT");
    sqlh_test_refused("UPDATE sqlite_master SET sql = ''",
                      "table sqlite_master may not be modified");
}

Test(sqlh_hostile, schema_changes_and_transactions_are_refused) {
    sqlh_test_refused("CREATE TABLE t(x)",
                      "only read-only queries are allowed (changing the schema is not permitted)");
    sqlh_test_refused("CREATE TEMP TABLE t(x)", "only read-only queries are allowed (changing the");
    sqlh_test_refused("CREATE TEMP VIEW v AS SELECT 1", "only read-only queries are allowed");
    sqlh_test_refused("CREATE INDEX i ON people(name)", "only read-only queries are allowed");
    sqlh_test_refused("DROP TABLE people", "only read-only queries are allowed (changing the");
    sqlh_test_refused("DROP VIEW oslo", "only read-only queries are allowed");
    sqlh_test_refused("DROP INDEX people_city", "only read-only queries are allowed");
    sqlh_test_refused("ALTER TABLE people ADD COLUMN x", "only read-only queries are allowed");
    sqlh_test_refused("CREATE TRIGGER tr AFTER INSERT ON people BEGIN SELECT 1; END",
                      "only read-only queries are allowed");
    sqlh_test_refused("CREATE VIRTUAL TABLE f USING fts5(x)", "only read-only queries are allowed");
    sqlh_test_refused("BEGIN", "only read-only queries are allowed (a transaction statement");
    sqlh_test_refused("SAVEPOINT s", "only read-only queries are allowed (SAVEPOINT");
    sqlh_test_refused("ANALYZE", "only read-only queries are allowed (ANALYZE");
    sqlh_test_refused("REINDEX", "only read-only queries are allowed");
}

Test(sqlh_hostile, dangerous_functions_are_refused) {
    sqlh_test_refused("SELECT load_extension('x')",
                      "function load_extension() is not allowed in queries");
    sqlh_test_refused("SELECT fts3_tokenizer('simple')", "function fts3_tokenizer() is not");
    sqlh_test_refused("SELECT zeroblob(10)", "function zeroblob() is not allowed");
    sqlh_test_refused("SELECT sqlite_compileoption_get(0)", "function sqlite_compileoption_get()");
    sqlh_test_refused("SELECT 1 FROM people WHERE name = sqlite_log(1, 'x')",
                      "function sqlite_log() is not");
    sqlh_test_refused("SELECT no_such_function(1)", "no such function: no_such_function");
}

Test(sqlh_hostile, one_statement_per_query) {
    sqlh_test_refused("SELECT 1; SELECT 2", "only one statement per query is allowed");
    sqlh_test_refused("SELECT 1; DELETE FROM people", "only one statement per query is allowed");
    sqlh_test_refused("SELECT 1; garbage", "only one statement per query is allowed");
    /* Trailing semicolons and comments are not a second statement. */
    sqlh_test_expect_rows("SELECT 1;", NULL, "[[1]]");
    sqlh_test_expect_rows("SELECT 1; ;  -- done\n /* really */ ", NULL, "[[1]]");
    sqlh_test_expect_rows("SELECT 1 /* unterminated", NULL, "[[1]]");
}

Test(sqlh_hostile, sqlite_errors_pass_through) {
    sqlh_test_refused("SELECT * FROM nope", "no such table: nope");
    sqlh_test_refused("SELECT nope FROM people", "no such column: nope");
    sqlh_test_refused("SELEKT 1", "near \"SELEKT\": syntax error");
}

/* --- Arguments -------------------------------------------------------------- */

SQLH_SUITE(sqlh_args);

static void sqlh_test_bad_call(sqlh_test_fn fn, const char *args, const char *expected) {
    char *out = sqlh_test_call(fn, "alice", args, -1);
    cr_assert(strstr(out, expected) != NULL, "for %s got '%s', expected '%s'", args, out,
              expected);
    free(out);
}

Test(sqlh_args, query_arguments_like_python) {
    sqlh_test_bad_call(sqlh_query, "{\"args\": [], \"kwargs\": {}}",
                       "read_only_sql_query() missing required argument 'database'; it takes "
                       "database, sql and optional params");
    sqlh_test_bad_call(sqlh_query, "{\"args\": [\"fix\"], \"kwargs\": {}}",
                       "missing required argument 'sql'");
    sqlh_test_bad_call(sqlh_query, "{\"args\": [\"fix\", \"SELECT 1\", null, 4], \"kwargs\": {}}",
                       "read_only_sql_query() takes database, sql and optional params (4 given)");
    sqlh_test_bad_call(sqlh_query,
                       "{\"args\": [\"fix\", \"SELECT 1\"], \"kwargs\": {\"limit\": 5}}",
                       "read_only_sql_query() got an unexpected keyword argument 'limit'");
    sqlh_test_bad_call(sqlh_query,
                       "{\"args\": [\"fix\", \"SELECT 1\"], \"kwargs\": {\"sql\": \"x\"}}",
                       "read_only_sql_query() got multiple values for argument 'sql'");
    sqlh_test_bad_call(sqlh_query, "{\"args\": [\"fix\", 5], \"kwargs\": {}}",
                       "read_only_sql_query(): sql must be a string, not an int");
    sqlh_test_bad_call(sqlh_query, "{\"args\": [[\"fix\"], \"SELECT 1\"], \"kwargs\": {}}",
                       "read_only_sql_query(): database must be a string, not a list");
    sqlh_test_bad_call(sqlh_query, "{\"args\": [\"fix\", \"SELECT 1\", \"x\"], \"kwargs\": {}}",
                       "read_only_sql_query(): params must be a dict, a list or None");
    sqlh_test_bad_call(sqlh_query, "{\"args\": [\"fix\", \"SELECT 1\", 5], \"kwargs\": {}}",
                       "params must be a dict, a list or None");
    sqlh_test_bad_call(sqlh_query, "not json", "arguments are not valid JSON");
    sqlh_test_bad_call(sqlh_query, "[1, 2]", "arguments must be a JSON object");
}

Test(sqlh_args, query_by_keyword) {
    char *out = sqlh_test_call(sqlh_query, "alice",
                               "{\"args\": [], \"kwargs\": {\"params\": {\"n\": 2}, "
                               "\"sql\": \"SELECT :n * 21\", \"database\": \"fix\"}}",
                               0);
    cr_assert_str_eq(out, "{\"columns\":[\":n * 21\"],\"rows\":[[42]],\"truncated\":false}");
    free(out);
    out = sqlh_test_call(sqlh_query, "alice",
                         "{\"args\": [\"fix\"], \"kwargs\": {\"sql\": \"SELECT 1\", "
                         "\"params\": null}}",
                         0);
    cr_assert_str_eq(out, "{\"columns\":[\"1\"],\"rows\":[[1]],\"truncated\":false}");
    free(out);
}

Test(sqlh_args, other_functions) {
    sqlh_test_bad_call(sqlh_list_databases, "{\"args\": [1], \"kwargs\": {}}",
                       "list_databases() takes no arguments (1 given)");
    sqlh_test_bad_call(sqlh_list_databases, "{\"args\": [], \"kwargs\": {\"x\": 1}}",
                       "list_databases() got an unexpected keyword argument 'x'");
    sqlh_test_bad_call(sqlh_schema, "{\"args\": [], \"kwargs\": {}}",
                       "database_schema() missing required argument 'database'");
    sqlh_test_bad_call(sqlh_schema, "{\"args\": [1], \"kwargs\": {}}",
                       "database_schema(): database must be a string, not an int");
    sqlh_test_bad_call(sqlh_schema, "{\"args\": [\"fix\", \"x\"], \"kwargs\": {}}",
                       "database_schema() takes a database name (2 given)");
}

/* --- Catalog and permissions ------------------------------------------------ */

SQLH_SUITE(sqlh_catalog);

Test(sqlh_catalog, unknown_and_forbidden_databases) {
    json_t *r = sqlh_test_query_as("alice", "nope", "SELECT 1", NULL);
    cr_assert_str_eq(sqlh_test_error(r), "database 'nope' is not available; available: fix");
    json_decref(r);
    r = sqlh_test_query_as("bob", "fix", "SELECT 1", NULL);
    cr_assert_str_eq(sqlh_test_error(r),
                     "permission denied: actor 'bob' may not query database 'fix'");
    json_decref(r);
    r = sqlh_test_query_as("bob", "nope", "SELECT 1", NULL);
    cr_assert_str_eq(sqlh_test_error(r), "database 'nope' is not available; available: (none)");
    json_decref(r);
    char *out = sqlh_test_call(sqlh_schema, "bob", "{\"args\": [\"fix\"], \"kwargs\": {}}", 0);
    cr_assert(strstr(out, "permission denied: actor 'bob'") != NULL, "%s", out);
    free(out);
}

/* A registered file that vanished, or was never a database, is an error the
 * guest can read; query and schema word it the same way. */
Test(sqlh_catalog, unreadable_files_are_reported) {
    char path[600];
    snprintf(path, sizeof path, "%s/gone.db", sqlh_test_dir);
    sqlh_test_make_fixture(path);
    char err[512];
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "gone", path, err, sizeof err), 0, "%s",
                 err);
    cr_assert_eq(sqlh_allow(sqlh_test_catalog, "alice", "gone"), 0);

    /* Overwritten with text after registration. */
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs("this is not an SQLite database, just text long enough to have a header\n", f);
    fclose(f);
    json_t *r = sqlh_test_query_as("alice", "gone", "SELECT 1", NULL);
    cr_assert(strstr(sqlh_test_error(r), "not a database") != NULL, "%s", sqlh_test_error(r));
    json_decref(r);
    /* ...which registration itself refuses. */
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "text", path, err, sizeof err), -1);
    cr_assert(strstr(err, "database 'text' at ") == err, "%s", err);
    cr_assert(strstr(err, ": the database could not be opened: file is not a database") != NULL,
              "%s", err);

    /* Removed after registration. */
    cr_assert_eq(unlink(path), 0);
    r = sqlh_test_query_as("alice", "gone", "SELECT 1", NULL);
    cr_assert(strncmp(sqlh_test_error(r), "the database could not be opened: ", 34) == 0, "%s",
              sqlh_test_error(r));
    json_decref(r);
    char *out = sqlh_test_call(sqlh_schema, "alice", "{\"args\": [\"gone\"], \"kwargs\": {}}", 0);
    cr_assert(strstr(out, "the database could not be opened: ") != NULL, "%s", out);
    free(out);
}

Test(sqlh_catalog, list_databases_shows_only_what_the_actor_may_query) {
    char err[512];
    char path[600];
    snprintf(path, sizeof path, "%s/other.db", sqlh_test_dir);
    sqlite3 *db;
    cr_assert_eq(sqlite3_open(path, &db), SQLITE_OK);
    sqlite3_close(db); /* an empty file is a valid empty database */
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "a-public_db", path, err, sizeof err), 0,
                 "%s", err);
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "zsecret", path, err, sizeof err), 0, "%s",
                 err);
    cr_assert_eq(sqlh_allow(sqlh_test_catalog, SQLH_ANY_ACTOR, "a-public_db"), 0);
    cr_assert_eq(sqlh_allow(sqlh_test_catalog, "carol", "zsecret"), 0);
    cr_assert_eq(sqlh_allow(sqlh_test_catalog, "carol", "zsecret"), 0);
    cr_assert_eq(sqlh_database_count(sqlh_test_catalog), 3);
    const char *args = "{\"args\": [], \"kwargs\": {}}";
    char *out = sqlh_test_call(sqlh_list_databases, "alice", args, 0);
    cr_assert_str_eq(out, "[\"a-public_db\",\"fix\"]");
    free(out);
    out = sqlh_test_call(sqlh_list_databases, "carol", args, 0);
    cr_assert_str_eq(out, "[\"a-public_db\",\"zsecret\"]");
    free(out);
    out = sqlh_test_call(sqlh_list_databases, "bob", args, 0);
    cr_assert_str_eq(out, "[\"a-public_db\"]");
    free(out);
    json_t *r = sqlh_test_query_as("bob", "x", "SELECT 1", NULL);
    cr_assert_str_eq(sqlh_test_error(r), "database 'x' is not available; available: a-public_db");
    json_decref(r);
    r = sqlh_test_query_as("bob", "a-public_db", "SELECT 7", NULL);
    cr_assert_null(sqlh_test_error(r));
    json_decref(r);
}

Test(sqlh_catalog, registration_errors) {
    char err[512];
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "bad name", sqlh_test_fixture, err,
                                   sizeof err),
                 -1);
    cr_assert(strstr(err, "database names are") != NULL, "%s", err);
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "", sqlh_test_fixture, err, sizeof err), -1);
    char long_name[80];
    memset(long_name, 'a', 65);
    long_name[65] = '\0';
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, long_name, sqlh_test_fixture, err,
                                   sizeof err),
                 -1);
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "fix", sqlh_test_fixture, err, sizeof err),
                 -1);
    cr_assert(strstr(err, "already registered") != NULL, "%s", err);
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "missing", "/nonexistent/x.db", err,
                                   sizeof err),
                 -1);
    cr_assert(strstr(err, "No such file") != NULL, "%s", err);
    char path[600];
    snprintf(path, sizeof path, "%s/not-a-db.txt", sqlh_test_dir);
    FILE *f = fopen(path, "w");
    cr_assert_not_null(f);
    fputs("this is not a database, just some text that is long enough to have a header.......",
          f);
    fclose(f);
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "text", path, err, sizeof err), -1);
    cr_assert(strstr(err, "file is not a database") != NULL, "%s", err);
    unlink(path);
    cr_assert_eq(sqlh_allow(sqlh_test_catalog, "alice", "unknown"), -1);
    cr_assert_eq(sqlh_database_count(sqlh_test_catalog), 1);
    /* A tiny error buffer is cut, not overrun. */
    char tiny[8];
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "fix", sqlh_test_fixture, tiny, sizeof tiny),
                 -1);
    cr_assert_eq(strlen(tiny), 7);
}

Test(sqlh_catalog, relative_paths_are_resolved_at_registration) {
    char cwd[512];
    cr_assert_not_null(getcwd(cwd, sizeof cwd));
    cr_assert_eq(chdir(sqlh_test_dir), 0);
    char err[512];
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "rel", "fixture.db", err, sizeof err), 0,
                 "%s", err);
    cr_assert_eq(chdir("/"), 0);
    cr_assert_eq(sqlh_allow(sqlh_test_catalog, "alice", "rel"), 0);
    json_t *r = sqlh_test_query_as("alice", "rel", "SELECT count(*) FROM people", NULL);
    cr_assert_null(sqlh_test_error(r), "%s", sqlh_test_error(r));
    json_decref(r);
    cr_assert_eq(chdir(cwd), 0);
}

/* SQLite creates -wal and -shm files for a WAL database even on a read-only
 * connection (sqlh.h says so); the database file itself is still not
 * written. */
Test(sqlh_catalog, wal_databases_can_be_read) {
    char path[600];
    snprintf(path, sizeof path, "%s/wal.db", sqlh_test_dir);
    sqlite3 *db;
    cr_assert_eq(sqlite3_open(path, &db), SQLITE_OK);
    sqlh_test_exec(db, "PRAGMA journal_mode = WAL; CREATE TABLE t(x); INSERT INTO t VALUES (7);");
    cr_assert_eq(sqlite3_close(db), SQLITE_OK);
    size_t before_len;
    unsigned char *before = sqlh_test_read_file(path, &before_len);
    char err[512];
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "wal", path, err, sizeof err), 0, "%s", err);
    cr_assert_eq(sqlh_allow(sqlh_test_catalog, "alice", "wal"), 0);
    json_t *r = sqlh_test_query_as("alice", "wal", "SELECT x FROM t", NULL);
    cr_assert_eq(json_integer_value(json_array_get(json_array_get(json_object_get(r, "rows"), 0),
                                                   0)),
                 7);
    json_decref(r);
    size_t after_len;
    unsigned char *after = sqlh_test_read_file(path, &after_len);
    cr_assert(after_len == before_len && memcmp(before, after, before_len) == 0);
    free(before);
    free(after);
}

/* --- Schema ----------------------------------------------------------------- */

SQLH_SUITE(sqlh_schema);

Test(sqlh_schema, tables_and_columns_in_a_stable_order) {
    char *out = sqlh_test_call(sqlh_schema, "alice", "{\"args\": [\"fix\"], \"kwargs\": {}}", 0);
    cr_assert_str_eq(out,
                     "{\"tables\":["
                     "{\"name\":\"big\",\"columns\":[{\"name\":\"id\",\"type\":\"INTEGER\"},"
                     "{\"name\":\"payload\",\"type\":\"TEXT\"}]},"
                     "{\"name\":\"blobs\",\"columns\":[{\"name\":\"id\",\"type\":\"INTEGER\"},"
                     "{\"name\":\"data\",\"type\":\"BLOB\"}]},"
                     "{\"name\":\"people\",\"columns\":[{\"name\":\"id\",\"type\":\"INTEGER\"},"
                     "{\"name\":\"name\",\"type\":\"TEXT\"},"
                     "{\"name\":\"city\",\"type\":\"TEXT\"}]},"
                     "{\"name\":\"types\",\"columns\":[{\"name\":\"i\",\"type\":\"INTEGER\"},"
                     "{\"name\":\"r\",\"type\":\"REAL\"},{\"name\":\"t\",\"type\":\"TEXT\"},"
                     "{\"name\":\"n\",\"type\":\"TEXT\"},{\"name\":\"b\",\"type\":\"BLOB\"}]}"
                     "]}");
    free(out);
    sqlh_test_assert_untouched();
}

Test(sqlh_schema, odd_names_and_untyped_columns) {
    char path[600];
    snprintf(path, sizeof path, "%s/odd.db", sqlh_test_dir);
    sqlite3 *db;
    cr_assert_eq(sqlite3_open(path, &db), SQLITE_OK);
    sqlh_test_exec(db, "CREATE TABLE \"we\"\"ird t\xC3\xA4" "ble\"(\"c\"\"1\", x, y DECIMAL(10,2));"
                       "CREATE TABLE Zeta(a); CREATE TABLE alpha(b);");
    sqlite3_close(db);
    char err[512];
    cr_assert_eq(sqlh_add_database(sqlh_test_catalog, "odd", path, err, sizeof err), 0, "%s", err);
    cr_assert_eq(sqlh_allow(sqlh_test_catalog, "alice", "odd"), 0);
    char *out = sqlh_test_call(sqlh_schema, "alice", "{\"args\": [\"odd\"], \"kwargs\": {}}", 0);
    cr_assert_str_eq(out,
                     "{\"tables\":["
                     "{\"name\":\"Zeta\",\"columns\":[{\"name\":\"a\",\"type\":\"\"}]},"
                     "{\"name\":\"alpha\",\"columns\":[{\"name\":\"b\",\"type\":\"\"}]},"
                     "{\"name\":\"we\\\"ird t\xC3\xA4" "ble\",\"columns\":["
                     "{\"name\":\"c\\\"1\",\"type\":\"\"},{\"name\":\"x\",\"type\":\"\"},"
                     "{\"name\":\"y\",\"type\":\"DECIMAL(10,2)\"}]}]}");
    free(out);
    unlink(path);
}

/* --- The demo database ------------------------------------------------------ */

SQLH_SUITE(sqlh_demo);

Test(sqlh_demo, script_builds_a_queryable_shop) {
    sqlh_test_add_shop();
    size_t before_len;
    unsigned char *before = sqlh_test_read_file(sqlh_test_shop, &before_len);
    cr_assert_lt(before_len, 1024 * 1024);

    char *out = sqlh_test_call(sqlh_schema, "anyone", "{\"args\": [\"shop\"], \"kwargs\": {}}", 0);
    for (const char *t = "customers\0products\0orders\0order_items\0product_images\0"; *t;
         t += strlen(t) + 1) {
        char quoted[64];
        snprintf(quoted, sizeof quoted, "{\"name\":\"%s\"", t);
        cr_assert(strstr(out, quoted) != NULL, "no table %s in %s", t, out);
    }
    free(out);

    json_t *r = sqlh_test_query_as(
        "anyone", "shop",
        "SELECT c.country, count(DISTINCT o.id) AS orders, "
        "sum(i.quantity * i.unit_price_cents) / 100.0 AS revenue "
        "FROM customers c JOIN orders o ON o.customer_id = c.id "
        "JOIN order_items i ON i.order_id = o.id WHERE o.status = :status "
        "GROUP BY c.country ORDER BY revenue DESC LIMIT 3",
        "{\"status\": \"delivered\"}");
    cr_assert_null(sqlh_test_error(r), "%s", sqlh_test_error(r));
    cr_assert_eq(json_array_size(json_object_get(r, "rows")), 3);
    json_decref(r);

    /* Product images are real PNGs, base64-encoded. */
    r = sqlh_test_query_as("anyone", "shop",
                           "SELECT image FROM product_images WHERE product_id = 1", NULL);
    const char *b64 = json_string_value(
        json_object_get(json_array_get(json_array_get(json_object_get(r, "rows"), 0), 0),
                        "$base64"));
    cr_assert_not_null(b64);
    cr_assert_eq(strncmp(b64, "iVBORw0KGgo", 11), 0, "%s", b64); /* "\x89PNG\r\n\x1a\n" */
    json_decref(r);

    r = sqlh_test_query_as("anyone", "shop", "SELECT count(*) FROM customers", NULL);
    cr_assert_gt(json_integer_value(json_array_get(json_array_get(json_object_get(r, "rows"), 0),
                                                   0)),
                 100);
    json_decref(r);

    size_t after_len;
    unsigned char *after = sqlh_test_read_file(sqlh_test_shop, &after_len);
    cr_assert_eq(after_len, before_len);
    cr_assert_eq(memcmp(before, after, before_len), 0, "the shop database changed");
    free(before);
    free(after);
    sqlh_test_assert_untouched();
}

Test(sqlh_demo, script_is_deterministic_and_refuses_to_overwrite) {
    sqlh_test_add_shop();
    char command[1400];
    snprintf(command, sizeof command,
             "python3 scripts/make-demo-db.py '%s' 2> /dev/null", sqlh_test_shop);
    cr_assert_neq(system(command), 0, "the script overwrote an existing file");
    snprintf(command, sizeof command,
             "python3 scripts/make-demo-db.py '%s/again.db' > /dev/null && "
             "cmp -s '%s/again.db' '%s' && rm '%s/again.db'",
             sqlh_test_dir, sqlh_test_dir, sqlh_test_shop, sqlh_test_dir);
    cr_assert_eq(system(command), 0, "two runs wrote different files");
    snprintf(command, sizeof command, "python3 scripts/make-demo-db.py --force '%s' > /dev/null",
             sqlh_test_shop);
    cr_assert_eq(system(command), 0);
}
