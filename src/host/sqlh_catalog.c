/*
 * sqlh_catalog.c — which databases exist, who may query them, the limits,
 * and list_databases().
 *
 * A catalog is small (a handful of databases and grants), so it is two flat
 * arrays searched linearly. Paths are resolved with realpath() when a
 * database is registered: the connection later opens exactly the file the
 * operator named even if the supervisor changes directory, and an absolute
 * path can never be read as a "file:" URI (Debian builds SQLite with
 * SQLITE_USE_URI, which would otherwise honour one even without
 * SQLITE_OPEN_URI). Paths never appear in anything a guest receives.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "sqlh_internal.h"

typedef struct {
    char *name;
    char *path;
} sqlh_database;

typedef struct {
    char *actor;
    size_t database; /* index into databases */
} sqlh_grant;

struct sqlh_catalog {
    sqlh_database *databases;
    size_t database_count;
    sqlh_grant *grants;
    size_t grant_count;
    sqlh_limits limits;
};

static const sqlh_param sqlh_list_params[] = {{"", false}};
static const sqlh_signature sqlh_list_signature = {"list_databases", "takes no arguments",
                                                   sqlh_list_params, 0};

void sqlh_limits_default(sqlh_limits *limits) {
    limits->time_limit_ms = 1000;
    limits->max_rows = 1000;
    limits->max_bytes = (size_t)256 << 10;
}

sqlh_catalog *sqlh_catalog_new(void) {
    sqlh_catalog *c = calloc(1, sizeof *c);
    if (c == NULL) {
        return NULL;
    }
    sqlh_limits_default(&c->limits);
    /* SQLite's allocations are the one resource a statement can grow faster
     * than the progress handler can stop it: a CTE that doubles itself at
     * prepare time, or a row of a thousand 4 MiB values, is all allocated
     * between two progress checks. A hard heap limit turns that into an
     * "out of memory" error instead of the supervisor being OOM-killed. It is
     * process-wide, so it is only set if nobody chose one already. */
    if (sqlite3_initialize() == SQLITE_OK && sqlite3_hard_heap_limit64(-1) == 0) {
        sqlite3_hard_heap_limit64(SQLH_HEAP_LIMIT);
    }
    return c;
}

void sqlh_catalog_free(sqlh_catalog *c) {
    if (c == NULL) {
        return;
    }
    for (size_t i = 0; i < c->database_count; i++) {
        free(c->databases[i].name);
        free(c->databases[i].path);
    }
    for (size_t i = 0; i < c->grant_count; i++) {
        free(c->grants[i].actor);
    }
    free(c->databases);
    free(c->grants);
    free(c);
}

void sqlh_set_limits(sqlh_catalog *c, const sqlh_limits *limits) {
    c->limits = *limits;
}

const sqlh_limits *sqlh_catalog_limits(const sqlh_catalog *c) {
    return &c->limits;
}

size_t sqlh_database_count(const sqlh_catalog *c) {
    return c->database_count;
}

static bool sqlh_valid_name(const char *name) {
    size_t n = strlen(name);
    if (n == 0 || n > 64) {
        return false;
    }
    for (size_t i = 0; i < n; i++) {
        char ch = name[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '_' || ch == '-')) {
            return false;
        }
    }
    return true;
}

static const sqlh_database *sqlh_find(const sqlh_catalog *c, const char *name, size_t len,
                                      size_t *index) {
    for (size_t i = 0; i < c->database_count; i++) {
        if (strlen(c->databases[i].name) == len && memcmp(c->databases[i].name, name, len) == 0) {
            if (index != NULL) {
                *index = i;
            }
            return &c->databases[i];
        }
    }
    return NULL;
}

static bool sqlh_may_query(const sqlh_catalog *c, const char *actor, size_t database) {
    for (size_t i = 0; i < c->grant_count; i++) {
        const sqlh_grant *g = &c->grants[i];
        if (g->database == database &&
            (strcmp(g->actor, SQLH_ANY_ACTOR) == 0 ||
             (actor != NULL && strcmp(g->actor, actor) == 0))) {
            return true;
        }
    }
    return false;
}

static void sqlh_set_err(char *err, size_t err_size, const char *text) {
    if (err != NULL && err_size > 0) {
        size_t n = strlen(text);
        if (n >= err_size) {
            n = err_size - 1;
        }
        memcpy(err, text, n);
        err[n] = '\0';
    }
}

int sqlh_add_database(sqlh_catalog *c, const char *name, const char *path, char *err,
                      size_t err_size) {
    if (name == NULL || !sqlh_valid_name(name)) {
        sqlh_set_err(err, err_size,
                     "database names are 1 to 64 letters, digits, '_' or '-'");
        return -1;
    }
    if (sqlh_find(c, name, strlen(name), NULL) != NULL) {
        char *text = sqlh_format("database '%s' is already registered", name);
        sqlh_set_err(err, err_size, text != NULL ? text : "out of memory");
        free(text);
        return -1;
    }
    char *resolved = path == NULL ? NULL : realpath(path, NULL);
    if (resolved == NULL) {
        char *text = sqlh_format("database '%s': cannot resolve %s: %s", name,
                                 path == NULL ? "(null)" : path, strerror(errno));
        sqlh_set_err(err, err_size, text != NULL ? text : "out of memory");
        free(text);
        return -1;
    }
    /* Open it the way every query will, so a file that is not a database
     * (or cannot be read) is reported to the operator now rather than to a
     * guest later. */
    sqlh_conn conn;
    char *why = NULL;
    uint64_t time_limit_ms = c->limits.time_limit_ms < 5000 ? 5000 : c->limits.time_limit_ms;
    int rc = sqlh_conn_open(&conn, resolved, time_limit_ms, &why);
    if (rc != SQLH_OK) {
        char *text = rc == SQLH_NOMEM
                         ? NULL
                         : sqlh_format("database '%s' at %s: %s", name, resolved, why);
        sqlh_set_err(err, err_size, text != NULL ? text : "out of memory");
        free(text);
        free(why);
        free(resolved);
        return -1;
    }
    sqlh_conn_close(&conn);
    sqlh_database *grown = realloc(c->databases, (c->database_count + 1) * sizeof *grown);
    char *name_copy = strdup(name);
    if (grown != NULL) {
        c->databases = grown;
    }
    if (grown == NULL || name_copy == NULL) {
        free(name_copy);
        free(resolved);
        sqlh_set_err(err, err_size, "out of memory");
        return -1;
    }
    c->databases[c->database_count].name = name_copy;
    c->databases[c->database_count].path = resolved;
    c->database_count++;
    return 0;
}

