/*
 * test_wire.c — the supervisor/worker protocol (src/wire) through its header.
 *
 * Round trips go through a real SOCK_SEQPACKET socketpair, as in production:
 * wire_send_* → wire_read_datagram → wire_decode_frame → wire_assembler_add →
 * wire_parse_*, comparing every field. Messages larger than the socket buffer
 * are sent from a forked child so that the parent can drain them. A few tests
 * pin exact bytes, so that a mistake made symmetrically in sender and parser
 * still fails. Rejection tests feed each kind of malformed input and expect
 * -1 with a specific message.
 */
#define _GNU_SOURCE /* F_GETPIPE_SZ */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "wire.h"

/* Room for the largest body of any type, and a read buffer one byte over a
 * frame (wire_read_datagram's contract). Static: too big for the stack. */
#define WIRE_TEST_BODY_CAP (2 + WIRE_MAX_HOST_NAME + WIRE_MAX_HOST_JSON + 64)
static uint8_t wire_test_body[WIRE_TEST_BODY_CAP];
static uint8_t wire_test_datagram[WIRE_MAX_FRAME + 1];
static uint8_t wire_test_payload[WIRE_TEST_BODY_CAP];
static char wire_test_err[256];

/* --- Helpers ---------------------------------------------------------------- */

/* A socketpair whose reads give up after a few seconds, so that a sender that
 * never finishes a message fails the test instead of hanging it. */
static void wire_test_pair(int sv[2]) {
    cr_assert_eq(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv), 0, "socketpair: %s", strerror(errno));
    struct timeval timeout = {.tv_sec = 5};
    for (int i = 0; i < 2; i++) {
        cr_assert_eq(setsockopt(sv[i], SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout), 0);
    }
}

static void wire_test_close(int sv[2]) {
    close(sv[0]);
    close(sv[1]);
}

/* Deterministic, non-repeating-looking bytes, so a misplaced chunk shows. */
static void wire_test_fill(uint8_t *p, size_t len, unsigned seed) {
    uint32_t x = seed * 2654435761u + 1;
    for (size_t i = 0; i < len; i++) {
        x = x * 1103515245u + 12345u;
        p[i] = (uint8_t)(x >> 16);
    }
}

typedef struct {
    wire_assembler a;
    size_t frames;
} wire_test_msg;

/* Reads datagrams from fd until one message is complete, checking every frame
 * on the way (MORE on all but the last, only the last one short). Returns
 * NULL, or what went wrong: it does not assert, so that forked children can
 * use it too (an assertion in a child would report to Criterion twice). */
static const char *wire_test_try_recv(int fd, wire_test_msg *m) {
    wire_assembler_init(&m->a, wire_test_body, sizeof wire_test_body);
    m->frames = 0;
    for (;;) {
        long n = wire_read_datagram(fd, wire_test_datagram, sizeof wire_test_datagram);
        if (n <= 0) {
            snprintf(wire_test_err, sizeof wire_test_err, "read returned %ld: %s", n,
                     n == 0 ? "end of stream" : strerror(errno));
            return wire_test_err;
        }
        wire_frame f;
        if (wire_decode_frame(wire_test_datagram, (size_t)n, &f, wire_test_err,
                              sizeof wire_test_err) != 0) {
            return wire_test_err;
        }
        m->frames++;
        int rc = wire_assembler_add(&m->a, &f, wire_test_err, sizeof wire_test_err);
        if (rc < 0) {
            return wire_test_err;
        }
        if (rc == 1) {
            return NULL;
        }
        if (f.chunk_len != WIRE_MAX_CHUNK) {
            return "a frame other than the last is short";
        }
    }
}

static void wire_test_recv(int fd, wire_test_msg *m) {
    const char *problem = wire_test_try_recv(fd, m);
    cr_assert_null(problem, "receiving: %s", problem);
}

static void wire_test_expect_type(const wire_test_msg *m, wire_type type) {
    cr_assert_eq(m->a.type, type, "type %d, expected %d", (int)m->a.type, (int)type);
}

static void wire_test_expect_bytes(const uint8_t *got, size_t got_len, const void *want,
                                   size_t want_len) {
    cr_assert_eq(got_len, want_len, "length %zu, expected %zu", got_len, want_len);
    if (want_len > 0) {
        cr_assert_eq(memcmp(got, want, want_len), 0, "bytes differ");
    }
}

/* Nothing is waiting on fd. */
static void wire_test_expect_empty(int fd) {
    uint8_t b[16];
    errno = 0;
    cr_assert_eq(recv(fd, b, sizeof b, MSG_DONTWAIT), -1, "a datagram was written");
    cr_assert(errno == EAGAIN || errno == EWOULDBLOCK, "recv: %s", strerror(errno));
}

static void wire_test_expect_error(int rc, const char *want) {
    cr_assert_eq(rc, -1, "accepted; expected an error containing \"%s\"", want);
    cr_assert_neq(wire_test_err[0], '\0', "no error message");
    cr_assert_not_null(strstr(wire_test_err, want), "error \"%s\", expected \"%s\"", wire_test_err,
                       want);
}

/* Calls send(fd, arg) in a child, for messages bigger than the socket buffer. */
typedef int (*wire_test_sender)(int fd, const void *arg);

static int wire_test_send_exec(int fd, const void *exec) {
    return wire_send_exec(fd, exec);
}

/* The child keeps only its own end, so that either side sees the other go
 * away (EPIPE, end of stream) instead of blocking when a test fails. */
static pid_t wire_test_fork(int sv[2], int child_end) {
    pid_t pid = fork();
    cr_assert_neq(pid, -1, "fork: %s", strerror(errno));
    if (pid == 0) {
        close(sv[1 - child_end]);
    }
    return pid;
}

static pid_t wire_test_send_in_child(int sv[2], wire_test_sender send, const void *arg) {
    pid_t pid = wire_test_fork(sv, 0);
    if (pid == 0) {
        _exit(send(sv[0], arg) == 0 ? 0 : 1);
    }
    return pid;
}

static void wire_test_wait_child(pid_t pid) {
    int status;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "sender failed: 0x%x", status);
}

static void wire_test_frame(uint8_t *d, unsigned type, unsigned flags, unsigned reserved,
                            uint32_t length) {
    d[0] = (uint8_t)type;
    d[1] = (uint8_t)flags;
    d[2] = (uint8_t)reserved;
    d[3] = (uint8_t)(reserved >> 8);
    d[4] = (uint8_t)length;
    d[5] = (uint8_t)(length >> 8);
    d[6] = (uint8_t)(length >> 16);
    d[7] = (uint8_t)(length >> 24);
}

static void wire_test_put_u32(uint8_t *p, uint32_t v) {
    for (int i = 0; i < 4; i++) {
        p[i] = (uint8_t)(v >> (8 * i));
    }
}

static void wire_test_put_u64(uint8_t *p, uint64_t v) {
    for (int i = 0; i < 8; i++) {
        p[i] = (uint8_t)(v >> (8 * i));
    }
}

/* A valid DONE body built by hand from the layout in wire.h. */
static size_t wire_test_done_body(uint8_t *b, size_t type_len, size_t message_len,
                                  size_t traceback_len) {
    memset(b, 0, 32);
    b[0] = 1;    /* error */
    b[1] = 0x05; /* stdout and message truncated */
    wire_test_put_u32(b + 2, (uint32_t)-7);
    wire_test_put_u64(b + 6, 0x1122334455667788ull);
    wire_test_put_u64(b + 14, 0x99aabbccddeeff00ull);
    b[22] = (uint8_t)type_len;
    b[23] = (uint8_t)(type_len >> 8);
    wire_test_put_u32(b + 24, (uint32_t)message_len);
    wire_test_put_u32(b + 28, (uint32_t)traceback_len);
    size_t strings = type_len + message_len + traceback_len;
    memset(b + 32, 'x', strings);
    return 32 + strings;
}

