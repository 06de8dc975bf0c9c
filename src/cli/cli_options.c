/*
 * cli_options.c — the limit options every subcommand shares, and opening the
 * interpreter with them.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "host_sql.h"

#define KIB ((size_t)1024)
#define MIB (KIB * 1024)
#define GIB (MIB * 1024)
#define MAX_TIMEOUT_S 3600.0

const char cli_shared_help[] =
    "  --memory SIZE       GC heap for the interpreter (default 16M; 64K to 4G)\n"
    "  --fuel N            VM steps (jumps and returns) allowed per execution\n"
    "                      (default 10000000000: the timeout is normally hit first)\n"
    "  --timeout SECONDS   wall clock per execution (default 5; 0.001 to 3600)\n"
    "  --max-output SIZE   stdout + stderr kept per execution (default 1M; up to 1G)\n"
    "  --db NAME=PATH      make a SQLite database available to read_only_sql_query\n"
    "                      (read-only; repeatable)\n"
    "  --config FILE       databases, actors and limits from a JSON file\n"
    "  --actor NAME        who the code runs as, for database permissions\n"
    "                      (default local)\n"
    "  SIZE is bytes, or a number with a K, M or G suffix (powers of 1024).\n"
    "  Later options override earlier ones.\n";

void cli_error(const char *cmd, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "mpsandbox %s: ", cmd);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_option_error(const char *cmd, int opt, char **argv) {
    const char *what = argv[optind - 1];
    char short_opt[3] = {'-', (char)optopt, '\0'};
    if (optopt > 0 && optopt < 0x80) { /* a short option; long ones have no char */
        what = short_opt;
    }
    if (opt == ':') {
        cli_error(cmd, "option %s needs a value", what);
    } else {
        cli_error(cmd, "unknown option %s (see mpsandbox %s --help)", what, cmd);
    }
    return CLI_EXIT_USAGE;
}

bool cli_parse_size(const char *text, size_t min, size_t max, size_t *out) {
    if (text[0] < '0' || text[0] > '9') {
        return false;
    }
    errno = 0;
    char *end;
    unsigned long long n = strtoull(text, &end, 10);
    if (errno != 0) {
        return false;
    }
    size_t unit = 1;
    switch (*end) {
    case '\0':
        break;
    case 'k':
    case 'K':
        unit = KIB;
        end++;
        break;
    case 'm':
    case 'M':
        unit = MIB;
        end++;
        break;
    case 'g':
    case 'G':
        unit = GIB;
        end++;
        break;
    default:
        return false;
    }
    if (*end != '\0' || n > max / unit) {
        return false;
    }
    size_t bytes = (size_t)n * unit;
    if (bytes < min) {
        return false;
    }
    *out = bytes;
    return true;
}

static bool parse_timeout(const char *text, uint64_t *out_ms) {
    errno = 0;
    char *end;
    double s = strtod(text, &end);
    if (errno != 0 || end == text || *end != '\0' || !isfinite(s) || s <= 0 ||
        s > MAX_TIMEOUT_S) {
        return false;
    }
    *out_ms = (uint64_t)(s * 1e3 + 0.5);
    return *out_ms > 0;
}

static bool parse_count(const char *text, uint64_t *out) {
    if (text[0] < '0' || text[0] > '9') {
        return false;
    }
    errno = 0;
    char *end;
    unsigned long long n = strtoull(text, &end, 10);
    if (errno != 0 || *end != '\0' || n == 0) {
        return false;
    }
    *out = n;
    return true;
}

bool cli_limit_option(const char *cmd, cli_settings *s, int opt, const char *arg) {
    mpsb_config *config = &s->config;
    switch (opt) {
    case CLI_OPT_MEMORY:
        if (!cli_parse_size(arg, 64 * KIB, 4 * GIB, &config->heap_size)) {
            cli_error(cmd, "bad --memory '%s': expected a size from 64K to 4G, like 16M", arg);
            return false;
        }
        return true;
    case CLI_OPT_MAX_OUTPUT:
        if (!cli_parse_size(arg, 0, 1 * GIB, &config->max_output)) {
            cli_error(cmd, "bad --max-output '%s': expected a size up to 1G, like 1M", arg);
            return false;
        }
        return true;
    case CLI_OPT_TIMEOUT:
        if (!parse_timeout(arg, &config->timeout_ms)) {
            cli_error(cmd, "bad --timeout '%s': expected seconds from 0.001 to 3600", arg);
            return false;
        }
        return true;
    case CLI_OPT_FUEL:
        if (!parse_count(arg, &config->fuel)) {
            cli_error(cmd, "bad --fuel '%s': expected a whole number above 0", arg);
            return false;
        }
        return true;
    }
    return false;
}

