/*
 * gen_corpus.c — writes seed inputs for fuzz_wire into a directory.
 *
 * The seeds are real traffic: every message type produced by the wire_send_*
 * functions through a socketpair, in the input format fuzz_wire.c documents,
 * plus a message split by hand into several small frames (the senders only
 * split at WIRE_MAX_CHUNK, far beyond a fuzzer's usual input size) and one
 * whole conversation. Starting from valid messages lets the fuzzer reach the
 * parsers' deeper checks at once instead of rediscovering the layouts.
 *
 *     gen_corpus DIR
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "wire.h"

#define GEN_MAX_INPUT 8192

typedef struct {
    uint8_t bytes[GEN_MAX_INPUT];
    size_t len;
} gen_input;

static int gen_sv[2];
static gen_input gen_all; /* every seed's datagrams, one after another */

static void gen_die(const char *what) {
    fprintf(stderr, "gen_corpus: %s: %s\n", what, strerror(errno));
    exit(1);
}

static void gen_start(gen_input *in) {
    in->bytes[0] = 3; /* fuzz_wire's selector: the largest assembler buffer */
    in->len = 1;
}

static void gen_append(gen_input *in, const uint8_t *d, size_t n) {
    if (n > 0xFFFF || in->len + 2 + n > sizeof in->bytes) {
        errno = EMSGSIZE;
        gen_die("seed too large");
    }
    in->bytes[in->len] = (uint8_t)n;
    in->bytes[in->len + 1] = (uint8_t)(n >> 8);
    memcpy(in->bytes + in->len + 2, d, n);
    in->len += 2 + n;
}

/* Moves every datagram waiting on the socket into the input. */
static void gen_drain(gen_input *in, int rc) {
    static uint8_t d[WIRE_MAX_FRAME + 1];
    if (rc != 0) {
        gen_die("wire_send");
    }
    for (;;) {
        ssize_t n = recv(gen_sv[1], d, sizeof d, MSG_DONTWAIT);
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return;
        }
        if (n < 0) {
            gen_die("recv");
        }
        gen_append(in, d, (size_t)n);
        gen_append(&gen_all, d, (size_t)n);
    }
}

static void gen_write(const char *dir, const char *name, const gen_input *in) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (f == NULL || fwrite(in->bytes, 1, in->len, f) != in->len || fclose(f) != 0) {
        gen_die(path);
    }
}

/* One seed: the datagrams of one send. */
#define GEN_SEED(dir, name, send)                                                                  \
    do {                                                                                           \
        gen_input in;                                                                              \
        gen_start(&in);                                                                            \
        gen_drain(&in, (send));                                                                    \
        gen_write((dir), (name), &in);                                                             \
    } while (0)

/* An EXEC body sent as three frames of a few bytes each. */
static void gen_split_exec(const char *dir) {
    const char code[] = "for i in range(3):\n    print(i)\n";
    uint8_t body[20 + sizeof code - 1] = {0};
    body[0] = 100; /* fuel */
    body[9] = 1;   /* timeout_ns 256 */
    memcpy(body + 20, code, sizeof code - 1);
    size_t cuts[] = {0, 7, 25, sizeof body};
    gen_input in;
    gen_start(&in);
    for (size_t i = 0; i < 3; i++) {
        uint8_t frame[WIRE_HEADER_SIZE + sizeof body];
        size_t n = cuts[i + 1] - cuts[i];
        wire_encode_header(frame, WIRE_EXEC, i < 2, n);
        memcpy(frame + WIRE_HEADER_SIZE, body + cuts[i], n);
        gen_append(&in, frame, WIRE_HEADER_SIZE + n);
        gen_append(&gen_all, frame, WIRE_HEADER_SIZE + n);
    }
    gen_write(dir, "exec-split", &in);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: gen_corpus DIR\n");
        return 2;
    }
    const char *dir = argv[1];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET, 0, gen_sv) != 0) {
        gen_die("socketpair");
    }
    gen_start(&gen_all);

    const char code[] = "x = 41\nx + 1\n";
    wire_exec exec = {.fuel = 10000000000ull,
                      .timeout_ns = 5000000000ull,
                      .interactive = true,
                      .code = (const uint8_t *)code,
                      .code_len = sizeof code - 1};
    GEN_SEED(dir, "ready",
             wire_send_ready(gen_sv[0],
                             WIRE_READY_SECCOMP | WIRE_READY_NO_NEW_PRIVS | WIRE_READY_RLIMITS));
    GEN_SEED(dir, "reset", wire_send_reset(gen_sv[0], 42));
    GEN_SEED(dir, "exec", wire_send_exec(gen_sv[0], &exec));
    GEN_SEED(dir, "output", wire_send_output(gen_sv[0], 1, "warning\n", 8));
    GEN_SEED(dir, "host-call", wire_send_host_call(gen_sv[0], "fetch", 5, "[\"url\"]", 7));
    GEN_SEED(dir, "host-result", wire_send_host_result(gen_sv[0], false, "no such host", 12));

    const char type[] = "ValueError", message[] = "bad value",
               traceback[] = "Traceback (most recent call last):\n  File \"<stdin>\", line 1\n";
    wire_done done = {.status = 1,
                      .stderr_truncated = true,
                      .traceback_truncated = true,
                      .exit_code = 1,
                      .fuel_used = 1234,
                      .duration_ns = 56789,
                      .error_type = (const uint8_t *)type,
                      .error_type_len = sizeof type - 1,
                      .error_message = (const uint8_t *)message,
                      .error_message_len = sizeof message - 1,
                      .traceback = (const uint8_t *)traceback,
                      .traceback_len = sizeof traceback - 1};
    GEN_SEED(dir, "done", wire_send_done(gen_sv[0], &done));
    GEN_SEED(dir, "bye", wire_send_bye(gen_sv[0]));
    gen_split_exec(dir);
    gen_write(dir, "conversation", &gen_all);
    return 0;
}