/* --- Round trips ------------------------------------------------------------- */

static void wire_test_exec_roundtrip(const wire_exec *in, size_t want_frames) {
    int sv[2];
    wire_test_pair(sv);
    wire_test_msg m;
    if (in->code_len < 64 * 1024) {
        cr_assert_eq(wire_send_exec(sv[0], in), 0, "send: %s", strerror(errno));
        wire_test_recv(sv[1], &m);
    } else {
        pid_t pid = wire_test_send_in_child(sv, wire_test_send_exec, in);
        wire_test_recv(sv[1], &m);
        wire_test_wait_child(pid);
    }
    wire_test_expect_type(&m, WIRE_EXEC);
    cr_assert_eq(m.frames, want_frames, "%zu frames, expected %zu", m.frames, want_frames);
    wire_exec out;
    cr_assert_eq(wire_parse_exec(m.a.buf, m.a.len, &out, wire_test_err, sizeof wire_test_err), 0,
                 "%s", wire_test_err);
    cr_assert_eq(out.fuel, in->fuel);
    cr_assert_eq(out.timeout_ns, in->timeout_ns);
    cr_assert_eq(out.interactive, in->interactive);
    wire_test_expect_bytes(out.code, out.code_len, in->code, in->code_len);
    wire_test_expect_empty(sv[1]);
    wire_test_close(sv);
}

Test(wire_roundtrip, exec_small) {
    const char code[] = "print(sum(range(10)))\n";
    wire_exec in = {.fuel = 10000000000ull,
                    .timeout_ns = 5000000000ull,
                    .interactive = false,
                    .code = (const uint8_t *)code,
                    .code_len = sizeof code - 1};
    wire_test_exec_roundtrip(&in, 1);
    in.interactive = true;
    in.fuel = UINT64_MAX;
    in.timeout_ns = 0;
    wire_test_exec_roundtrip(&in, 1);
}

Test(wire_roundtrip, exec_empty_code) {
    wire_exec in = {.fuel = 1, .timeout_ns = 2, .interactive = true, .code = NULL, .code_len = 0};
    wire_test_exec_roundtrip(&in, 1);
}

Test(wire_roundtrip, exec_max_code_spans_frames) {
    wire_test_fill(wire_test_payload, WIRE_MAX_CODE, 1);
    wire_exec in = {.fuel = 123456789,
                    .timeout_ns = 987654321,
                    .interactive = false,
                    .code = wire_test_payload,
                    .code_len = WIRE_MAX_CODE};
    size_t body = 20 + WIRE_MAX_CODE;
    wire_test_exec_roundtrip(&in, (body + WIRE_MAX_CHUNK - 1) / WIRE_MAX_CHUNK);
}

Test(wire_roundtrip, output) {
    int sv[2];
    wire_test_pair(sv);
    const char text[] = "hello\n";
    for (uint8_t stream = 0; stream <= 1; stream++) {
        cr_assert_eq(wire_send_output(sv[0], stream, text, sizeof text - 1), 0);
        wire_test_msg m;
        wire_test_recv(sv[1], &m);
        wire_test_expect_type(&m, WIRE_OUTPUT);
        wire_output out;
        cr_assert_eq(wire_parse_output(m.a.buf, m.a.len, &out, wire_test_err, sizeof wire_test_err),
                     0, "%s", wire_test_err);
        cr_assert_eq(out.stream, stream);
        wire_test_expect_bytes(out.data, out.data_len, text, sizeof text - 1);
    }
    wire_test_close(sv);
}

Test(wire_roundtrip, output_largest_is_one_full_frame) {
    int sv[2];
    wire_test_pair(sv);
    wire_test_fill(wire_test_payload, WIRE_MAX_OUTPUT_CHUNK, 2);
    cr_assert_eq(wire_send_output(sv[0], 1, wire_test_payload, WIRE_MAX_OUTPUT_CHUNK), 0);
    wire_test_msg m;
    wire_test_recv(sv[1], &m);
    cr_assert_eq(m.frames, 1);
    cr_assert_eq(m.a.len, WIRE_MAX_CHUNK);
    wire_output out;
    cr_assert_eq(wire_parse_output(m.a.buf, m.a.len, &out, wire_test_err, sizeof wire_test_err), 0);
    cr_assert_eq(out.stream, 1);
    wire_test_expect_bytes(out.data, out.data_len, wire_test_payload, WIRE_MAX_OUTPUT_CHUNK);
    wire_test_close(sv);
}

Test(wire_roundtrip, output_empty) {
    int sv[2];
    wire_test_pair(sv);
    cr_assert_eq(wire_send_output(sv[0], 0, NULL, 0), 0);
    wire_test_msg m;
    wire_test_recv(sv[1], &m);
    wire_output out;
    cr_assert_eq(wire_parse_output(m.a.buf, m.a.len, &out, wire_test_err, sizeof wire_test_err), 0);
    cr_assert_eq(out.stream, 0);
    cr_assert_eq(out.data_len, 0);
    wire_test_close(sv);
}

static void wire_test_host_call_roundtrip(const uint8_t *name, size_t name_len, const uint8_t *json,
                                          size_t json_len) {
    int sv[2];
    wire_test_pair(sv);
    wire_test_msg m;
    pid_t pid = wire_test_fork(sv, 0);
    if (pid == 0) {
        _exit(wire_send_host_call(sv[0], name, name_len, json, json_len) == 0 ? 0 : 1);
    }
    wire_test_recv(sv[1], &m);
    wire_test_wait_child(pid);
    wire_test_expect_type(&m, WIRE_HOST_CALL);
    wire_host_call out;
    cr_assert_eq(wire_parse_host_call(m.a.buf, m.a.len, &out, wire_test_err, sizeof wire_test_err),
                 0, "%s", wire_test_err);
    wire_test_expect_bytes(out.name, out.name_len, name, name_len);
    wire_test_expect_bytes(out.json, out.json_len, json, json_len);
    wire_test_close(sv);
}

Test(wire_roundtrip, host_call) {
    const char name[] = "fetch";
    const char json[] = "[\"https://example.com\", {\"timeout\": 3}]";
    wire_test_host_call_roundtrip((const uint8_t *)name, sizeof name - 1, (const uint8_t *)json,
                                  sizeof json - 1);
    wire_test_host_call_roundtrip((const uint8_t *)name, sizeof name - 1, NULL, 0);
}

Test(wire_roundtrip, host_call_largest) {
    uint8_t name[WIRE_MAX_HOST_NAME];
    memset(name, 'n', sizeof name);
    wire_test_fill(wire_test_payload, WIRE_MAX_HOST_JSON, 3);
    wire_test_host_call_roundtrip(name, sizeof name, wire_test_payload, WIRE_MAX_HOST_JSON);
}

Test(wire_roundtrip, host_result) {
    int sv[2];
    wire_test_pair(sv);
    const char *data[] = {"{\"status\": 200}", "host function failed", ""};
    bool oks[] = {true, false, true};
    for (size_t i = 0; i < 3; i++) {
        cr_assert_eq(wire_send_host_result(sv[0], oks[i], data[i], strlen(data[i])), 0);
        wire_test_msg m;
        wire_test_recv(sv[1], &m);
        wire_test_expect_type(&m, WIRE_HOST_RESULT);
        wire_host_result out;
        cr_assert_eq(
            wire_parse_host_result(m.a.buf, m.a.len, &out, wire_test_err, sizeof wire_test_err), 0,
            "%s", wire_test_err);
        cr_assert_eq(out.ok, oks[i]);
        wire_test_expect_bytes(out.data, out.data_len, data[i], strlen(data[i]));
    }
    wire_test_close(sv);
}

