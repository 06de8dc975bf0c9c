/*
 * cli.h — the mpsandbox command (prefix cli_): what its subcommands share.
 *
 * Exit codes are part of the interface (README.md):
 *   0 the code ran to the end, 1 it raised, 2 usage error,
 *   3 a limit stopped it, 4 the sandbox crashed or was killed.
 */
#ifndef MPSB_CLI_H
#define MPSB_CLI_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "mpsandbox.h"
#include "http.h"
#include "sqlh.h"

#define CLI_VERSION "0.1.0"

enum {
    CLI_EXIT_OK = 0,
    CLI_EXIT_GUEST_ERROR = 1,
    CLI_EXIT_USAGE = 2,
    CLI_EXIT_LIMIT = 3,
    CLI_EXIT_CRASHED = 4,
};

/* Source code larger than this is refused (the limit every interface shares). */
#define CLI_MAX_CODE ((size_t)1024 * 1024)

/* Defaults (mpsb_config_default): heap 16M, timeout 5 s, output 1M, fuel
 * large enough that the wall clock is hit first (the VM spends ~6e8 units a
 * second here). */

/* What a subcommand's options set up. */
typedef struct {
    mpsb_config config;
    sqlh_limits sql;
    sqlh_catalog *catalog; /* the databases of --db and --config */
    char actor[128];       /* --actor; default "local" */
    http_token *tokens;    /* "tokens" of --config: bearer token → actor */
    size_t n_tokens;
} cli_settings;

/* Defaults everywhere and an empty catalog; false if out of memory. */
bool cli_settings_init(cli_settings *s);
void cli_settings_free(cli_settings *s);

/* getopt_long values of the options every subcommand shares; use with
 * CLI_SHARED_OPTIONS. Later options override earlier ones (a --config then
 * a --timeout: the flag wins; the other way round: the file wins). */
enum {
    CLI_OPT_HELP = 'h',
    CLI_OPT_MEMORY = 0x100,
    CLI_OPT_FUEL,
    CLI_OPT_TIMEOUT,
    CLI_OPT_MAX_OUTPUT,
    CLI_OPT_DB,
    CLI_OPT_CONFIG,
    CLI_OPT_ACTOR,
    CLI_OPT_VERSION,
};
#define CLI_SHARED_OPTIONS                                                                  \
    {"help", no_argument, NULL, CLI_OPT_HELP},                                              \
        {"version", no_argument, NULL, CLI_OPT_VERSION},                                    \
        {"memory", required_argument, NULL, CLI_OPT_MEMORY},                                \
        {"fuel", required_argument, NULL, CLI_OPT_FUEL},                                    \
        {"timeout", required_argument, NULL, CLI_OPT_TIMEOUT},                              \
        {"max-output", required_argument, NULL, CLI_OPT_MAX_OUTPUT},                        \
        {"db", required_argument, NULL, CLI_OPT_DB},                                        \
        {"config", required_argument, NULL, CLI_OPT_CONFIG},                                \
        {"actor", required_argument, NULL, CLI_OPT_ACTOR}

/* What cli_shared_option returns when the option was handled and parsing
 * goes on. */
#define CLI_CONTINUE (-1)

/* Handles an option getopt_long returned that is not the subcommand's own:
 * --help (prints usage, a printf format given cli_shared_help), --version,
 * a limit, --db, --config, --actor, or getopt's ':' and '?'. Returns
 * CLI_CONTINUE, or the exit code the subcommand should return now. */
int cli_shared_option(const char *cmd, const char *usage, int opt, cli_settings *s, char **argv);

/* Applies one limit given as text (a flag's value). */
bool cli_limit_option(const char *cmd, cli_settings *s, int opt, const char *arg);

/* --- cli_config.c ----------------------------------------------------------- */

/* --db NAME=PATH: registers the database and lets every actor query it. */
bool cli_add_db(const char *cmd, cli_settings *s, const char *arg);

/* --config FILE: databases, actors and limits from a JSON file (format in
 * README.md). Relative database paths are relative to the file. */
bool cli_load_config(const char *cmd, cli_settings *s, const char *path);

/* Help text lines for the shared options. */
extern const char cli_shared_help[];

/* Parses "16M", "512K", "1G", "4096" (bytes). Returns false if malformed or
 * out of [min, max]. */
bool cli_parse_size(const char *text, size_t min, size_t max, size_t *out);

/* After getopt_long returned ':' (missing value) or '?' (unknown option):
 * prints a one-line error and returns CLI_EXIT_USAGE. */
int cli_option_error(const char *cmd, int opt, char **argv);

/* Prints "mpsandbox <cmd>: <message>" to stderr. */
void cli_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Starts a runtime with the SQL host functions; prints the error and returns
 * false on failure. */
bool cli_open_runtime(const char *cmd, cli_settings *s, mpsb_runtime **rt);

/* Starts a runtime with the SQL host functions and opens one session in it
 * for the actor; prints the error and returns false on failure. */
bool cli_open_session(const char *cmd, cli_settings *s, mpsb_runtime **rt,
                      mpsb_session **session);

/* Runs code in the session; prints an API failure and returns NULL. */
mpsb_result *cli_exec(const char *cmd, mpsb_session *session, const char *code, size_t len,
                      bool interactive);

/* The exit code a result maps to. */
int cli_exit_code(const mpsb_result *result);

/* Plain output: the code's stdout to out; its stderr, the traceback and a
 * note on any limit hit or lost interpreter to err. */
void cli_print_plain(const mpsb_result *result, const mpsb_config *config, FILE *out, FILE *err);

/* The one JSON object of `run --json`, on one line. Returns false if it could
 * not be built (out of memory). */
bool cli_print_json(const mpsb_result *result, FILE *out);

int cli_run(int argc, char **argv);
int cli_repl(int argc, char **argv);
int cli_compat(int argc, char **argv);
int cli_info(int argc, char **argv);
int cli_mcp(int argc, char **argv);
int cli_serve(int argc, char **argv);

#endif
