/*
 * cli_serve.c — `mpsandbox serve`: the HTTP service (JSON API, MCP over
 * streamable HTTP, metrics, playground) until SIGINT or SIGTERM.
 */
#include <errno.h>
#include <pthread.h>
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"

#define EVICT_EVERY_SECONDS 30

static const char serve_usage[] =
    "usage: mpsandbox serve [--host ADDR] [--port N] [options]\n"
    "\n"
    "Serves the sandbox over HTTP: POST /v1/execute, GET /v1/sessions,\n"
    "DELETE /v1/sessions/{id}, GET /healthz, GET /metrics, /mcp (MCP over\n"
    "streamable HTTP) and the playground at /. Without tokens (see --config) it\n"
    "only listens on a loopback address.\n"
    "\n"
    "options:\n"
    "  --host ADDR         address to listen on (default 127.0.0.1)\n"
    "  --port N            port (default 8765; 0 picks a free one)\n"
    "%s"
    "  -h, --help          show this help\n"
    "  --version           show the version\n";

enum { OPT_HOST = 0x300, OPT_PORT };

typedef struct {
    const char *host;
    long port;
} serve_request;

static int parse(int argc, char **argv, cli_settings *settings, serve_request *req) {
    static const struct option options[] = {
        {"host", required_argument, NULL, OPT_HOST},
        {"port", required_argument, NULL, OPT_PORT},
        CLI_SHARED_OPTIONS,
        {NULL, 0, NULL, 0},
    };
    int opt;
    opterr = 0;
    while ((opt = getopt_long(argc, argv, ":h", options, NULL)) != -1) {
        if (opt == OPT_HOST) {
            req->host = optarg;
        } else if (opt == OPT_PORT) {
            char *end;
            errno = 0;
            req->port = strtol(optarg, &end, 10);
            if (errno != 0 || *end != '\0' || end == optarg || req->port < 0 ||
                req->port > 65535) {
                cli_error("serve", "bad --port '%s': expected 0 to 65535", optarg);
                return CLI_EXIT_USAGE;
            }
        } else {
            int rc = cli_shared_option("serve", serve_usage, opt, settings, argv);
            if (rc != CLI_CONTINUE) {
                return rc;
            }
        }
    }
    if (optind < argc) {
        cli_error("serve", "unexpected argument '%s' (see mpsandbox serve --help)", argv[optind]);
        return CLI_EXIT_USAGE;
    }
    return CLI_CONTINUE;
}

static void announce(const char *host, unsigned port) {
    const char *bracket_open = strchr(host, ':') ? "[" : "", *bracket_close = strchr(host, ':') ? "]" : "";
    printf("mpsandbox %s serving on http://%s%s%s:%u/\n"
           "  playground  http://%s%s%s:%u/\n"
           "  API         POST http://%s%s%s:%u/v1/execute  {\"python\": \"print(1+1)\"}\n"
           "  MCP (HTTP)  {\"mcpServers\": {\"python\": {\"type\": \"http\", \"url\": "
           "\"http://%s%s%s:%u/mcp\"}}}\n"
           "  MCP (stdio) {\"mcpServers\": {\"python\": {\"command\": \"mpsandbox\", \"args\": "
           "[\"mcp\", \"--db\", \"NAME=PATH\"]}}}\n",
           CLI_VERSION, bracket_open, host, bracket_close, port, bracket_open, host, bracket_close,
           port, bracket_open, host, bracket_close, port, bracket_open, host, bracket_close, port);
    fflush(stdout);
}

static int serve(cli_settings *settings, const serve_request *req) {
    /* Block the stop signals before any thread starts, so every thread
     * inherits the mask and only sigtimedwait below receives them. */
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, NULL);

    mpsb_runtime *rt;
    if (!cli_open_runtime("serve", settings, &rt)) {
        return CLI_EXIT_CRASHED;
    }
    http_options options = {
        .host = req->host,
        .port = (uint16_t)req->port,
        .rt = rt,
        .config = &settings->config,
        .tokens = settings->tokens,
        .n_tokens = settings->n_tokens,
    };
    http_server *srv;
    char err[256];
    if (http_start(&options, &srv, err, sizeof err) != 0) {
        cli_error("serve", "%s", err);
        mpsb_runtime_free(rt);
        return CLI_EXIT_USAGE;
    }
    announce(req->host, http_port(srv));
    struct timespec every = {.tv_sec = EVICT_EVERY_SECONDS};
    while (sigtimedwait(&stop, NULL, &every) < 0) {
        /* Idle sessions first lose their slot here (MCP clients rarely say
         * goodbye), idle workers of the others in the runtime. */
        if (settings->config.idle_timeout_ms != 0) {
            http_expire_idle(srv, settings->config.idle_timeout_ms);
        }
        mpsb_runtime_evict_idle(rt);
    }
    fprintf(stderr, "mpsandbox serve: stopping\n");
    http_stop(srv);
    mpsb_runtime_free(rt);
    return CLI_EXIT_OK;
}

int cli_serve(int argc, char **argv) {
    cli_settings settings;
    if (!cli_settings_init(&settings)) {
        cli_error("serve", "out of memory");
        return CLI_EXIT_CRASHED;
    }
    serve_request req = {.host = "127.0.0.1", .port = 8765};
    int rc = parse(argc, argv, &settings, &req);
    if (rc == CLI_CONTINUE) {
        rc = serve(&settings, &req);
    }
    cli_settings_free(&settings);
    return rc;
}