static void wire_test_done_roundtrip(const wire_done *in) {
    int sv[2];
    wire_test_pair(sv);
    cr_assert_eq(wire_send_done(sv[0], in), 0, "send: %s", strerror(errno));
    wire_test_msg m;
    wire_test_recv(sv[1], &m);
    wire_test_expect_type(&m, WIRE_DONE);
    wire_done out;
    cr_assert_eq(wire_parse_done(m.a.buf, m.a.len, &out, wire_test_err, sizeof wire_test_err), 0,
                 "%s", wire_test_err);
    cr_assert_eq(out.status, in->status);
    cr_assert_eq(out.stdout_truncated, in->stdout_truncated);
    cr_assert_eq(out.stderr_truncated, in->stderr_truncated);
    cr_assert_eq(out.message_truncated, in->message_truncated);
    cr_assert_eq(out.traceback_truncated, in->traceback_truncated);
    cr_assert_eq(out.exit_code, in->exit_code);
    cr_assert_eq(out.fuel_used, in->fuel_used);
    cr_assert_eq(out.duration_ns, in->duration_ns);
    wire_test_expect_bytes(out.error_type, out.error_type_len, in->error_type, in->error_type_len);
    wire_test_expect_bytes(out.error_message, out.error_message_len, in->error_message,
                           in->error_message_len);
    wire_test_expect_bytes(out.traceback, out.traceback_len, in->traceback, in->traceback_len);
    wire_test_close(sv);
}

Test(wire_roundtrip, done_error) {
    const char type[] = "ZeroDivisionError", message[] = "division by zero",
               traceback[] = "Traceback (most recent call last):\n  File \"<stdin>\", line 1\n";
    wire_done in = {.status = 1,
                    .stdout_truncated = true,
                    .stderr_truncated = false,
                    .message_truncated = true,
                    .traceback_truncated = false,
                    .exit_code = INT32_MIN,
                    .fuel_used = 0xfedcba9876543210ull,
                    .duration_ns = 42,
                    .error_type = (const uint8_t *)type,
                    .error_type_len = sizeof type - 1,
                    .error_message = (const uint8_t *)message,
                    .error_message_len = sizeof message - 1,
                    .traceback = (const uint8_t *)traceback,
                    .traceback_len = sizeof traceback - 1};
    wire_test_done_roundtrip(&in);
    in.stdout_truncated = false;
    in.stderr_truncated = true;
    in.message_truncated = false;
    in.traceback_truncated = true;
    in.exit_code = -1;
    wire_test_done_roundtrip(&in);
}

Test(wire_roundtrip, done_ok_every_status) {
    for (uint8_t status = 0; status <= 4; status++) {
        wire_done in = {.status = status, .exit_code = status == 0 ? 0 : 3, .fuel_used = status};
        wire_test_done_roundtrip(&in);
    }
}

Test(wire_roundtrip, done_largest_strings) {
    static uint8_t type[WIRE_MAX_ERROR_TYPE], message[WIRE_MAX_ERROR_MESSAGE],
        traceback[WIRE_MAX_TRACEBACK];
    wire_test_fill(type, sizeof type, 4);
    wire_test_fill(message, sizeof message, 5);
    wire_test_fill(traceback, sizeof traceback, 6);
    wire_done in = {.status = 1,
                    .exit_code = INT32_MAX,
                    .error_type = type,
                    .error_type_len = sizeof type,
                    .error_message = message,
                    .error_message_len = sizeof message,
                    .traceback = traceback,
                    .traceback_len = sizeof traceback};
    wire_test_done_roundtrip(&in);
}

Test(wire_roundtrip, reset_exact_bytes) {
    int sv[2];
    wire_test_pair(sv);
    cr_assert_eq(wire_send_reset(sv[0], 0x0102030405060708ull), 0);
    long n = wire_read_datagram(sv[1], wire_test_datagram, sizeof wire_test_datagram);
    const uint8_t want[] = {6, 0, 0, 0, 8, 0, 0, 0, 8, 7, 6, 5, 4, 3, 2, 1};
    wire_test_expect_bytes(wire_test_datagram, (size_t)n, want, sizeof want);

    cr_assert_eq(wire_send_reset(sv[0], UINT64_MAX), 0);
    wire_test_msg m;
    wire_test_recv(sv[1], &m);
    wire_test_expect_type(&m, WIRE_RESET);
    uint64_t seed = 0;
    cr_assert_eq(wire_parse_reset(m.a.buf, m.a.len, &seed, wire_test_err, sizeof wire_test_err), 0);
    cr_assert_eq(seed, UINT64_MAX);
    wire_test_close(sv);
}

Test(wire_roundtrip, bye_is_one_empty_frame) {
    int sv[2];
    wire_test_pair(sv);
    cr_assert_eq(wire_send_bye(sv[0]), 0);
    long n = wire_read_datagram(sv[1], wire_test_datagram, sizeof wire_test_datagram);
    const uint8_t want[] = {7, 0, 0, 0, 0, 0, 0, 0};
    wire_test_expect_bytes(wire_test_datagram, (size_t)n, want, sizeof want);
    wire_frame f;
    cr_assert_eq(
        wire_decode_frame(wire_test_datagram, (size_t)n, &f, wire_test_err, sizeof wire_test_err),
        0);
    wire_assembler a;
    wire_assembler_init(&a, wire_test_body, sizeof wire_test_body);
    cr_assert_eq(wire_assembler_add(&a, &f, wire_test_err, sizeof wire_test_err), 1);
    cr_assert_eq(a.type, WIRE_BYE);
    cr_assert_eq(wire_parse_bye(a.buf, a.len, wire_test_err, sizeof wire_test_err), 0);
    wire_test_close(sv);
}

Test(wire_roundtrip, ready) {
    int sv[2];
    wire_test_pair(sv);
    uint32_t values[] = {0, WIRE_READY_SECCOMP | WIRE_READY_RLIMITS, WIRE_READY_ALL};
    for (size_t i = 0; i < 3; i++) {
        cr_assert_eq(wire_send_ready(sv[0], values[i]), 0);
        wire_test_msg m;
        wire_test_recv(sv[1], &m);
        wire_test_expect_type(&m, WIRE_READY);
        uint32_t applied = ~0u;
        cr_assert_eq(
            wire_parse_ready(m.a.buf, m.a.len, &applied, wire_test_err, sizeof wire_test_err), 0,
            "%s", wire_test_err);
        cr_assert_eq(applied, values[i]);
    }
    wire_test_close(sv);
}

Test(wire_roundtrip, parts_are_concatenated_across_chunk_boundaries) {
    int sv[2];
    wire_test_pair(sv);
    /* Two full chunks exactly: two frames, no empty third one. Part sizes
     * straddle the chunk boundary and include empty parts. */
    size_t total = 2 * WIRE_MAX_CHUNK;
    wire_test_fill(wire_test_payload, total, 7);
    wire_part parts[] = {{wire_test_payload, 1},
                         {NULL, 0},
                         {wire_test_payload + 1, WIRE_MAX_CHUNK},
                         {wire_test_payload + 1 + WIRE_MAX_CHUNK, 0},
                         {wire_test_payload + 1 + WIRE_MAX_CHUNK, WIRE_MAX_CHUNK - 1}};
    cr_assert_eq(wire_send(sv[0], WIRE_HOST_RESULT, parts, 5), 0, "%s", strerror(errno));
    wire_test_msg m;
    wire_test_recv(sv[1], &m);
    cr_assert_eq(m.frames, 2);
    wire_test_expect_bytes(m.a.buf, m.a.len, wire_test_payload, total);
    wire_test_expect_empty(sv[1]);
    wire_test_close(sv);
}

