/*
 * fuzz_wire.c — libFuzzer target for the wire decoder, assembler and parsers
 * (src/wire/wire.c), the code that reads bytes a hostile worker chose.
 *
 * Input format, so that one input is a whole conversation rather than one
 * datagram (the assembler's state across frames is where bugs would hide):
 *
 *     u8 selector                 picks the assembler buffer's capacity
 *     repeated: u16 length (LE), then that many bytes: one datagram
 *                                 (a length past the end takes what is left)
 *
 * Every datagram is copied into a heap block of exactly its size, and every
 * completed body likewise, so AddressSanitizer reports a read even one byte
 * past the end. Each datagram goes through wire_decode_frame and, if valid,
 * the assembler; each completed message through its type's parser; every
 * datagram is also given to all parsers raw, which reaches the parsers'
 * checks more directly than through valid frames. On top of "no crash", the
 * target aborts when a result breaks the contract: a failure without a
 * message, a string pointing outside its body, a value over its limit, or a
 * parsed message that does not encode back (through wire_send_* and a real
 * socketpair) to exactly the bytes it came from.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "wire.h"

#define WIRE_FUZZ_BUF_CAP (2 + WIRE_MAX_HOST_NAME + WIRE_MAX_HOST_JSON)
/* Round trips bigger than this could fill the socket buffer and block. */
#define WIRE_FUZZ_RESEND_MAX ((size_t)32 * 1024)

static uint8_t wire_fuzz_buf[WIRE_FUZZ_BUF_CAP];
static uint8_t wire_fuzz_resend_buf[WIRE_FUZZ_BUF_CAP];
static uint8_t wire_fuzz_datagram[WIRE_MAX_FRAME + 1];
static char wire_fuzz_err[128];
static int wire_fuzz_sv[2] = {-1, -1};

#define WIRE_FUZZ_CHECK(cond)                                                                      \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: check failed: %s (err \"%s\")\n", __FILE__, __LINE__, #cond,   \
                    wire_fuzz_err);                                                                \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* A failure must say why; a success must leave err alone (we clear it). */
static void wire_fuzz_result(int rc) {
    WIRE_FUZZ_CHECK(rc == 0 || rc == -1);
    if (rc == -1) {
        WIRE_FUZZ_CHECK(wire_fuzz_err[0] != '\0');
    }
    wire_fuzz_err[0] = '\0';
}

static bool wire_fuzz_within(const uint8_t *p, size_t n, const uint8_t *body, size_t len) {
    return p >= body && (size_t)(p - body) <= len && n <= len - (size_t)(p - body);
}

/* --- Re-encoding: a valid body has exactly one encoding --------------------- */

static void wire_fuzz_open_socket(void) {
    if (wire_fuzz_sv[0] < 0) {
        WIRE_FUZZ_CHECK(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, wire_fuzz_sv) == 0);
    }
}

/* Reads back the message just sent and compares it with the original body. */
static void wire_fuzz_expect_resent(int rc, wire_type type, const uint8_t *body, size_t len) {
    WIRE_FUZZ_CHECK(rc == 0);
    wire_assembler a;
    wire_assembler_init(&a, wire_fuzz_resend_buf, sizeof wire_fuzz_resend_buf);
    int done = 0;
    while (done == 0) {
        long n = wire_read_datagram(wire_fuzz_sv[1], wire_fuzz_datagram, sizeof wire_fuzz_datagram);
        WIRE_FUZZ_CHECK(n > 0);
        wire_frame f;
        WIRE_FUZZ_CHECK(wire_decode_frame(wire_fuzz_datagram, (size_t)n, &f, wire_fuzz_err,
                                          sizeof wire_fuzz_err) == 0);
        done = wire_assembler_add(&a, &f, wire_fuzz_err, sizeof wire_fuzz_err);
        WIRE_FUZZ_CHECK(done >= 0);
    }
    WIRE_FUZZ_CHECK(a.type == type);
    WIRE_FUZZ_CHECK(a.len == len);
    WIRE_FUZZ_CHECK(len == 0 || memcmp(a.buf, body, len) == 0);
}

/* --- Parsers, with the invariants of a successful parse ----------------------- */

static void wire_fuzz_exec(const uint8_t *body, size_t len, bool resend) {
    wire_exec x;
    int rc = wire_parse_exec(body, len, &x, wire_fuzz_err, sizeof wire_fuzz_err);
    wire_fuzz_result(rc);
    if (rc == 0) {
        WIRE_FUZZ_CHECK(x.code == body + 20 && x.code_len == len - 20);
        WIRE_FUZZ_CHECK(x.code_len <= WIRE_MAX_CODE);
        if (resend) {
            wire_fuzz_expect_resent(wire_send_exec(wire_fuzz_sv[0], &x), WIRE_EXEC, body, len);
        }
    }
}

