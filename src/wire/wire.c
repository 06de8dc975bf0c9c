/*
 * wire.c — decoding frames, assembling messages and parsing bodies (see
 * wire.h for the layout). Sending and reading sockets is in wire_io.c.
 *
 * Everything here runs on bytes a hostile worker chose, so every function is
 * a pure function over (pointer, length) that checks a length before each
 * read and never trusts one length to bound another. Integers are decoded
 * byte by byte (no struct overlays, no unaligned loads), so the code does not
 * depend on the host's endianness or alignment. Nothing allocates: the worker
 * calls these after its seccomp filter has forbidden malloc, mmap and brk, so
 * the assembler writes into a buffer its caller owns and parsed strings point
 * into the body. Errors are short lower-case messages written with snprintf
 * (which, for these formats, needs no allocation either).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "wire.h"

/* Body layouts (wire.h): fixed parts before the variable-length bytes. */
#define WIRE_EXEC_HEADER ((size_t)20)
#define WIRE_DONE_HEADER ((size_t)32)
#define WIRE_RESET_SIZE ((size_t)8)
#define WIRE_READY_SIZE ((size_t)4)

#define WIRE_EXEC_INTERACTIVE 0x01u
#define WIRE_DONE_STDOUT_TRUNCATED 0x01u
#define WIRE_DONE_STDERR_TRUNCATED 0x02u
#define WIRE_DONE_MESSAGE_TRUNCATED 0x04u
#define WIRE_DONE_TRACEBACK_TRUNCATED 0x08u
#define WIRE_DONE_FLAGS 0x0Fu
/* Highest vm_status (VM_STATUS_OUTPUT_LIMIT); wire does not include vm.h so
 * that the supervisor can use it without the engine. */
#define WIRE_DONE_MAX_STATUS 4u

/* --- Helpers ---------------------------------------------------------------- */

__attribute__((format(printf, 3, 4))) static int wire_fail(char *err, size_t err_size,
                                                           const char *fmt, ...) {
    if (err != NULL && err_size > 0) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, err_size, fmt, ap);
        va_end(ap);
    }
    return -1;
}

static uint16_t wire_get_u16(const uint8_t *p) {
    return (uint16_t)(p[0] | (unsigned)p[1] << 8);
}

static uint32_t wire_get_u32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t wire_get_u64(const uint8_t *p) {
    return (uint64_t)wire_get_u32(p) | (uint64_t)wire_get_u32(p + 4) << 32;
}

/* Two's complement without relying on implementation-defined conversion. */
static int32_t wire_get_i32(const uint8_t *p) {
    uint32_t v = wire_get_u32(p);
    if (v <= (uint32_t)INT32_MAX) {
        return (int32_t)v;
    }
    return -(int32_t)(UINT32_MAX - v) - 1;
}

static void wire_put_u32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

/* Types are compared as unsigned: a wire_type read from a hostile byte or
 * built by a caller may hold any value. */
static bool wire_type_known(unsigned type) {
    return type >= WIRE_TYPE_FIRST && type <= WIRE_TYPE_LAST;
}

static const char *wire_type_name(unsigned type) {
    switch (type) {
    case WIRE_EXEC:
        return "EXEC";
    case WIRE_OUTPUT:
        return "OUTPUT";
    case WIRE_HOST_CALL:
        return "HOST_CALL";
    case WIRE_HOST_RESULT:
        return "HOST_RESULT";
    case WIRE_DONE:
        return "DONE";
    case WIRE_RESET:
        return "RESET";
    case WIRE_BYE:
        return "BYE";
    case WIRE_READY:
        return "READY";
    case WIRE_HOST_NAMES:
        return "HOST_NAMES";
    }
    return "unknown";
}

size_t wire_max_body(wire_type type) {
    switch ((unsigned)type) {
    case WIRE_EXEC:
        return WIRE_EXEC_HEADER + WIRE_MAX_CODE;
    case WIRE_OUTPUT:
        return 1 + WIRE_MAX_OUTPUT_CHUNK;
    case WIRE_HOST_CALL:
        return 2 + WIRE_MAX_HOST_NAME + WIRE_MAX_HOST_JSON;
    case WIRE_HOST_RESULT:
        return 1 + WIRE_MAX_HOST_JSON;
    case WIRE_DONE:
        return WIRE_DONE_HEADER + WIRE_MAX_ERROR_TYPE + WIRE_MAX_ERROR_MESSAGE + WIRE_MAX_TRACEBACK;
    case WIRE_RESET:
        return WIRE_RESET_SIZE;
    case WIRE_BYE:
        return 0;
    case WIRE_READY:
        return WIRE_READY_SIZE;
    case WIRE_HOST_NAMES:
        return WIRE_MAX_HOST_NAMES * (WIRE_MAX_HOST_NAME + 1);
    }
    return 0;
}