Test(wire_roundtrip, assembler_starts_over_after_a_message) {
    int sv[2];
    wire_test_pair(sv);
    cr_assert_eq(wire_send_output(sv[0], 0, "abc", 3), 0);
    cr_assert_eq(wire_send_ready(sv[0], WIRE_READY_SECCOMP), 0);
    wire_assembler a;
    wire_assembler_init(&a, wire_test_body, sizeof wire_test_body);
    wire_type types[] = {WIRE_OUTPUT, WIRE_READY};
    size_t lens[] = {4, 4};
    for (size_t i = 0; i < 2; i++) {
        long n = wire_read_datagram(sv[1], wire_test_datagram, sizeof wire_test_datagram);
        wire_frame f;
        cr_assert_eq(wire_decode_frame(wire_test_datagram, (size_t)n, &f, wire_test_err,
                                       sizeof wire_test_err),
                     0);
        cr_assert_eq(wire_assembler_add(&a, &f, wire_test_err, sizeof wire_test_err), 1, "%s",
                     wire_test_err);
        cr_assert_eq(a.type, types[i]);
        cr_assert_eq(a.len, lens[i]);
    }
    wire_test_close(sv);
}

/* --- Limits ------------------------------------------------------------------- */

Test(wire_limits, max_body) {
    cr_assert_eq(wire_max_body(WIRE_EXEC), 20 + WIRE_MAX_CODE);
    cr_assert_eq(wire_max_body(WIRE_OUTPUT), WIRE_MAX_CHUNK);
    cr_assert_eq(wire_max_body(WIRE_HOST_CALL), 2 + WIRE_MAX_HOST_NAME + WIRE_MAX_HOST_JSON);
    cr_assert_eq(wire_max_body(WIRE_HOST_RESULT), 1 + WIRE_MAX_HOST_JSON);
    cr_assert_eq(wire_max_body(WIRE_DONE),
                 32 + WIRE_MAX_ERROR_TYPE + WIRE_MAX_ERROR_MESSAGE + WIRE_MAX_TRACEBACK);
    cr_assert_eq(wire_max_body(WIRE_RESET), 8);
    cr_assert_eq(wire_max_body(WIRE_BYE), 0);
    cr_assert_eq(wire_max_body(WIRE_READY), 4);
    cr_assert_eq(wire_max_body((wire_type)0), 0);
    cr_assert_eq(wire_max_body((wire_type)(WIRE_TYPE_LAST + 1)), 0);
}

Test(wire_limits, encode_header_layout) {
    uint8_t h[WIRE_HEADER_SIZE];
    wire_encode_header(h, WIRE_DONE, true, 0x012345);
    const uint8_t want[] = {5, 1, 0, 0, 0x45, 0x23, 0x01, 0};
    wire_test_expect_bytes(h, sizeof h, want, sizeof want);
}

/* --- Frame rejection ------------------------------------------------------------ */

static int wire_test_decode(const uint8_t *d, size_t len) {
    wire_frame f;
    wire_test_err[0] = '\0';
    return wire_decode_frame(d, len, &f, wire_test_err, sizeof wire_test_err);
}

Test(wire_frame, shorter_than_header) {
    uint8_t d[8] = {WIRE_BYE};
    wire_test_expect_error(wire_test_decode(d, 0), "shorter than the 8-byte header");
    wire_test_expect_error(wire_test_decode(d, 7), "datagram of 7 bytes");
    cr_assert_eq(wire_test_decode(d, 8), 0);
}

Test(wire_frame, length_must_match_datagram) {
    uint8_t d[32];
    wire_test_frame(d, WIRE_OUTPUT, 0, 0, 10);
    wire_test_expect_error(wire_test_decode(d, 8 + 9), "frame length 10 but 9 bytes follow");
    wire_test_expect_error(wire_test_decode(d, 8 + 11), "frame length 10 but 11 bytes follow");
    cr_assert_eq(wire_test_decode(d, 8 + 10), 0);
}

Test(wire_frame, chunk_over_max) {
    wire_test_frame(wire_test_payload, WIRE_OUTPUT, 0, 0, (uint32_t)WIRE_MAX_CHUNK + 1);
    wire_test_expect_error(wire_test_decode(wire_test_payload, WIRE_MAX_FRAME + 1),
                           "frame length 61441 exceeds 61440");
    wire_test_frame(wire_test_payload, WIRE_OUTPUT, 0, 0, 70000);
    wire_test_expect_error(wire_test_decode(wire_test_payload, 8 + 70000),
                           "frame length 70000 exceeds 61440");
    wire_test_frame(wire_test_payload, WIRE_OUTPUT, 0, 0, UINT32_MAX);
    wire_test_expect_error(wire_test_decode(wire_test_payload, 8), "exceeds 61440");
}

Test(wire_frame, unknown_type) {
    uint8_t d[8];
    unsigned types[] = {0, WIRE_TYPE_LAST + 1, 255};
    for (size_t i = 0; i < 3; i++) {
        wire_test_frame(d, types[i], 0, 0, 0);
        wire_test_expect_error(wire_test_decode(d, 8), "unknown frame type");
    }
}

Test(wire_frame, unknown_flag_bits) {
    uint8_t d[8];
    wire_test_frame(d, WIRE_EXEC, 0x02, 0, 0);
    wire_test_expect_error(wire_test_decode(d, 8), "frame flags 0x02 have unknown bits");
    wire_test_frame(d, WIRE_EXEC, 0x81, 0, 0);
    wire_test_expect_error(wire_test_decode(d, 8), "frame flags 0x81");
}

Test(wire_frame, nonzero_reserved) {
    uint8_t d[8];
    wire_test_frame(d, WIRE_EXEC, 0, 0x0100, 0);
    wire_test_expect_error(wire_test_decode(d, 8), "reserved field 0x0100 is not zero");
    wire_test_frame(d, WIRE_EXEC, 0, 1, 0);
    wire_test_expect_error(wire_test_decode(d, 8), "reserved");
}

Test(wire_frame, valid_frame_fields) {
    uint8_t d[8 + 3] = {0, 0, 0, 0, 0, 0, 0, 0, 'a', 'b', 'c'};
    wire_test_frame(d, WIRE_HOST_CALL, WIRE_FLAG_MORE, 0, 3);
    wire_frame f;
    cr_assert_eq(wire_decode_frame(d, sizeof d, &f, wire_test_err, sizeof wire_test_err), 0);
    cr_assert_eq(f.type, WIRE_HOST_CALL);
    cr_assert(f.more);
    cr_assert_eq(f.chunk, d + 8);
    cr_assert_eq(f.chunk_len, 3);
}

/* --- Assembler rejection -------------------------------------------------------- */

static int wire_test_add(wire_assembler *a, wire_type type, bool more, const void *chunk,
                         size_t len) {
    wire_frame f = {.type = type, .more = more, .chunk = chunk, .chunk_len = len};
    wire_test_err[0] = '\0';
    return wire_assembler_add(a, &f, wire_test_err, sizeof wire_test_err);
}