int sqlh_allow(sqlh_catalog *c, const char *actor, const char *database) {
    size_t index;
    if (actor == NULL || database == NULL ||
        sqlh_find(c, database, strlen(database), &index) == NULL) {
        return -1;
    }
    for (size_t i = 0; i < c->grant_count; i++) {
        if (c->grants[i].database == index && strcmp(c->grants[i].actor, actor) == 0) {
            return 0;
        }
    }
    sqlh_grant *grown = realloc(c->grants, (c->grant_count + 1) * sizeof *grown);
    if (grown == NULL) {
        return -1;
    }
    c->grants = grown;
    char *copy = strdup(actor);
    if (copy == NULL) {
        return -1;
    }
    c->grants[c->grant_count].actor = copy;
    c->grants[c->grant_count].database = index;
    c->grant_count++;
    return 0;
}

static int sqlh_compare_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names actor may query, sorted; *count of them. NULL only if out of
 * memory (an empty list is a valid allocation). */
static const char **sqlh_allowed_names(const sqlh_catalog *c, const char *actor, size_t *count) {
    const char **names = malloc((c->database_count + 1) * sizeof *names);
    if (names == NULL) {
        return NULL;
    }
    size_t n = 0;
    for (size_t i = 0; i < c->database_count; i++) {
        if (sqlh_may_query(c, actor, i)) {
            names[n++] = c->databases[i].name;
        }
    }
    qsort(names, n, sizeof *names, sqlh_compare_names);
    *count = n;
    return names;
}

int sqlh_catalog_resolve(const sqlh_catalog *c, const char *actor, const char *name,
                         size_t name_len, const char **path, char **message) {
    *path = NULL;
    *message = NULL;
    size_t index;
    if (sqlh_find(c, name, name_len, &index) != NULL) {
        if (sqlh_may_query(c, actor, index)) {
            *path = c->databases[index].path;
            return SQLH_OK;
        }
        char *who = sqlh_clip(actor == NULL ? "" : actor, actor == NULL ? 0 : strlen(actor),
                              SQLH_MAX_QUOTED_BYTES);
        *message = who == NULL ? NULL
                               : sqlh_format("permission denied: actor '%s' may not query "
                                             "database '%s'",
                                             who, c->databases[index].name);
        free(who);
        return *message == NULL ? SQLH_NOMEM : 1;
    }
    /* Unknown: say which names would work, so the model can correct itself
     * without a second round trip. Only names this actor may query. */
    size_t count;
    const char **names = sqlh_allowed_names(c, actor, &count);
    char *wanted = sqlh_clip(name, name_len, SQLH_MAX_QUOTED_BYTES);
    sqlh_buf list = {0};
    bool ok = names != NULL && wanted != NULL;
    for (size_t i = 0; ok && i < count; i++) {
        ok = (i == 0 || sqlh_buf_addz(&list, ", ")) && sqlh_buf_addz(&list, names[i]);
    }
    if (ok) {
        *message = sqlh_format("database '%s' is not available; available: %s", wanted,
                               count == 0 ? "(none)" : list.data);
    }
    free(names);
    free(wanted);
    sqlh_buf_free(&list);
    return *message == NULL ? SQLH_NOMEM : 1;
}

int sqlh_list_databases(sqlh_catalog *c, const char *actor, const char *args_json,
                        size_t args_len, char **out, size_t *out_len) {
    *out = NULL;
    json_t *root;
    json_t *values[SQLH_ARGS_MAX];
    char *message;
    int rc = sqlh_parse_args(&sqlh_list_signature, args_json, args_len, &root, values, &message);
    if (rc == SQLH_NOMEM) {
        return SQLH_NOMEM;
    }
    if (rc != SQLH_OK) {
        return sqlh_arg_error_take(message, out, out_len);
    }
    json_decref(root);
    size_t count;
    const char **names = sqlh_allowed_names(c, actor, &count);
    if (names == NULL) {
        return SQLH_NOMEM;
    }
    sqlh_buf b = {0};
    bool ok = sqlh_buf_addz(&b, "[");
    for (size_t i = 0; ok && i < count; i++) {
        ok = (i == 0 || sqlh_buf_addz(&b, ",")) &&
             sqlh_buf_add_json_string(&b, names[i], strlen(names[i]));
    }
    ok = ok && sqlh_buf_addz(&b, "]");
    free(names);
    if (!ok || (*out = sqlh_buf_take(&b, out_len)) == NULL) {
        sqlh_buf_free(&b);
        return SQLH_NOMEM;
    }
    return SQLH_OK;
}
