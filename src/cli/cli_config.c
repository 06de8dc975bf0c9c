/*
 * cli_config.c — where the databases and the actors' permissions come from:
 * --db NAME=PATH flags and a --config JSON file.
 *
 * The file:
 *
 *   {
 *     "databases": {"shop": "shop.db", "hr": "/srv/hr.db"},
 *     "actors": {"alice": ["shop", "hr"], "*": ["shop"]},
 *     "tokens": {"long-random-secret": "alice"},
 *     "limits": {"memory": "32M", "timeout": 10, "fuel": 20000000000,
 *                "max_output": "2M", "sql_time_limit_ms": 1000,
 *                "sql_max_rows": 1000, "sql_max_bytes": "256K",
 *                "max_host_result": "256K"}
 *   }
 *
 * Relative database paths are relative to the file's folder. "actors" maps
 * an actor to the databases it may query ("*": every actor); a database no
 * actor is granted is unreachable. "tokens" (for `serve`) maps bearer tokens
 * to actors; with tokens, every request must carry one. Every key is
 * optional; unknown keys are errors (a typo must not silently drop a
 * limit).
 */
#define _GNU_SOURCE
#include <jansson.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

bool cli_add_db(const char *cmd, cli_settings *s, const char *arg) {
    const char *eq = strchr(arg, '=');
    if (eq == NULL || eq == arg || eq[1] == '\0') {
        cli_error(cmd, "bad --db '%s': expected NAME=PATH", arg);
        return false;
    }
    char name[80];
    if ((size_t)(eq - arg) >= sizeof name) {
        cli_error(cmd, "bad --db '%s': the name is too long", arg);
        return false;
    }
    memcpy(name, arg, (size_t)(eq - arg));
    name[eq - arg] = '\0';
    char err[256];
    if (sqlh_add_database(s->catalog, name, eq + 1, err, sizeof err) != 0) {
        cli_error(cmd, "--db %s: %s", arg, err);
        return false;
    }
    if (sqlh_allow(s->catalog, SQLH_ANY_ACTOR, name) != 0) {
        cli_error(cmd, "out of memory");
        return false;
    }
    return true;
}

/* A path from the file, relative to the file's folder unless absolute. */
static char *resolve(const char *config_path, const char *path) {
    if (path[0] == '/') {
        return strdup(path);
    }
    char *copy = strdup(config_path);
    if (copy == NULL) {
        return NULL;
    }
    char *joined = NULL;
    if (asprintf(&joined, "%s/%s", dirname(copy), path) < 0) {
        joined = NULL;
    }
    free(copy);
    return joined;
}

static bool load_databases(const char *cmd, cli_settings *s, const char *path, json_t *dbs) {
    if (!json_is_object(dbs)) {
        cli_error(cmd, "%s: \"databases\" must map names to file paths", path);
        return false;
    }
    const char *name;
    json_t *file;
    json_object_foreach(dbs, name, file) {
        if (!json_is_string(file)) {
            cli_error(cmd, "%s: database \"%s\" must be a file path string", path, name);
            return false;
        }
        char *resolved = resolve(path, json_string_value(file));
        char err[256];
        int rc = resolved ? sqlh_add_database(s->catalog, name, resolved, err, sizeof err) : -1;
        free(resolved);
        if (rc != 0) {
            cli_error(cmd, "%s: database \"%s\": %s", path, name,
                      resolved ? err : "out of memory");
            return false;
        }
    }
    return true;
}

static bool load_actors(const char *cmd, cli_settings *s, const char *path, json_t *actors) {
    if (!json_is_object(actors)) {
        cli_error(cmd, "%s: \"actors\" must map actors to lists of databases", path);
        return false;
    }
    const char *actor;
    json_t *grants;
    json_object_foreach(actors, actor, grants) {
        size_t i;
        json_t *db;
        if (!json_is_array(grants)) {
            cli_error(cmd, "%s: actor \"%s\" must have a list of databases", path, actor);
            return false;
        }
        json_array_foreach(grants, i, db) {
            if (!json_is_string(db) || sqlh_allow(s->catalog, actor, json_string_value(db)) != 0) {
                cli_error(cmd, "%s: actor \"%s\": \"%s\" is not a database of this file", path,
                          actor, json_is_string(db) ? json_string_value(db) : "?");
                return false;
            }
        }
    }
    return true;
}