Test(wire_assembler, type_change_mid_message) {
    wire_assembler a;
    wire_assembler_init(&a, wire_test_body, sizeof wire_test_body);
    cr_assert_eq(wire_test_add(&a, WIRE_EXEC, true, "0123456789", 10), 0);
    wire_test_expect_error(wire_test_add(&a, WIRE_OUTPUT, false, "x", 1),
                           "OUTPUT frame interrupts EXEC message");
    /* The error reset it: the next frame starts a new message. */
    cr_assert_eq(a.type, 0);
    cr_assert_eq(a.len, 0);
    cr_assert_eq(wire_test_add(&a, WIRE_OUTPUT, false, "xy", 2), 1, "%s", wire_test_err);
    cr_assert_eq(a.type, WIRE_OUTPUT);
    cr_assert_eq(a.len, 2);
    cr_assert_eq(memcmp(a.buf, "xy", 2), 0);
}

Test(wire_assembler, body_over_type_max) {
    wire_assembler a;
    wire_assembler_init(&a, wire_test_body, sizeof wire_test_body);
    wire_test_expect_error(wire_test_add(&a, WIRE_READY, false, "12345", 5), "READY body over 4");
    wire_test_expect_error(wire_test_add(&a, WIRE_BYE, false, "1", 1), "BYE body over 0");
    wire_test_expect_error(wire_test_add(&a, WIRE_RESET, true, "123456789", 9),
                           "RESET body over 8");
    /* Across frames: the exact size in two frames is fine, one more byte is not. */
    cr_assert_eq(wire_test_add(&a, WIRE_RESET, true, "1234", 4), 0);
    cr_assert_eq(wire_test_add(&a, WIRE_RESET, false, "5678", 4), 1);
    cr_assert_eq(wire_test_add(&a, WIRE_RESET, true, "1234", 4), 0);
    cr_assert_eq(wire_test_add(&a, WIRE_RESET, true, "5678", 4), 0);
    wire_test_expect_error(wire_test_add(&a, WIRE_RESET, false, "9", 1), "RESET body over 8");
    /* OUTPUT must fit one frame's worth. */
    cr_assert_eq(wire_test_add(&a, WIRE_OUTPUT, true, wire_test_payload, WIRE_MAX_CHUNK), 0);
    wire_test_expect_error(wire_test_add(&a, WIRE_OUTPUT, false, "x", 1), "OUTPUT body over 61440");
}

Test(wire_assembler, body_over_type_max_multi_frame) {
    wire_assembler a;
    wire_assembler_init(&a, wire_test_body, sizeof wire_test_body);
    size_t max = wire_max_body(WIRE_EXEC), sent = 0;
    int rc = 0;
    while (sent + WIRE_MAX_CHUNK <= max) {
        rc = wire_test_add(&a, WIRE_EXEC, true, wire_test_payload, WIRE_MAX_CHUNK);
        cr_assert_eq(rc, 0, "%s", wire_test_err);
        sent += WIRE_MAX_CHUNK;
    }
    wire_test_expect_error(wire_test_add(&a, WIRE_EXEC, false, wire_test_payload, max - sent + 1),
                           "EXEC body over 1048596");
}

Test(wire_assembler, body_over_buffer) {
    uint8_t small[16];
    wire_assembler a;
    wire_assembler_init(&a, small, sizeof small);
    cr_assert_eq(wire_test_add(&a, WIRE_OUTPUT, true, "0123456789", 10), 0);
    wire_test_expect_error(wire_test_add(&a, WIRE_OUTPUT, false, "0123456789", 10),
                           "over the 16-byte buffer");
    cr_assert_eq(wire_test_add(&a, WIRE_OUTPUT, false, "0123456789abcdef", 16), 1);
    wire_assembler_init(&a, NULL, 0);
    cr_assert_eq(wire_test_add(&a, WIRE_BYE, false, NULL, 0), 1);
    wire_test_expect_error(wire_test_add(&a, WIRE_READY, false, "1234", 4),
                           "over the 0-byte buffer");
}

Test(wire_assembler, huge_chunk_len_does_not_wrap) {
    wire_assembler a;
    wire_assembler_init(&a, wire_test_body, sizeof wire_test_body);
    cr_assert_eq(wire_test_add(&a, WIRE_EXEC, true, "1234", 4), 0);
    wire_test_expect_error(wire_test_add(&a, WIRE_EXEC, false, "x", SIZE_MAX - 1),
                           "EXEC body over");
}

Test(wire_assembler, unknown_type) {
    wire_assembler a;
    wire_assembler_init(&a, wire_test_body, sizeof wire_test_body);
    wire_test_expect_error(wire_test_add(&a, (wire_type)0, false, NULL, 0),
                           "unknown message type 0");
    wire_test_expect_error(wire_test_add(&a, (wire_type)42, false, NULL, 0),
                           "unknown message type 42");
}

Test(wire_assembler, missing_chunk) {
    wire_assembler a;
    wire_assembler_init(&a, wire_test_body, sizeof wire_test_body);
    wire_test_expect_error(wire_test_add(&a, WIRE_HOST_CALL, false, NULL, 3),
                           "HOST_CALL frame has no chunk");
}

Test(wire_assembler, empty_more_frames_then_last) {
    wire_assembler a;
    wire_assembler_init(&a, wire_test_body, sizeof wire_test_body);
    cr_assert_eq(wire_test_add(&a, WIRE_HOST_RESULT, true, NULL, 0), 0);
    cr_assert_eq(wire_test_add(&a, WIRE_HOST_RESULT, true, "\001[", 2), 0);
    cr_assert_eq(wire_test_add(&a, WIRE_HOST_RESULT, false, "]", 1), 1);
    cr_assert_eq(a.len, 3);
    cr_assert_eq(memcmp(a.buf, "\001[]", 3), 0);
}

/* --- Parser rejection ------------------------------------------------------------- */

#define WIRE_TEST_REJECT(call, want)                                                               \
    do {                                                                                           \
        wire_test_err[0] = '\0';                                                                   \
        wire_test_expect_error((call), (want));                                                    \
    } while (0)
#define E wire_test_err, sizeof wire_test_err

Test(wire_parse, exec_rejects) {
    wire_exec x;
    uint8_t b[24] = {0};
    WIRE_TEST_REJECT(wire_parse_exec(b, 0, &x, E), "EXEC body truncated: 0 of 20 header bytes");
    WIRE_TEST_REJECT(wire_parse_exec(b, 12, &x, E), "EXEC body truncated: 12 of 20 header bytes");
    WIRE_TEST_REJECT(wire_parse_exec(b, 19, &x, E), "19 of 20");
    b[16] = 0x02;
    WIRE_TEST_REJECT(wire_parse_exec(b, 20, &x, E), "EXEC flags 0x00000002 have unknown bits");
    b[16] = 0x01;
    b[19] = 0x80;
    WIRE_TEST_REJECT(wire_parse_exec(b, 20, &x, E), "EXEC flags 0x80000001");
    b[19] = 0;
    cr_assert_eq(wire_parse_exec(b, 24, &x, E), 0);
    cr_assert(x.interactive);
    cr_assert_eq(x.code, b + 20);
    cr_assert_eq(x.code_len, 4);
    memset(wire_test_payload, 0, 20);
    WIRE_TEST_REJECT(wire_parse_exec(wire_test_payload, 20 + WIRE_MAX_CODE + 1, &x, E),
                     "EXEC body: code length 1048577 exceeds 1048576");
}

