/*
 * mcp.h — the Model Context Protocol server (prefix mcp_), independent of
 * the transport: one JSON-RPC message in, at most one out. Stdio (one
 * conversation per process) and streamable HTTP (one per Mcp-Session-Id)
 * both drive it.
 *
 * It offers one tool, execute_micropython {python, reset_context,
 * show_result}, running the code in the conversation's session. Methods:
 * initialize (with version negotiation), ping, tools/list, tools/call, and
 * notifications (accepted, never answered). Anything else gets the proper
 * JSON-RPC error.
 */
#ifndef MPSB_MCP_H
#define MPSB_MCP_H

#include <stdbool.h>
#include <stddef.h>

#include "mpsandbox.h"

/* One conversation: its interpreter and where the handshake is. */
typedef struct {
    mpsb_session *session;     /* not owned */
    const mpsb_config *config; /* the limits, for the tool description */
    bool initialized;
    char protocol_version[16];
} mcp_conversation;

/* The protocol versions we speak, newest first. */
extern const char *const mcp_protocol_versions[];

/* Handles one message (len bytes of JSON text). Returns the response as a
 * malloc'd JSON text without a newline, or NULL when none is due (a
 * notification or a response). On out of memory, returns a static-free
 * JSON-RPC internal error where it can, else NULL. */
char *mcp_handle(mcp_conversation *c, const char *message, size_t len);

#endif