bool cli_open_runtime(const char *cmd, cli_settings *s, mpsb_runtime **rt) {
    char err[256];
    sqlh_set_limits(s->catalog, &s->sql);
    int rc = mpsb_runtime_new(&s->config, rt, err, sizeof err);
    if (rc != MPSB_OK) {
        cli_error(cmd, "cannot start the sandbox: %s", err);
        return false;
    }
    rc = host_sql_register(*rt, s->catalog);
    if (rc != MPSB_OK) {
        cli_error(cmd, "cannot register the SQL functions: %s", mpsb_strerror(rc));
        mpsb_runtime_free(*rt);
        return false;
    }
    return true;
}

bool cli_open_session(const char *cmd, cli_settings *s, mpsb_runtime **rt,
                      mpsb_session **session) {
    if (!cli_open_runtime(cmd, s, rt)) {
        return false;
    }
    int rc = mpsb_session_open(*rt, session);
    if (rc == MPSB_OK) {
        rc = mpsb_session_set_actor(*session, s->actor);
    }
    if (rc != MPSB_OK) {
        cli_error(cmd, "cannot open a session: %s", mpsb_strerror(rc));
        mpsb_runtime_free(*rt);
        return false;
    }
    return true;
}

mpsb_result *cli_exec(const char *cmd, mpsb_session *session, const char *code, size_t len,
                      bool interactive) {
    mpsb_exec_options options = {.interactive = interactive};
    mpsb_result *result;
    int rc = mpsb_exec(session, code, len, &options, &result);
    if (rc != MPSB_OK) {
        cli_error(cmd, "%s", mpsb_strerror(rc));
        return NULL;
    }
    return result;
}

bool cli_settings_init(cli_settings *s) {
    mpsb_config_default(&s->config);
    sqlh_limits_default(&s->sql);
    snprintf(s->actor, sizeof s->actor, "local");
    s->tokens = NULL;
    s->n_tokens = 0;
    s->catalog = sqlh_catalog_new();
    return s->catalog != NULL;
}

void cli_settings_free(cli_settings *s) {
    sqlh_catalog_free(s->catalog);
    s->catalog = NULL;
    for (size_t i = 0; i < s->n_tokens; i++) {
        free((char *)s->tokens[i].token);
        free((char *)s->tokens[i].actor);
    }
    free(s->tokens);
    s->tokens = NULL;
    s->n_tokens = 0;
}

static bool set_actor(const char *cmd, cli_settings *s, const char *arg) {
    if (arg[0] == '\0' || strlen(arg) >= sizeof s->actor) {
        cli_error(cmd, "bad --actor '%s': expected a name of 1 to %zu characters", arg,
                  sizeof s->actor - 1);
        return false;
    }
    snprintf(s->actor, sizeof s->actor, "%s", arg);
    return true;
}

int cli_shared_option(const char *cmd, const char *usage, int opt, cli_settings *s, char **argv) {
    bool ok;
    switch (opt) {
    case CLI_OPT_HELP:
        printf(usage, cli_shared_help);
        return CLI_EXIT_OK;
    case CLI_OPT_VERSION:
        printf("mpsandbox %s\n", CLI_VERSION);
        return CLI_EXIT_OK;
    case ':':
    case '?':
        return cli_option_error(cmd, opt, argv);
    case CLI_OPT_DB:
        ok = cli_add_db(cmd, s, optarg);
        break;
    case CLI_OPT_CONFIG:
        ok = cli_load_config(cmd, s, optarg);
        break;
    case CLI_OPT_ACTOR:
        ok = set_actor(cmd, s, optarg);
        break;
    default:
        ok = cli_limit_option(cmd, s, opt, optarg);
        break;
    }
    return ok ? CLI_CONTINUE : CLI_EXIT_USAGE;
}