static bool load_tokens(const char *cmd, cli_settings *s, const char *path, json_t *tokens) {
    if (!json_is_object(tokens)) {
        cli_error(cmd, "%s: \"tokens\" must map tokens to actors", path);
        return false;
    }
    const char *token;
    json_t *actor;
    json_object_foreach(tokens, token, actor) {
        if (!json_is_string(actor) || strlen(token) < 16) {
            cli_error(cmd, "%s: each token must be at least 16 characters and map to an actor",
                      path);
            return false;
        }
        http_token *grown = realloc(s->tokens, (s->n_tokens + 1) * sizeof *grown);
        if (grown == NULL) {
            cli_error(cmd, "out of memory");
            return false;
        }
        s->tokens = grown;
        http_token *t = &s->tokens[s->n_tokens];
        t->token = strdup(token);
        t->actor = strdup(json_string_value(actor));
        if (t->token == NULL || t->actor == NULL) {
            free((char *)t->token);
            free((char *)t->actor);
            cli_error(cmd, "out of memory");
            return false;
        }
        s->n_tokens++;
    }
    return true;
}

/* A limit's value as the text its flag would take: "16M" or 16. */
static bool limit_text(json_t *v, char *buf, size_t size) {
    if (json_is_string(v)) {
        snprintf(buf, size, "%s", json_string_value(v));
    } else if (json_is_integer(v)) {
        snprintf(buf, size, "%lld", (long long)json_integer_value(v));
    } else if (json_is_real(v)) {
        snprintf(buf, size, "%.17g", json_real_value(v));
    } else {
        return false;
    }
    return true;
}

static bool load_limits(const char *cmd, cli_settings *s, const char *path, json_t *limits) {
    static const struct {
        const char *key;
        int opt; /* a CLI_OPT_ limit, or 0 for the SQL limits below */
    } keys[] = {
        {"memory", CLI_OPT_MEMORY},    {"timeout", CLI_OPT_TIMEOUT},
        {"fuel", CLI_OPT_FUEL},        {"max_output", CLI_OPT_MAX_OUTPUT},
        {"sql_time_limit_ms", 0},      {"sql_max_rows", 0},
        {"sql_max_bytes", 0},          {"max_host_result", 0},
    };
    if (!json_is_object(limits)) {
        cli_error(cmd, "%s: \"limits\" must be an object", path);
        return false;
    }
    const char *key;
    json_t *v;
    json_object_foreach(limits, key, v) {
        size_t k = 0;
        while (k < sizeof keys / sizeof *keys && strcmp(keys[k].key, key) != 0) {
            k++;
        }
        char text[64];
        if (k == sizeof keys / sizeof *keys || !limit_text(v, text, sizeof text)) {
            cli_error(cmd, "%s: unknown limit \"%s\" or bad value", path, key);
            return false;
        }
        if (keys[k].opt != 0) {
            if (!cli_limit_option(cmd, s, keys[k].opt, text)) {
                return false;
            }
            continue;
        }
        size_t n;
        bool ok = cli_parse_size(text, 1, (size_t)1 << 30, &n);
        if (ok && strcmp(key, "sql_time_limit_ms") == 0) {
            s->sql.time_limit_ms = n;
        } else if (ok && strcmp(key, "sql_max_rows") == 0) {
            s->sql.max_rows = n;
        } else if (ok && strcmp(key, "max_host_result") == 0 && n <= ((size_t)1 << 20)) {
            s->config.max_host_result = n;
        } else if (ok && strcmp(key, "sql_max_bytes") == 0) {
            s->sql.max_bytes = n;
        } else {
            cli_error(cmd, "%s: bad value for limit \"%s\"", path, key);
            return false;
        }
    }
    return true;
}

bool cli_load_config(const char *cmd, cli_settings *s, const char *path) {
    json_error_t error;
    json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &error);
    if (root == NULL) {
        cli_error(cmd, "--config %s: line %d: %s", path, error.line, error.text);
        return false;
    }
    bool ok = json_is_object(root);
    if (!ok) {
        cli_error(cmd, "--config %s: expected a JSON object", path);
    }
    const char *key;
    json_t *v;
    json_object_foreach(root, key, v) {
        if (!ok) {
            break;
        }
        if (strcmp(key, "databases") == 0) {
            ok = load_databases(cmd, s, path, v);
        }
    }
    /* Grants name databases, so they come after all of them. */
    json_object_foreach(root, key, v) {
        if (!ok) {
            break;
        }
        if (strcmp(key, "actors") == 0) {
            ok = load_actors(cmd, s, path, v);
        } else if (strcmp(key, "limits") == 0) {
            ok = load_limits(cmd, s, path, v);
        } else if (strcmp(key, "tokens") == 0) {
            ok = load_tokens(cmd, s, path, v);
        } else if (strcmp(key, "databases") != 0) {
            cli_error(cmd, "--config %s: unknown key \"%s\"", path, key);
            ok = false;
        }
    }
    json_decref(root);
    return ok;
}
