/*
 * worker_serve.c — the frame loop of a confined worker.
 *
 * Runs after the seccomp filter, so it may only read and write WORKER_FD and
 * exit: every buffer is static (in the image the zygote forked), the engine
 * allocates only inside its preallocated GC heap, and every way out is
 * _exit. The supervisor is the only peer; anything it sends that does not
 * parse ends the worker, because a supervisor never sends such frames.
 *
 * For each EXEC the worker runs the code, then sends the captured stdout and
 * stderr as OUTPUT messages and a DONE message with the rest of the result.
 */
#include <string.h>
#include <unistd.h>

#include "vm.h"
#include "wire.h"
#include "worker.h"

#ifdef MPSB_TEST_HOOKS
#include "worker_test_hooks.h" /* tests/hooks: never in the shipped binary */
#endif

static uint8_t frame_buf[WIRE_MAX_FRAME + 1];
static uint8_t message_buf[WIRE_MAX_CODE + 64];
/* A host call's reply arrives while the EXEC message is still in use. */
static uint8_t host_reply_buf[WIRE_MAX_HOST_JSON + 64];
/* The host functions to define in every fresh interpreter ('\n'-joined). */
static char host_names[WIRE_MAX_HOST_NAMES * (WIRE_MAX_HOST_NAME + 1)];
static size_t host_names_len;

/* Writes to the stack the frame loop will use (wire_send alone keeps a
 * whole frame on it). */
static __attribute__((noinline)) void touch_stack(void) {
    volatile uint8_t pad[4 * WIRE_MAX_FRAME];
    for (size_t i = 0; i < sizeof pad; i += 4096) {
        pad[i] = 0;
    }
}

void worker_warm_up(uint64_t seed) {
    static const char snippet[] = "import json\nprint(json.dumps([1 + 1, 'x' * 64]))";
    touch_stack();
    memset(frame_buf, 0, sizeof frame_buf);
    memset(message_buf, 0, WIRE_MAX_CHUNK);
    vm_limits limits = {.fuel = 1000000, .timeout_ns = 1000000000};
    vm_result result;
    vm_exec(snippet, sizeof snippet - 1, &limits, &result);
    vm_reset(seed);
}

static void send_or_die(int rc) {
    if (rc != 0) {
        _exit(WORKER_EXIT_IO);
    }
}

static void fatal(const char *why) {
    (void)why; /* no stderr here: the exit code says it */
    _exit(WORKER_EXIT_FATAL);
}

/* Reads one whole message into a (whose buffer the caller chose); anything
 * malformed ends the worker. */
static void receive_message(wire_assembler *a) {
    for (;;) {
        long n = wire_read_datagram(WORKER_FD, frame_buf, sizeof frame_buf);
        if (n == 0) {
            _exit(WORKER_EXIT_CLEAN); /* the supervisor is gone */
        }
        if (n < 0) {
            _exit(WORKER_EXIT_IO);
        }
        char err[128];
        wire_frame frame;
        if (wire_decode_frame(frame_buf, (size_t)n, &frame, err, sizeof err) != 0) {
            _exit(WORKER_EXIT_PROTOCOL);
        }
        int rc = wire_assembler_add(a, &frame, err, sizeof err);
        if (rc < 0) {
            _exit(WORKER_EXIT_PROTOCOL);
        }
        if (rc == 1) {
            return;
        }
    }
}

/* The engine's host handler: a HOST_CALL out, a HOST_RESULT back. */
static int host_call(const char *name, size_t name_len, const char *args_json, size_t args_len,
                     vm_host_reply *reply) {
    send_or_die(wire_send_host_call(WORKER_FD, name, name_len, args_json, args_len));
    wire_assembler a;
    wire_assembler_init(&a, host_reply_buf, sizeof host_reply_buf);
    receive_message(&a);
    char err[128];
    wire_host_result result;
    if (a.type != WIRE_HOST_RESULT ||
        wire_parse_host_result(a.buf, a.len, &result, err, sizeof err) != 0) {
        _exit(WORKER_EXIT_PROTOCOL);
    }
    *reply = (vm_host_reply){
        .ok = result.ok, .data = (const char *)result.data, .len = result.data_len};
    return 0;
}

