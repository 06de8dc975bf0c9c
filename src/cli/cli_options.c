/*
 * cli_options.c — the limit options every subcommand shares, and opening the
 * interpreter with them.
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#define KIB ((size_t)1024)
#define MIB (KIB * 1024)
#define GIB (MIB * 1024)
#define MAX_TIMEOUT_S 3600.0

const char cli_limits_help[] =
    "  --memory SIZE       GC heap for the interpreter (default 16M; 64K to 4G)\n"
    "  --fuel N            VM steps (jumps and returns) allowed per execution\n"
    "                      (default 10000000000: the timeout is normally hit first)\n"
    "  --timeout SECONDS   wall clock per execution (default 5; up to 3600)\n"
    "  --max-output SIZE   stdout + stderr kept per execution (default 1M; up to 1G)\n"
    "  SIZE is bytes, or a number with a K, M or G suffix (powers of 1024).\n";

void cli_limits_default(cli_limits *limits) {
    limits->memory = 16 * MIB;
    limits->fuel = 10000000000ull;
    limits->timeout_ns = 5000000000ull;
    limits->max_output = 1 * MIB;
}

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

static bool parse_timeout(const char *text, uint64_t *out_ns) {
    errno = 0;
    char *end;
    double s = strtod(text, &end);
    if (errno != 0 || end == text || *end != '\0' || !isfinite(s) || s <= 0 ||
        s > MAX_TIMEOUT_S) {
        return false;
    }
    *out_ns = (uint64_t)(s * 1e9);
    return *out_ns > 0;
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

bool cli_limits_option(const char *cmd, cli_limits *limits, int opt, const char *arg) {
    switch (opt) {
    case CLI_OPT_MEMORY:
        if (!cli_parse_size(arg, VM_MIN_HEAP, 4 * GIB, &limits->memory)) {
            cli_error(cmd, "bad --memory '%s': expected a size from 64K to 4G, like 16M", arg);
            return false;
        }
        return true;
    case CLI_OPT_MAX_OUTPUT:
        if (!cli_parse_size(arg, 0, 1 * GIB, &limits->max_output)) {
            cli_error(cmd, "bad --max-output '%s': expected a size up to 1G, like 1M", arg);
            return false;
        }
        return true;
    case CLI_OPT_TIMEOUT:
        if (!parse_timeout(arg, &limits->timeout_ns)) {
            cli_error(cmd, "bad --timeout '%s': expected seconds above 0, up to 3600", arg);
            return false;
        }
        return true;
    case CLI_OPT_FUEL:
        if (!parse_count(arg, &limits->fuel)) {
            cli_error(cmd, "bad --fuel '%s': expected a whole number above 0", arg);
            return false;
        }
        return true;
    }
    return false;
}

uint64_t cli_seed(void) {
    uint64_t seed;
    if (getrandom(&seed, sizeof seed, GRND_NONBLOCK) != (ssize_t)sizeof seed) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        seed = ((uint64_t)ts.tv_sec * 1000000007u) ^ (uint64_t)ts.tv_nsec ^ (uint64_t)getpid();
    }
    return seed;
}

bool cli_open_vm(const char *cmd, const cli_limits *limits) {
    vm_config config = {
        .heap_size = limits->memory,
        .max_output = limits->max_output,
        .seed = cli_seed(),
    };
    char err[256];
    if (vm_open(&config, err, sizeof err) != 0) {
        cli_error(cmd, "%s", err);
        return false;
    }
    return true;
}

vm_limits cli_vm_limits(const cli_limits *limits) {
    return (vm_limits){.fuel = limits->fuel, .timeout_ns = limits->timeout_ns};
}