static void wire_fuzz_output(const uint8_t *body, size_t len, bool resend) {
    wire_output x;
    int rc = wire_parse_output(body, len, &x, wire_fuzz_err, sizeof wire_fuzz_err);
    wire_fuzz_result(rc);
    if (rc == 0) {
        WIRE_FUZZ_CHECK(x.stream <= 1);
        WIRE_FUZZ_CHECK(x.data == body + 1 && x.data_len == len - 1);
        WIRE_FUZZ_CHECK(x.data_len <= WIRE_MAX_OUTPUT_CHUNK);
        if (resend) {
            wire_fuzz_expect_resent(wire_send_output(wire_fuzz_sv[0], x.stream, x.data, x.data_len),
                                    WIRE_OUTPUT, body, len);
        }
    }
}

static void wire_fuzz_host_call(const uint8_t *body, size_t len, bool resend) {
    wire_host_call x;
    int rc = wire_parse_host_call(body, len, &x, wire_fuzz_err, sizeof wire_fuzz_err);
    wire_fuzz_result(rc);
    if (rc == 0) {
        WIRE_FUZZ_CHECK(x.name_len >= 1 && x.name_len <= WIRE_MAX_HOST_NAME);
        WIRE_FUZZ_CHECK(x.json_len <= WIRE_MAX_HOST_JSON);
        WIRE_FUZZ_CHECK(x.name == body + 2 && x.json == x.name + x.name_len);
        WIRE_FUZZ_CHECK(wire_fuzz_within(x.json, x.json_len, body, len));
        WIRE_FUZZ_CHECK(2 + x.name_len + x.json_len == len);
        if (resend) {
            wire_fuzz_expect_resent(
                wire_send_host_call(wire_fuzz_sv[0], x.name, x.name_len, x.json, x.json_len),
                WIRE_HOST_CALL, body, len);
        }
    }
}

static void wire_fuzz_host_result(const uint8_t *body, size_t len, bool resend) {
    wire_host_result x;
    int rc = wire_parse_host_result(body, len, &x, wire_fuzz_err, sizeof wire_fuzz_err);
    wire_fuzz_result(rc);
    if (rc == 0) {
        WIRE_FUZZ_CHECK(x.data == body + 1 && x.data_len == len - 1);
        WIRE_FUZZ_CHECK(x.data_len <= WIRE_MAX_HOST_JSON);
        if (resend) {
            wire_fuzz_expect_resent(
                wire_send_host_result(wire_fuzz_sv[0], x.ok, x.data, x.data_len), WIRE_HOST_RESULT,
                body, len);
        }
    }
}

static void wire_fuzz_done(const uint8_t *body, size_t len, bool resend) {
    wire_done x;
    int rc = wire_parse_done(body, len, &x, wire_fuzz_err, sizeof wire_fuzz_err);
    wire_fuzz_result(rc);
    if (rc == 0) {
        WIRE_FUZZ_CHECK(x.status <= 4);
        WIRE_FUZZ_CHECK(x.error_type_len <= WIRE_MAX_ERROR_TYPE);
        WIRE_FUZZ_CHECK(x.error_message_len <= WIRE_MAX_ERROR_MESSAGE);
        WIRE_FUZZ_CHECK(x.traceback_len <= WIRE_MAX_TRACEBACK);
        WIRE_FUZZ_CHECK(x.error_type == body + 32);
        WIRE_FUZZ_CHECK(x.error_message == x.error_type + x.error_type_len);
        WIRE_FUZZ_CHECK(x.traceback == x.error_message + x.error_message_len);
        WIRE_FUZZ_CHECK(wire_fuzz_within(x.traceback, x.traceback_len, body, len));
        WIRE_FUZZ_CHECK(x.traceback + x.traceback_len == body + len);
        if (resend) {
            wire_fuzz_expect_resent(wire_send_done(wire_fuzz_sv[0], &x), WIRE_DONE, body, len);
        }
    }
}

static void wire_fuzz_reset(const uint8_t *body, size_t len, bool resend) {
    uint64_t seed;
    int rc = wire_parse_reset(body, len, &seed, wire_fuzz_err, sizeof wire_fuzz_err);
    wire_fuzz_result(rc);
    if (rc == 0) {
        WIRE_FUZZ_CHECK(len == 8);
        if (resend) {
            wire_fuzz_expect_resent(wire_send_reset(wire_fuzz_sv[0], seed), WIRE_RESET, body, len);
        }
    }
}

static void wire_fuzz_ready(const uint8_t *body, size_t len, bool resend) {
    uint32_t applied;
    int rc = wire_parse_ready(body, len, &applied, wire_fuzz_err, sizeof wire_fuzz_err);
    wire_fuzz_result(rc);
    if (rc == 0) {
        WIRE_FUZZ_CHECK(len == 4);
        WIRE_FUZZ_CHECK((applied & ~WIRE_READY_ALL) == 0);
        if (resend) {
            wire_fuzz_expect_resent(wire_send_ready(wire_fuzz_sv[0], applied), WIRE_READY, body,
                                    len);
        }
    }
}