/* --- Frames ------------------------------------------------------------------ */

int wire_decode_frame(const uint8_t *buf, size_t len, wire_frame *out, char *err, size_t err_size) {
    if (buf == NULL || len < WIRE_HEADER_SIZE) {
        return wire_fail(err, err_size, "datagram of %zu bytes is shorter than the %zu-byte header",
                         buf == NULL ? (size_t)0 : len, (size_t)WIRE_HEADER_SIZE);
    }
    unsigned type = buf[0];
    unsigned flags = buf[1];
    unsigned reserved = wire_get_u16(buf + 2);
    size_t length = wire_get_u32(buf + 4);
    if (!wire_type_known(type)) {
        return wire_fail(err, err_size, "unknown frame type %u", type);
    }
    if (flags & ~(unsigned)WIRE_FLAG_MORE) {
        return wire_fail(err, err_size, "frame flags 0x%02x have unknown bits", flags);
    }
    if (reserved != 0) {
        return wire_fail(err, err_size, "frame reserved field 0x%04x is not zero", reserved);
    }
    if (length > WIRE_MAX_CHUNK) {
        return wire_fail(err, err_size, "frame length %zu exceeds %zu", length, WIRE_MAX_CHUNK);
    }
    if (length != len - WIRE_HEADER_SIZE) {
        return wire_fail(err, err_size, "frame length %zu but %zu bytes follow the header", length,
                         len - WIRE_HEADER_SIZE);
    }
    out->type = (wire_type)type;
    out->more = (flags & WIRE_FLAG_MORE) != 0;
    out->chunk = buf + WIRE_HEADER_SIZE;
    out->chunk_len = length;
    return 0;
}

void wire_encode_header(uint8_t *buf, wire_type type, bool more, size_t chunk_len) {
    buf[0] = (uint8_t)type;
    buf[1] = more ? WIRE_FLAG_MORE : 0;
    buf[2] = 0;
    buf[3] = 0;
    /* Callers never pass more than WIRE_MAX_CHUNK, so this cannot truncate. */
    wire_put_u32(buf + 4, (uint32_t)chunk_len);
}

/* --- Assembler ---------------------------------------------------------------- */

void wire_assembler_init(wire_assembler *a, uint8_t *buf, size_t cap) {
    a->buf = buf;
    a->cap = cap;
    a->len = 0;
    a->type = (wire_type)0;
    a->complete = false;
}

static void wire_assembler_reset(wire_assembler *a) {
    a->len = 0;
    a->type = (wire_type)0;
    a->complete = false;
}

/* The checks, before anything is copied: the frame must continue the message
 * in progress (if any) and fit both the type's maximum and the buffer. The
 * comparisons subtract from the limits, never add to a length, so a bogus
 * chunk_len cannot wrap around. */
static int wire_assembler_check(const wire_assembler *a, const wire_frame *frame, char *err,
                                size_t err_size) {
    unsigned type = (unsigned)frame->type;
    if (!wire_type_known(type)) {
        return wire_fail(err, err_size, "unknown message type %u", type);
    }
    if (a->type != 0 && type != (unsigned)a->type) {
        return wire_fail(err, err_size, "%s frame interrupts %s message", wire_type_name(type),
                         wire_type_name((unsigned)a->type));
    }
    size_t max = wire_max_body(frame->type);
    if (a->len > max || frame->chunk_len > max - a->len) {
        return wire_fail(err, err_size, "%s body over %zu bytes (%zu so far, chunk of %zu)",
                         wire_type_name(type), max, a->len, frame->chunk_len);
    }
    if (a->len > a->cap || frame->chunk_len > a->cap - a->len) {
        return wire_fail(err, err_size,
                         "%s body over the %zu-byte buffer (%zu so far, chunk of %zu)",
                         wire_type_name(type), a->cap, a->len, frame->chunk_len);
    }
    if (frame->chunk_len > 0 && frame->chunk == NULL) {
        return wire_fail(err, err_size, "%s frame has no chunk", wire_type_name(type));
    }
    return 0;
}

int wire_assembler_add(wire_assembler *a, const wire_frame *frame, char *err, size_t err_size) {
    if (a->complete) {
        wire_assembler_reset(a); /* the caller is done with the last message */
    }
    if (wire_assembler_check(a, frame, err, err_size) != 0) {
        wire_assembler_reset(a);
        return -1;
    }
    if (frame->chunk_len > 0) {
        memcpy(a->buf + a->len, frame->chunk, frame->chunk_len);
    }
    a->len += frame->chunk_len;
    a->type = frame->type;
    if (frame->more) {
        return 0;
    }
    a->complete = true;
    return 1;
}

