/*
 * cli_info.c — `mpsandbox info`: starts one worker and reports, as JSON,
 * the confinement it actually got on this machine (namespaces depend on
 * what the kernel allows).
 */
#include <jansson.h>
#include <string.h>

#include "cli.h"

static const char info_usage[] =
    "usage: mpsandbox info\n"
    "\n"
    "Starts one sandbox and prints, as JSON, the hardening its worker applied:\n"
    "seccomp, no_new_privs, rlimits, dropped capabilities, and which new\n"
    "namespaces (user, net, ipc, mount) this kernel allowed.\n";

int cli_info(int argc, char **argv) {
    if (argc > 1) {
        if (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
            fputs(info_usage, stdout);
            return CLI_EXIT_OK;
        }
        if (strcmp(argv[1], "--version") == 0) {
            printf("mpsandbox %s\n", CLI_VERSION);
            return CLI_EXIT_OK;
        }
        cli_error("info", "unexpected argument '%s' (see mpsandbox info --help)", argv[1]);
        return CLI_EXIT_USAGE;
    }
    cli_settings settings;
    if (!cli_settings_init(&settings)) {
        cli_error("info", "out of memory");
        return CLI_EXIT_CRASHED;
    }
    mpsb_config *config = &settings.config;
    config->pool_size = 0;
    mpsb_runtime *rt;
    mpsb_session *session;
    if (!cli_open_session("info", &settings, &rt, &session)) {
        cli_settings_free(&settings);
        return CLI_EXIT_CRASHED;
    }
    mpsb_result *result = cli_exec("info", session, "pass", 4, false);
    int rc = CLI_EXIT_CRASHED;
    if (result != NULL && result->status == MPSB_STATUS_OK) {
        uint32_t h = mpsb_runtime_hardening(rt);
        json_t *info = json_pack(
            "{s:s, s:b, s:b, s:b, s:b, s:{s:b, s:b, s:b, s:b}}", "version", CLI_VERSION,
            "seccomp", (h & MPSB_HARDEN_SECCOMP) != 0, "no_new_privs",
            (h & MPSB_HARDEN_NO_NEW_PRIVS) != 0, "rlimits", (h & MPSB_HARDEN_RLIMITS) != 0,
            "no_capabilities", (h & MPSB_HARDEN_NO_CAPS) != 0, "namespaces", "user",
            (h & MPSB_HARDEN_USER_NS) != 0, "net", (h & MPSB_HARDEN_NET_NS) != 0, "ipc",
            (h & MPSB_HARDEN_IPC_NS) != 0, "mount", (h & MPSB_HARDEN_MOUNT_NS) != 0);
        if (info != NULL && json_dumpf(info, stdout, JSON_COMPACT) == 0) {
            fputc('\n', stdout);
            rc = CLI_EXIT_OK;
        }
        json_decref(info);
    } else if (result != NULL) {
        cli_error("info", "the sandbox did not start: %s",
                  result->reason ? result->reason : mpsb_status_name(result->status));
    }
    mpsb_result_free(result);
    mpsb_runtime_free(rt);
    cli_settings_free(&settings);
    return rc;
}