Test(wire_parse, exec_layout) {
    uint8_t b[22];
    wire_test_put_u64(b, 0x0807060504030201ull);
    wire_test_put_u64(b + 8, 0x1817161514131211ull);
    wire_test_put_u32(b + 16, 1);
    b[20] = 'p';
    b[21] = 'q';
    wire_exec x;
    cr_assert_eq(wire_parse_exec(b, sizeof b, &x, E), 0);
    cr_assert_eq(x.fuel, 0x0807060504030201ull);
    cr_assert_eq(x.timeout_ns, 0x1817161514131211ull);
    cr_assert(x.interactive);
    wire_test_expect_bytes(x.code, x.code_len, "pq", 2);
}

Test(wire_parse, output_rejects) {
    wire_output x;
    uint8_t b[4] = {2, 'a'};
    WIRE_TEST_REJECT(wire_parse_output(b, 0, &x, E), "OUTPUT body truncated: 0 of 1 header bytes");
    WIRE_TEST_REJECT(wire_parse_output(b, 2, &x, E), "OUTPUT stream 2 is not 0");
    b[0] = 255;
    WIRE_TEST_REJECT(wire_parse_output(b, 2, &x, E), "OUTPUT stream 255");
    wire_test_payload[0] = 0;
    WIRE_TEST_REJECT(wire_parse_output(wire_test_payload, 1 + WIRE_MAX_OUTPUT_CHUNK + 1, &x, E),
                     "OUTPUT body: data length 61440 exceeds 61439");
}

Test(wire_parse, host_call_rejects) {
    wire_host_call x;
    uint8_t b[2 + 70] = {0};
    WIRE_TEST_REJECT(wire_parse_host_call(b, 0, &x, E), "HOST_CALL body truncated: 0 of 2");
    WIRE_TEST_REJECT(wire_parse_host_call(b, 1, &x, E), "HOST_CALL body truncated: 1 of 2");
    WIRE_TEST_REJECT(wire_parse_host_call(b, 2, &x, E), "HOST_CALL body: name_len is 0");
    b[0] = 65;
    WIRE_TEST_REJECT(wire_parse_host_call(b, sizeof b, &x, E),
                     "HOST_CALL body: name_len 65 exceeds 64");
    b[0] = 0xff;
    b[1] = 0xff;
    WIRE_TEST_REJECT(wire_parse_host_call(b, sizeof b, &x, E), "name_len 65535 exceeds 64");
    b[0] = 10;
    b[1] = 0;
    WIRE_TEST_REJECT(wire_parse_host_call(b, 2 + 9, &x, E),
                     "HOST_CALL body truncated: name_len 10, 9 bytes follow");
    cr_assert_eq(wire_parse_host_call(b, 2 + 10, &x, E), 0);
    cr_assert_eq(x.json_len, 0);
    /* A short name must not make room for oversize JSON. */
    memset(wire_test_payload, 0, 3);
    wire_test_payload[0] = 1;
    WIRE_TEST_REJECT(wire_parse_host_call(wire_test_payload, 2 + 1 + WIRE_MAX_HOST_JSON + 1, &x, E),
                     "HOST_CALL body: json length 1048577 exceeds 1048576");
}

Test(wire_parse, host_result_rejects) {
    wire_host_result x;
    uint8_t b[2] = {2, 'x'};
    WIRE_TEST_REJECT(wire_parse_host_result(b, 0, &x, E), "HOST_RESULT body truncated: 0 of 1");
    WIRE_TEST_REJECT(wire_parse_host_result(b, 2, &x, E), "HOST_RESULT ok 2 is not 0 or 1");
    wire_test_payload[0] = 1;
    WIRE_TEST_REJECT(wire_parse_host_result(wire_test_payload, 1 + WIRE_MAX_HOST_JSON + 1, &x, E),
                     "HOST_RESULT body: data length 1048577 exceeds 1048576");
}

Test(wire_parse, done_layout) {
    uint8_t b[64];
    size_t len = wire_test_done_body(b, 2, 3, 4);
    memcpy(b + 32, "TTmmmbbbb", 9);
    wire_done x;
    cr_assert_eq(wire_parse_done(b, len, &x, E), 0, "%s", wire_test_err);
    cr_assert_eq(x.status, 1);
    cr_assert(x.stdout_truncated && !x.stderr_truncated && x.message_truncated &&
              !x.traceback_truncated);
    cr_assert_eq(x.exit_code, -7);
    cr_assert_eq(x.fuel_used, 0x1122334455667788ull);
    cr_assert_eq(x.duration_ns, 0x99aabbccddeeff00ull);
    wire_test_expect_bytes(x.error_type, x.error_type_len, "TT", 2);
    wire_test_expect_bytes(x.error_message, x.error_message_len, "mmm", 3);
    wire_test_expect_bytes(x.traceback, x.traceback_len, "bbbb", 4);
}

Test(wire_parse, done_rejects_truncated_and_trailing) {
    uint8_t b[64];
    wire_done x;
    size_t len = wire_test_done_body(b, 2, 3, 4);
    WIRE_TEST_REJECT(wire_parse_done(b, 0, &x, E), "DONE body truncated: 0 of 32 header bytes");
    WIRE_TEST_REJECT(wire_parse_done(b, 31, &x, E), "DONE body truncated: 31 of 32 header bytes");
    WIRE_TEST_REJECT(wire_parse_done(b, 32, &x, E), "DONE body truncated: 32 of 41 bytes");
    WIRE_TEST_REJECT(wire_parse_done(b, len - 1, &x, E), "DONE body truncated: 40 of 41 bytes");
    WIRE_TEST_REJECT(wire_parse_done(b, len + 1, &x, E), "DONE body has 1 trailing bytes");
    cr_assert_eq(wire_parse_done(b, len, &x, E), 0);
}

Test(wire_parse, done_rejects_bad_values) {
    uint8_t b[64];
    wire_done x;
    size_t len = wire_test_done_body(b, 0, 0, 0);
    b[0] = 5;
    WIRE_TEST_REJECT(wire_parse_done(b, len, &x, E), "DONE body: status 5 exceeds 4");
    b[0] = 4;
    cr_assert_eq(wire_parse_done(b, len, &x, E), 0);
    b[1] = 0x10;
    WIRE_TEST_REJECT(wire_parse_done(b, len, &x, E), "DONE flags 0x10 have unknown bits");
    b[1] = 0x8f;
    WIRE_TEST_REJECT(wire_parse_done(b, len, &x, E), "DONE flags 0x8f");
}

Test(wire_parse, done_rejects_oversize_strings) {
    static uint8_t b[32 + 70000];
    wire_done x;
    size_t len = wire_test_done_body(b, WIRE_MAX_ERROR_TYPE + 1, 0, 0);
    WIRE_TEST_REJECT(wire_parse_done(b, len, &x, E), "DONE body: type_len 257 exceeds 256");
    len = wire_test_done_body(b, 0, WIRE_MAX_ERROR_MESSAGE + 1, 0);
    WIRE_TEST_REJECT(wire_parse_done(b, len, &x, E), "DONE body: message_len 4097 exceeds 4096");
    len = wire_test_done_body(b, 0, 0, WIRE_MAX_TRACEBACK + 1);
    WIRE_TEST_REJECT(wire_parse_done(b, len, &x, E),
                     "DONE body: traceback_len 16385 exceeds 16384");
    wire_test_done_body(b, 0, 0, 0);
    wire_test_put_u32(b + 28, 99999);
    WIRE_TEST_REJECT(wire_parse_done(b, 32, &x, E), "DONE body: traceback_len 99999 exceeds 16384");
    /* Lengths that would wrap a 32-bit sum are rejected one by one. */
    wire_test_put_u32(b + 24, UINT32_MAX);
    wire_test_put_u32(b + 28, UINT32_MAX);
    WIRE_TEST_REJECT(wire_parse_done(b, 32, &x, E), "message_len 4294967295 exceeds 4096");
    b[22] = 0xff;
    b[23] = 0xff;
    WIRE_TEST_REJECT(wire_parse_done(b, 32, &x, E), "type_len 65535 exceeds 256");
    /* The largest strings are accepted. */
    len = wire_test_done_body(b, WIRE_MAX_ERROR_TYPE, WIRE_MAX_ERROR_MESSAGE, WIRE_MAX_TRACEBACK);
    cr_assert_eq(wire_parse_done(b, len, &x, E), 0, "%s", wire_test_err);
}

