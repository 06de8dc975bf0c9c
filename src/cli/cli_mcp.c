/*
 * cli_mcp.c — `mpsandbox mcp`: an MCP server on stdin/stdout for agent
 * clients that spawn their tools. One conversation (one interpreter) per
 * process; messages are JSON-RPC, one per line; logs go to stderr only,
 * since stdout belongs to the protocol.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "mcp.h"

#define MAX_MESSAGE ((size_t)4 * 1024 * 1024)

static const char mcp_usage[] =
    "usage: mpsandbox mcp [options]\n"
    "\n"
    "Serves the Model Context Protocol on stdin/stdout (one JSON-RPC message per\n"
    "line) with one tool, execute_micropython {python, reset_context,\n"
    "show_result}, and one persistent interpreter for the whole conversation.\n"
    "Client configuration:\n"
    "  {\"command\": \"/path/to/mpsandbox\", \"args\": [\"mcp\", \"--db\", \"shop=shop.db\"]}\n"
    "\n"
    "options:\n"
    "%s"
    "  -h, --help          show this help\n"
    "  --version           show the version\n";

static int parse(int argc, char **argv, cli_settings *settings) {
    static const struct option options[] = {CLI_SHARED_OPTIONS, {NULL, 0, NULL, 0}};
    int opt;
    opterr = 0;
    while ((opt = getopt_long(argc, argv, ":h", options, NULL)) != -1) {
        int rc = cli_shared_option("mcp", mcp_usage, opt, settings, argv);
        if (rc != CLI_CONTINUE) {
            return rc;
        }
    }
    if (optind < argc) {
        cli_error("mcp", "unexpected argument '%s' (see mpsandbox mcp --help)", argv[optind]);
        return CLI_EXIT_USAGE;
    }
    return CLI_CONTINUE;
}

static void reply(char *response) {
    if (response != NULL) {
        fputs(response, stdout);
        fputc('\n', stdout);
        fflush(stdout);
        free(response);
    }
}

static int serve(cli_settings *settings) {
    mpsb_runtime *rt;
    mpsb_session *session;
    if (!cli_open_session("mcp", settings, &rt, &session)) {
        return CLI_EXIT_CRASHED;
    }
    mcp_conversation conversation = {.session = session, .config = &settings->config};
    fprintf(stderr, "mpsandbox mcp: serving on stdin/stdout\n");
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, stdin)) >= 0) {
        size_t len = (size_t)n;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) {
            len--;
        }
        if (len == 0) {
            continue;
        }
        if (len > MAX_MESSAGE) {
            reply(strdup("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,"
                         "\"message\":\"message larger than 4 MiB\"}}"));
            continue;
        }
        reply(mcp_handle(&conversation, line, len));
    }
    free(line);
    mpsb_runtime_free(rt);
    return CLI_EXIT_OK;
}

int cli_mcp(int argc, char **argv) {
    cli_settings settings;
    if (!cli_settings_init(&settings)) {
        cli_error("mcp", "out of memory");
        return CLI_EXIT_CRASHED;
    }
    settings.config.pool_size = 1; /* a spare for reset_context */
    int rc = parse(argc, argv, &settings);
    if (rc == CLI_CONTINUE) {
        rc = serve(&settings);
    }
    cli_settings_free(&settings);
    return rc;
}
