/*
 * main.c — the mpsandbox command: dispatches to a subcommand.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
    "usage: mpsandbox COMMAND [options]\n"
    "\n"
    "Runs untrusted Python (MicroPython 1.25) with nothing dangerous compiled in\n"
    "and hard limits on memory, steps, wall clock and output.\n"
    "\n"
    "commands:\n"
    "  run       run code in a fresh sandbox (plain output or --json)\n"
    "  repl      a persistent interpreter at a prompt; scriptable from stdin\n"
    "  serve     the HTTP service: JSON API, MCP over HTTP, metrics, playground\n"
    "  mcp       an MCP server on stdin/stdout (tool execute_micropython)\n"
    "  info      the confinement a worker gets on this machine, as JSON\n"
    "  compat    the command line MicroPython's own test suite drives\n"
    "\n"
    "  mpsandbox COMMAND --help   options of a command\n"
    "  mpsandbox --version\n";

int main(int argc, char **argv) {
    if (argc < 2) {
        fputs(usage, stderr);
        return CLI_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage, stdout);
        return CLI_EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0) {
        printf("mpsandbox %s\n", CLI_VERSION);
        return CLI_EXIT_OK;
    }
    if (strcmp(cmd, "run") == 0) {
        return cli_run(argc - 1, argv + 1);
    }
    if (strcmp(cmd, "repl") == 0) {
        return cli_repl(argc - 1, argv + 1);
    }
    if (strcmp(cmd, "serve") == 0) {
        return cli_serve(argc - 1, argv + 1);
    }
    if (strcmp(cmd, "mcp") == 0) {
        return cli_mcp(argc - 1, argv + 1);
    }
    if (strcmp(cmd, "info") == 0) {
        return cli_info(argc - 1, argv + 1);
    }
    if (strcmp(cmd, "compat") == 0) {
        return cli_compat(argc - 1, argv + 1);
    }
    fprintf(stderr, "mpsandbox: unknown command '%s' (see mpsandbox --help)\n", cmd);
    return CLI_EXIT_USAGE;
}