Test(wire_parse, reset_ready_bye_exact) {
    uint8_t b[16] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    uint64_t seed;
    uint32_t applied;
    WIRE_TEST_REJECT(wire_parse_reset(b, 0, &seed, E), "RESET body truncated: 0 of 8 bytes");
    WIRE_TEST_REJECT(wire_parse_reset(b, 7, &seed, E), "RESET body truncated: 7 of 8 bytes");
    WIRE_TEST_REJECT(wire_parse_reset(b, 9, &seed, E), "RESET body has 1 trailing bytes");
    cr_assert_eq(wire_parse_reset(b, 8, &seed, E), 0);
    cr_assert_eq(seed, 0x0807060504030201ull);

    uint8_t r[8] = {0x7f, 0, 0, 0, 0};
    WIRE_TEST_REJECT(wire_parse_ready(r, 3, &applied, E), "READY body truncated: 3 of 4 bytes");
    WIRE_TEST_REJECT(wire_parse_ready(r, 5, &applied, E), "READY body has 1 trailing bytes");
    cr_assert_eq(wire_parse_ready(r, 4, &applied, E), 0);
    cr_assert_eq(applied, 0x7f);
    r[0] = 0;
    r[1] = 0x01; /* bit 8: the first bit past WIRE_READY_ALL */
    WIRE_TEST_REJECT(wire_parse_ready(r, 4, &applied, E),
                     "READY applied 0x00000100 has unknown bits");
    r[1] = 0;
    r[3] = 0x80;
    WIRE_TEST_REJECT(wire_parse_ready(r, 4, &applied, E), "READY applied 0x80000000");

    WIRE_TEST_REJECT(wire_parse_bye(b, 1, E), "BYE body has 1 trailing bytes");
    cr_assert_eq(wire_parse_bye(NULL, 0, E), 0);
}

Test(wire_parse, null_or_tiny_error_buffer_is_safe) {
    wire_exec x;
    uint8_t b[4] = {0};
    cr_assert_eq(wire_parse_exec(b, 4, &x, NULL, 0), -1);
    char tiny[4] = "zzz";
    cr_assert_eq(wire_parse_exec(b, 4, &x, tiny, sizeof tiny), -1);
    cr_assert_eq(strlen(tiny), 3); /* truncated, still terminated */
}

/* --- Sending and reading ------------------------------------------------------- */

Test(wire_io, oversized_datagram) {
    int sv[2];
    wire_test_pair(sv);
    memset(wire_test_payload, 0, 70000);
    wire_test_frame(wire_test_payload, WIRE_OUTPUT, 0, 0, 70000 - 8);
    cr_assert_eq(write(sv[0], wire_test_payload, 70000), 70000, "write: %s", strerror(errno));
    cr_assert_eq(wire_send_bye(sv[0]), 0);
    errno = 0;
    cr_assert_eq(wire_read_datagram(sv[1], wire_test_datagram, sizeof wire_test_datagram), -1);
    cr_assert_eq(errno, EMSGSIZE, "errno %d", errno);
    /* The rest of the oversized datagram was dropped: the next one is intact. */
    cr_assert_eq(wire_read_datagram(sv[1], wire_test_datagram, sizeof wire_test_datagram), 8);
    cr_assert_eq(wire_test_datagram[0], WIRE_BYE);
    wire_test_close(sv);
}

Test(wire_io, largest_frame_is_read_whole) {
    int sv[2];
    wire_test_pair(sv);
    memset(wire_test_payload, 0, WIRE_MAX_FRAME);
    wire_test_frame(wire_test_payload, WIRE_OUTPUT, 0, 0, (uint32_t)WIRE_MAX_CHUNK);
    cr_assert_eq(write(sv[0], wire_test_payload, WIRE_MAX_FRAME), (ssize_t)WIRE_MAX_FRAME);
    cr_assert_eq(wire_read_datagram(sv[1], wire_test_datagram, sizeof wire_test_datagram),
                 (long)WIRE_MAX_FRAME);
    wire_test_close(sv);
}

Test(wire_io, read_buffer_too_small_and_end_of_stream) {
    int sv[2];
    wire_test_pair(sv);
    errno = 0;
    cr_assert_eq(wire_read_datagram(sv[1], wire_test_datagram, WIRE_MAX_FRAME), -1);
    cr_assert_eq(errno, EINVAL);
    close(sv[0]);
    cr_assert_eq(wire_read_datagram(sv[1], wire_test_datagram, sizeof wire_test_datagram), 0);
    close(sv[1]);
}

static void wire_test_expect_refused(int rc, int fd, int want_errno) {
    cr_assert_eq(rc, -1, "sent; expected errno %d", want_errno);
    cr_assert_eq(errno, want_errno, "errno %d (%s), expected %d", errno, strerror(errno),
                 want_errno);
    wire_test_expect_empty(fd);
}

Test(wire_io, send_refuses_over_limit_without_writing) {
    int sv[2];
    wire_test_pair(sv);
    int fd = sv[0], peer = sv[1];
    wire_part over = {wire_test_payload, wire_max_body(WIRE_OUTPUT) + 1};
    wire_test_expect_refused(wire_send(fd, WIRE_OUTPUT, &over, 1), peer, EMSGSIZE);
    wire_part one = {"x", 1};
    wire_test_expect_refused(wire_send(fd, WIRE_BYE, &one, 1), peer, EMSGSIZE);
    wire_part five = {"12345", 5};
    wire_test_expect_refused(wire_send(fd, WIRE_READY, &five, 1), peer, EMSGSIZE);
    /* Parts whose sum wraps around size_t. */
    wire_part wrap[] = {{wire_test_payload, SIZE_MAX}, {wire_test_payload, 2}};
    wire_test_expect_refused(wire_send(fd, WIRE_EXEC, wrap, 2), peer, EMSGSIZE);

    wire_exec exec = {.code = wire_test_payload, .code_len = WIRE_MAX_CODE + 1};
    wire_test_expect_refused(wire_send_exec(fd, &exec), peer, EMSGSIZE);
    wire_test_expect_refused(wire_send_output(fd, 0, wire_test_payload, WIRE_MAX_OUTPUT_CHUNK + 1),
                             peer, EMSGSIZE);
    wire_test_expect_refused(
        wire_send_host_result(fd, true, wire_test_payload, WIRE_MAX_HOST_JSON + 1), peer, EMSGSIZE);
    wire_test_expect_refused(
        wire_send_host_call(fd, "f", 1, wire_test_payload, WIRE_MAX_HOST_JSON + 1), peer, EMSGSIZE);
    wire_test_expect_refused(
        wire_send_host_call(fd, wire_test_payload, WIRE_MAX_HOST_NAME + 1, "{}", 2), peer,
        EMSGSIZE);
    wire_done done = {.traceback = wire_test_payload, .traceback_len = WIRE_MAX_TRACEBACK + 1};
    wire_test_expect_refused(wire_send_done(fd, &done), peer, EMSGSIZE);
    done = (wire_done){.error_type = wire_test_payload, .error_type_len = WIRE_MAX_ERROR_TYPE + 1};
    wire_test_expect_refused(wire_send_done(fd, &done), peer, EMSGSIZE);
    done = (wire_done){.error_message = wire_test_payload,
                       .error_message_len = WIRE_MAX_ERROR_MESSAGE + 1};
    wire_test_expect_refused(wire_send_done(fd, &done), peer, EMSGSIZE);
    wire_test_close(sv);
}