static void wire_fuzz_bye(const uint8_t *body, size_t len, bool resend) {
    int rc = wire_parse_bye(body, len, wire_fuzz_err, sizeof wire_fuzz_err);
    wire_fuzz_result(rc);
    if (rc == 0) {
        WIRE_FUZZ_CHECK(len == 0);
        if (resend) {
            wire_fuzz_expect_resent(wire_send_bye(wire_fuzz_sv[0]), WIRE_BYE, body, len);
        }
    }
}

static void wire_fuzz_host_names(const uint8_t *body, size_t len, bool resend) {
    size_t count;
    int rc = wire_parse_host_names(body, len, &count, wire_fuzz_err, sizeof wire_fuzz_err);
    wire_fuzz_result(rc);
    if (rc == 0) {
        WIRE_FUZZ_CHECK(count <= WIRE_MAX_HOST_NAMES);
        if (resend) {
            wire_fuzz_expect_resent(wire_send_host_names(wire_fuzz_sv[0], (const char *)body, len),
                                    WIRE_HOST_NAMES, body, len);
        }
    }
}

typedef void (*wire_fuzz_parser)(const uint8_t *body, size_t len, bool resend);

static wire_fuzz_parser wire_fuzz_parser_for(wire_type type) {
    switch (type) {
    case WIRE_EXEC:
        return wire_fuzz_exec;
    case WIRE_OUTPUT:
        return wire_fuzz_output;
    case WIRE_HOST_CALL:
        return wire_fuzz_host_call;
    case WIRE_HOST_RESULT:
        return wire_fuzz_host_result;
    case WIRE_DONE:
        return wire_fuzz_done;
    case WIRE_RESET:
        return wire_fuzz_reset;
    case WIRE_BYE:
        return wire_fuzz_bye;
    case WIRE_READY:
        return wire_fuzz_ready;
    case WIRE_HOST_NAMES:
        return wire_fuzz_host_names;
    }
    return NULL;
}

/* A copy of exactly len bytes on the heap, so that ASan sees the end. */
static uint8_t *wire_fuzz_copy(const uint8_t *p, size_t len) {
    uint8_t *copy = malloc(len > 0 ? len : 1);
    WIRE_FUZZ_CHECK(copy != NULL);
    if (len > 0) {
        memcpy(copy, p, len);
    }
    return copy;
}

/* --- Driving --------------------------------------------------------------------- */

static void wire_fuzz_message(const wire_assembler *a) {
    WIRE_FUZZ_CHECK(a->len <= a->cap && a->len <= wire_max_body(a->type));
    wire_fuzz_parser parse = wire_fuzz_parser_for(a->type);
    WIRE_FUZZ_CHECK(parse != NULL);
    uint8_t *body = wire_fuzz_copy(a->buf, a->len);
    parse(body, a->len, a->len <= WIRE_FUZZ_RESEND_MAX);
    free(body);
}

static void wire_fuzz_datagram_in(wire_assembler *a, const uint8_t *d, size_t n) {
    wire_frame f;
    int rc = wire_decode_frame(d, n, &f, wire_fuzz_err, sizeof wire_fuzz_err);
    wire_fuzz_result(rc);
    if (rc != 0) {
        return;
    }
    WIRE_FUZZ_CHECK(f.chunk == d + WIRE_HEADER_SIZE && f.chunk_len == n - WIRE_HEADER_SIZE);
    WIRE_FUZZ_CHECK(f.chunk_len <= WIRE_MAX_CHUNK);
    rc = wire_assembler_add(a, &f, wire_fuzz_err, sizeof wire_fuzz_err);
    if (rc == -1) {
        WIRE_FUZZ_CHECK(wire_fuzz_err[0] != '\0');
        WIRE_FUZZ_CHECK(a->len == 0 && a->type == 0);
        wire_fuzz_err[0] = '\0';
        return;
    }
    WIRE_FUZZ_CHECK(rc == 0 || rc == 1);
    WIRE_FUZZ_CHECK(a->type == f.type && a->len <= a->cap);
    if (rc == 1) {
        wire_fuzz_message(a);
    }
}

/* Each parser on the raw datagram, without re-encoding (cheap and direct). */
static void wire_fuzz_all_parsers(const uint8_t *d, size_t n) {
    for (unsigned t = WIRE_TYPE_FIRST; t <= WIRE_TYPE_LAST; t++) {
        wire_fuzz_parser_for((wire_type)t)(d, n, false);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const size_t caps[] = {0, 16, 4096, WIRE_FUZZ_BUF_CAP};
    if (size < 1) {
        return 0;
    }
    wire_fuzz_open_socket();
    wire_assembler a;
    wire_assembler_init(&a, wire_fuzz_buf, caps[data[0] % 4]);
    size_t at = 1;
    while (size - at >= 2) {
        size_t n = (size_t)data[at] | (size_t)data[at + 1] << 8;
        at += 2;
        if (n > size - at) {
            n = size - at;
        }
        uint8_t *d = wire_fuzz_copy(data + at, n);
        at += n;
        wire_fuzz_datagram_in(&a, d, n);
        wire_fuzz_all_parsers(d, n);
        free(d);
    }
    return 0;
}