static void define_host_functions(void) {
    size_t start = 0;
    while (start < host_names_len) {
        size_t end = start;
        while (end < host_names_len && host_names[end] != '\n') {
            end++;
        }
        if (vm_define_host_function(host_names + start, end - start) != 0) {
            fatal("no heap for the host functions");
        }
        start = end + 1;
    }
}



static void send_text(uint8_t stream, vm_text text) {
    size_t sent = 0;
    while (sent < text.len) {
        size_t n = text.len - sent;
        if (n > WIRE_MAX_OUTPUT_CHUNK) {
            n = WIRE_MAX_OUTPUT_CHUNK;
        }
        send_or_die(wire_send_output(WORKER_FD, stream, text.data + sent, n));
        sent += n;
    }
}

static size_t capped(size_t len, size_t cap, bool *truncated) {
    if (len > cap) {
        *truncated = true;
        return cap;
    }
    return len;
}

static void send_result(const vm_result *r) {
    send_text(0, r->out);
    send_text(1, r->err);
    wire_done done = {
        .status = (uint8_t)r->status,
        .stdout_truncated = r->out.truncated,
        .stderr_truncated = r->err.truncated,
        .message_truncated = r->error_message.truncated,
        .traceback_truncated = r->traceback.truncated,
        .exit_code = r->exit_code,
        .fuel_used = r->fuel_used,
        .duration_ns = r->duration_ns,
    };
    if (r->error_type != NULL) {
        size_t type_len = 0;
        while (r->error_type[type_len] != '\0' && type_len < WIRE_MAX_ERROR_TYPE) {
            type_len++;
        }
        done.error_type = (const uint8_t *)r->error_type;
        done.error_type_len = type_len;
        done.error_message = (const uint8_t *)r->error_message.data;
        done.error_message_len =
            capped(r->error_message.len, WIRE_MAX_ERROR_MESSAGE, &done.message_truncated);
        done.traceback = (const uint8_t *)r->traceback.data;
        done.traceback_len = capped(r->traceback.len, WIRE_MAX_TRACEBACK, &done.traceback_truncated);
    }
    send_or_die(wire_send_done(WORKER_FD, &done));
}

static void handle(wire_type type, const uint8_t *body, size_t len) {
    char err[128];
    switch (type) {
    case WIRE_EXEC: {
        wire_exec exec;
        if (wire_parse_exec(body, len, &exec, err, sizeof err) != 0) {
            _exit(WORKER_EXIT_PROTOCOL);
        }
#ifdef MPSB_TEST_HOOKS
        worker_test_hook(exec.code, exec.code_len);
#endif
        vm_limits limits = {.fuel = exec.fuel, .timeout_ns = exec.timeout_ns};
        vm_result result;
        if (exec.interactive) {
            vm_exec_interactive((const char *)exec.code, exec.code_len, &limits, &result);
        } else {
            vm_exec((const char *)exec.code, exec.code_len, &limits, &result);
        }
        send_result(&result);
        return;
    }
    case WIRE_RESET: {
        uint64_t seed;
        if (wire_parse_reset(body, len, &seed, err, sizeof err) != 0) {
            _exit(WORKER_EXIT_PROTOCOL);
        }
        vm_reset(seed);
        define_host_functions();
        return;
    }
    case WIRE_HOST_NAMES: {
        size_t count;
        if (len > sizeof host_names ||
            wire_parse_host_names(body, len, &count, err, sizeof err) != 0) {
            _exit(WORKER_EXIT_PROTOCOL);
        }
        memcpy(host_names, body, len);
        host_names_len = len;
        define_host_functions();
        return;
    }
    case WIRE_BYE:
        _exit(WORKER_EXIT_CLEAN);
    default:
        _exit(WORKER_EXIT_PROTOCOL);
    }
}

void worker_serve(uint32_t applied) {
    vm_on_fatal(fatal);
    vm_set_host_handler(host_call);
    send_or_die(wire_send_ready(WORKER_FD, applied));
    wire_assembler assembler;
    for (;;) {
        wire_assembler_init(&assembler, message_buf, sizeof message_buf);
        receive_message(&assembler);
        handle(assembler.type, assembler.buf, assembler.len);
    }
}