/* --- Bodies ---------------------------------------------------------------------- */

static int wire_check_header(const char *name, size_t len, size_t need, char *err,
                             size_t err_size) {
    if (len < need) {
        return wire_fail(err, err_size, "%s body truncated: %zu of %zu header bytes", name, len,
                         need);
    }
    return 0;
}

static int wire_check_exact(const char *name, size_t len, size_t need, char *err, size_t err_size) {
    if (len < need) {
        return wire_fail(err, err_size, "%s body truncated: %zu of %zu bytes", name, len, need);
    }
    if (len > need) {
        return wire_fail(err, err_size, "%s body has %zu trailing bytes", name, len - need);
    }
    return 0;
}

static int wire_check_limit(const char *name, const char *field, size_t value, size_t max,
                            char *err, size_t err_size) {
    if (value > max) {
        return wire_fail(err, err_size, "%s body: %s %zu exceeds %zu", name, field, value, max);
    }
    return 0;
}

int wire_parse_exec(const uint8_t *body, size_t len, wire_exec *out, char *err, size_t err_size) {
    if (wire_check_header("EXEC", len, WIRE_EXEC_HEADER, err, err_size) != 0) {
        return -1;
    }
    uint32_t flags = wire_get_u32(body + 16);
    if (flags & ~(uint32_t)WIRE_EXEC_INTERACTIVE) {
        return wire_fail(err, err_size, "EXEC flags 0x%08x have unknown bits", (unsigned)flags);
    }
    size_t code_len = len - WIRE_EXEC_HEADER;
    if (wire_check_limit("EXEC", "code length", code_len, WIRE_MAX_CODE, err, err_size) != 0) {
        return -1;
    }
    out->fuel = wire_get_u64(body);
    out->timeout_ns = wire_get_u64(body + 8);
    out->interactive = (flags & WIRE_EXEC_INTERACTIVE) != 0;
    out->code = body + WIRE_EXEC_HEADER;
    out->code_len = code_len;
    return 0;
}

int wire_parse_output(const uint8_t *body, size_t len, wire_output *out, char *err,
                      size_t err_size) {
    if (wire_check_header("OUTPUT", len, 1, err, err_size) != 0) {
        return -1;
    }
    if (body[0] > 1) {
        return wire_fail(err, err_size, "OUTPUT stream %u is not 0 (stdout) or 1 (stderr)",
                         (unsigned)body[0]);
    }
    if (wire_check_limit("OUTPUT", "data length", len - 1, WIRE_MAX_OUTPUT_CHUNK, err, err_size) !=
        0) {
        return -1;
    }
    out->stream = body[0];
    out->data = body + 1;
    out->data_len = len - 1;
    return 0;
}

int wire_parse_host_call(const uint8_t *body, size_t len, wire_host_call *out, char *err,
                         size_t err_size) {
    if (wire_check_header("HOST_CALL", len, 2, err, err_size) != 0) {
        return -1;
    }
    size_t name_len = wire_get_u16(body);
    if (name_len == 0) {
        return wire_fail(err, err_size, "HOST_CALL body: name_len is 0");
    }
    if (wire_check_limit("HOST_CALL", "name_len", name_len, WIRE_MAX_HOST_NAME, err, err_size) !=
        0) {
        return -1;
    }
    if (name_len > len - 2) {
        return wire_fail(err, err_size, "HOST_CALL body truncated: name_len %zu, %zu bytes follow",
                         name_len, len - 2);
    }
    size_t json_len = len - 2 - name_len;
    if (wire_check_limit("HOST_CALL", "json length", json_len, WIRE_MAX_HOST_JSON, err, err_size) !=
        0) {
        return -1;
    }
    out->name = body + 2;
    out->name_len = name_len;
    out->json = body + 2 + name_len;
    out->json_len = json_len;
    return 0;
}

int wire_parse_host_result(const uint8_t *body, size_t len, wire_host_result *out, char *err,
                           size_t err_size) {
    if (wire_check_header("HOST_RESULT", len, 1, err, err_size) != 0) {
        return -1;
    }
    if (body[0] > 1) {
        return wire_fail(err, err_size, "HOST_RESULT ok %u is not 0 or 1", (unsigned)body[0]);
    }
    if (wire_check_limit("HOST_RESULT", "data length", len - 1, WIRE_MAX_HOST_JSON, err,
                         err_size) != 0) {
        return -1;
    }
    out->ok = body[0] == 1;
    out->data = body + 1;
    out->data_len = len - 1;
    return 0;
}

/* The fixed part of DONE: values, then the three string lengths, each checked
 * against its own limit so that their sum cannot overflow. */