Test(wire_io, send_refuses_bad_values_without_writing) {
    int sv[2];
    wire_test_pair(sv);
    int fd = sv[0], peer = sv[1];
    wire_test_expect_refused(wire_send(fd, (wire_type)0, NULL, 0), peer, EINVAL);
    wire_test_expect_refused(wire_send(fd, (wire_type)(WIRE_TYPE_LAST + 1), NULL, 0), peer, EINVAL);
    wire_test_expect_refused(wire_send(fd, WIRE_OUTPUT, NULL, 1), peer, EINVAL);
    wire_part missing = {NULL, 3};
    wire_test_expect_refused(wire_send(fd, WIRE_OUTPUT, &missing, 1), peer, EINVAL);
    wire_test_expect_refused(wire_send_output(fd, 2, "x", 1), peer, EINVAL);
    wire_test_expect_refused(wire_send_host_call(fd, "", 0, "{}", 2), peer, EINVAL);
    wire_done done = {.status = 5};
    wire_test_expect_refused(wire_send_done(fd, &done), peer, EINVAL);
    wire_test_expect_refused(wire_send_ready(fd, WIRE_READY_ALL + 1), peer, EINVAL);
    wire_test_close(sv);
}

Test(wire_io, send_to_closed_peer_is_epipe) {
    signal(SIGPIPE, SIG_IGN);
    int sv[2];
    wire_test_pair(sv);
    close(sv[1]);
    errno = 0;
    cr_assert_eq(wire_send_bye(sv[0]), -1);
    cr_assert_eq(errno, EPIPE, "errno %d", errno);
    close(sv[0]);
}

Test(wire_io, bad_fd_reports_the_system_error) {
    errno = 0;
    cr_assert_eq(wire_send_bye(-1), -1);
    cr_assert_eq(errno, EBADF);
    errno = 0;
    cr_assert_eq(wire_read_datagram(-1, wire_test_datagram, sizeof wire_test_datagram), -1);
    cr_assert_eq(errno, EBADF);
}

Test(wire_io, short_write_is_eio) {
    /* A SEQPACKET write is all or nothing; a non-blocking pipe with little
     * room is the easy way to get the short count wire_send must not accept. */
    int p[2];
    cr_assert_eq(pipe(p), 0);
    cr_assert_eq(fcntl(p[1], F_SETFL, O_NONBLOCK), 0);
    /* Leave two free pages (a pipe buffers whole pages); a frame of four
     * pages then gets half written. */
    long page = sysconf(_SC_PAGESIZE);
    long size = fcntl(p[1], F_GETPIPE_SZ);
    cr_assert_gt(size, 4 * page);
    memset(wire_test_payload, 0, (size_t)size);
    cr_assert_eq(write(p[1], wire_test_payload, (size_t)(size - 2 * page)), size - 2 * page);
    errno = 0;
    cr_assert_eq(wire_send_output(p[1], 0, wire_test_payload, (size_t)(4 * page)), -1);
    cr_assert_eq(errno, EIO, "errno %d (%s)", errno, strerror(errno));
    close(p[0]);
    close(p[1]);
}

static volatile sig_atomic_t wire_test_signals;

static void wire_test_on_signal(int sig) {
    (void)sig;
    wire_test_signals++;
}

/* SIGUSR1 interrupts blocking calls (no SA_RESTART). */
static void wire_test_catch_sigusr1(void) {
    struct sigaction sa = {.sa_handler = wire_test_on_signal};
    sigemptyset(&sa.sa_mask);
    cr_assert_eq(sigaction(SIGUSR1, &sa, NULL), 0);
}

Test(wire_io, send_retries_after_signal) {
    wire_test_catch_sigusr1();
    int sv[2];
    wire_test_pair(sv);
    wire_test_fill(wire_test_payload, WIRE_MAX_CODE, 8);
    pid_t parent = getpid();
    pid_t pid = wire_test_fork(sv, 1);
    if (pid == 0) {
        /* By now the parent is blocked on a full socket buffer. */
        usleep(200 * 1000);
        kill(parent, SIGUSR1);
        usleep(100 * 1000);
        wire_test_msg m;
        wire_exec x;
        int ok = wire_test_try_recv(sv[1], &m) == NULL &&
                 wire_parse_exec(m.a.buf, m.a.len, &x, NULL, 0) == 0 &&
                 x.code_len == WIRE_MAX_CODE && memcmp(x.code, wire_test_payload, x.code_len) == 0;
        _exit(ok ? 0 : 1);
    }
    wire_exec in = {.code = wire_test_payload, .code_len = WIRE_MAX_CODE};
    cr_assert_eq(wire_send_exec(sv[0], &in), 0, "send: %s", strerror(errno));
    wire_test_wait_child(pid);
    cr_assert_eq(wire_test_signals, 1);
    wire_test_close(sv);
}

Test(wire_io, read_retries_after_signal) {
    wire_test_catch_sigusr1();
    int sv[2];
    wire_test_pair(sv);
    pid_t parent = getpid();
    pid_t pid = wire_test_fork(sv, 0);
    if (pid == 0) {
        usleep(200 * 1000); /* the parent is blocked in read */
        kill(parent, SIGUSR1);
        usleep(100 * 1000);
        _exit(wire_send_ready(sv[0], WIRE_READY_SECCOMP) == 0 ? 0 : 1);
    }
    long n = wire_read_datagram(sv[1], wire_test_datagram, sizeof wire_test_datagram);
    cr_assert_eq(n, 12, "read: %ld (%s)", n, strerror(errno));
    wire_test_wait_child(pid);
    cr_assert_eq(wire_test_signals, 1);
    wire_test_close(sv);
}

Test(wire_parse, host_names) {
    static const char names[] = "read_only_sql_query\nlist_databases\n_x9";
    size_t count = 99;
    cr_assert_eq(wire_parse_host_names((const uint8_t *)names, sizeof names - 1, &count, E), 0);
    cr_assert_eq(count, 3);
    cr_assert_eq(wire_parse_host_names((const uint8_t *)"", 0, &count, E), 0);
    cr_assert_eq(count, 0);
    static const char *const bad[] = {"a\n", "\na", "a\n\nb", "9lives", "has space", "dot.ted",
                                      "uni\xc3\xa9"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        cr_assert_eq(wire_parse_host_names((const uint8_t *)bad[i], strlen(bad[i]), &count, E), -1,
                     "accepted [%s]", bad[i]);
        cr_assert_neq(wire_test_err[0], '\0');
    }
    char many[WIRE_MAX_HOST_NAMES * 3 + 8] = "";
    for (size_t i = 0; i <= WIRE_MAX_HOST_NAMES; i++) {
        strcat(many, i ? "\nab" : "ab");
    }
    cr_assert_eq(wire_parse_host_names((const uint8_t *)many, strlen(many), &count, E), -1);
    char long_name[WIRE_MAX_HOST_NAME + 2];
    memset(long_name, 'a', sizeof long_name - 1);
    long_name[sizeof long_name - 1] = '\0';
    cr_assert_eq(wire_parse_host_names((const uint8_t *)long_name, strlen(long_name), &count, E),
                 -1);
}