static int wire_parse_done_header(const uint8_t *body, wire_done *out, char *err, size_t err_size) {
    unsigned status = body[0];
    unsigned flags = body[1];
    if (status > WIRE_DONE_MAX_STATUS) {
        return wire_fail(err, err_size, "DONE body: status %u exceeds %u", status,
                         WIRE_DONE_MAX_STATUS);
    }
    if (flags & ~WIRE_DONE_FLAGS) {
        return wire_fail(err, err_size, "DONE flags 0x%02x have unknown bits", flags);
    }
    out->status = (uint8_t)status;
    out->stdout_truncated = (flags & WIRE_DONE_STDOUT_TRUNCATED) != 0;
    out->stderr_truncated = (flags & WIRE_DONE_STDERR_TRUNCATED) != 0;
    out->message_truncated = (flags & WIRE_DONE_MESSAGE_TRUNCATED) != 0;
    out->traceback_truncated = (flags & WIRE_DONE_TRACEBACK_TRUNCATED) != 0;
    out->exit_code = wire_get_i32(body + 2);
    out->fuel_used = wire_get_u64(body + 6);
    out->duration_ns = wire_get_u64(body + 14);
    out->error_type_len = wire_get_u16(body + 22);
    out->error_message_len = wire_get_u32(body + 24);
    out->traceback_len = wire_get_u32(body + 28);
    if (wire_check_limit("DONE", "type_len", out->error_type_len, WIRE_MAX_ERROR_TYPE, err,
                         err_size) != 0 ||
        wire_check_limit("DONE", "message_len", out->error_message_len, WIRE_MAX_ERROR_MESSAGE, err,
                         err_size) != 0 ||
        wire_check_limit("DONE", "traceback_len", out->traceback_len, WIRE_MAX_TRACEBACK, err,
                         err_size) != 0) {
        return -1;
    }
    return 0;
}

int wire_parse_done(const uint8_t *body, size_t len, wire_done *out, char *err, size_t err_size) {
    if (wire_check_header("DONE", len, WIRE_DONE_HEADER, err, err_size) != 0) {
        return -1;
    }
    wire_done done;
    if (wire_parse_done_header(body, &done, err, err_size) != 0) {
        return -1;
    }
    size_t need =
        WIRE_DONE_HEADER + done.error_type_len + done.error_message_len + done.traceback_len;
    if (wire_check_exact("DONE", len, need, err, err_size) != 0) {
        return -1;
    }
    done.error_type = body + WIRE_DONE_HEADER;
    done.error_message = done.error_type + done.error_type_len;
    done.traceback = done.error_message + done.error_message_len;
    *out = done; /* only a fully valid body reaches the caller */
    return 0;
}

int wire_parse_reset(const uint8_t *body, size_t len, uint64_t *seed, char *err, size_t err_size) {
    if (wire_check_exact("RESET", len, WIRE_RESET_SIZE, err, err_size) != 0) {
        return -1;
    }
    *seed = wire_get_u64(body);
    return 0;
}

int wire_parse_ready(const uint8_t *body, size_t len, uint32_t *applied, char *err,
                     size_t err_size) {
    if (wire_check_exact("READY", len, WIRE_READY_SIZE, err, err_size) != 0) {
        return -1;
    }
    uint32_t bits = wire_get_u32(body);
    if (bits & ~WIRE_READY_ALL) {
        return wire_fail(err, err_size, "READY applied 0x%08x has unknown bits", (unsigned)bits);
    }
    *applied = bits;
    return 0;
}

int wire_parse_bye(const uint8_t *body, size_t len, char *err, size_t err_size) {
    (void)body;
    return wire_check_exact("BYE", len, 0, err, err_size);
}

/* An identifier: a letter or '_', then letters, digits or '_'. */
static bool wire_is_identifier(const uint8_t *s, size_t len) {
    if (len == 0 || len > WIRE_MAX_HOST_NAME || (s[0] >= '0' && s[0] <= '9')) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        uint8_t c = s[i];
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '_';
        if (!ok) {
            return false;
        }
    }
    return true;
}

int wire_parse_host_names(const uint8_t *body, size_t len, size_t *count, char *err,
                          size_t err_size) {
    *count = 0;
    size_t start = 0;
    while (start < len) {
        size_t end = start;
        while (end < len && body[end] != '\n') {
            end++;
        }
        if (!wire_is_identifier(body + start, end - start)) {
            return wire_fail(err, err_size, "HOST_NAMES body: name %zu is not an identifier",
                             *count + 1);
        }
        if (++*count > WIRE_MAX_HOST_NAMES) {
            return wire_fail(err, err_size, "HOST_NAMES body: more than %zu names",
                             WIRE_MAX_HOST_NAMES);
        }
        if (end == len - 1) {
            return wire_fail(err, err_size, "HOST_NAMES body ends with a separator");
        }
        start = end + 1;
    }
    return 0;
}
