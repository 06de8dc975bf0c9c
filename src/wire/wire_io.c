/*
 * wire_io.c — sending messages and reading datagrams (see wire.h).
 *
 * The worker calls these after its seccomp filter is in place, which allows
 * read(2) and write(2) on its socket and forbids malloc, mmap and brk. So a
 * message is sent by gathering its parts, one chunk at a time, into a frame
 * on the stack (WIRE_MAX_FRAME bytes) and writing each frame with a single
 * write(2): on a SOCK_SEQPACKET socket one write is one datagram, which is
 * what makes one frame. Such a write is all or nothing, so a short count is
 * treated as an error (EIO) rather than retried, which would split a frame.
 *
 * Limits are checked before the first frame leaves, so a refused message
 * writes nothing. A write error in the middle of a multi-frame message leaves
 * the peer with an incomplete message; callers treat any send error as the
 * end of the connection.
 *
 * The senders also refuse what the peer's parser would reject (a bad stream,
 * an oversize string, unknown READY bits): a bug on our side should show up
 * as an error here, not as a protocol violation blamed on the other end.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "wire.h"

/* Body layouts, as in wire.c (which documents them). */
#define WIRE_EXEC_HEADER ((size_t)20)
#define WIRE_DONE_HEADER ((size_t)32)
#define WIRE_DONE_MAX_STATUS 4u

/* --- Helpers ---------------------------------------------------------------- */

static int wire_errno(int e) {
    errno = e;
    return -1;
}

static void wire_put_u16(uint8_t *p, uint16_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

static void wire_put_u32(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

static void wire_put_u64(uint8_t *p, uint64_t v) {
    wire_put_u32(p, (uint32_t)v);
    wire_put_u32(p + 4, (uint32_t)(v >> 32));
}

/* Sum of the parts' lengths; EINVAL for a missing pointer, EMSGSIZE if the
 * sum does not even fit a size_t. */
static int wire_parts_total(const wire_part *parts, size_t n_parts, size_t *total) {
    if (parts == NULL && n_parts > 0) {
        return wire_errno(EINVAL);
    }
    size_t sum = 0;
    for (size_t i = 0; i < n_parts; i++) {
        if (parts[i].data == NULL && parts[i].len > 0) {
            return wire_errno(EINVAL);
        }
        if (parts[i].len > SIZE_MAX - sum) {
            return wire_errno(EMSGSIZE);
        }
        sum += parts[i].len;
    }
    *total = sum;
    return 0;
}

/* Copies the next n bytes of the parts, from position (*part, *offset), to
 * dst. The caller has checked that n bytes remain. */
static void wire_gather(const wire_part *parts, size_t n_parts, size_t *part, size_t *offset,
                        uint8_t *dst, size_t n) {
    while (n > 0 && *part < n_parts) {
        size_t avail = parts[*part].len - *offset;
        if (avail == 0) {
            (*part)++;
            *offset = 0;
            continue;
        }
        size_t take = avail < n ? avail : n;
        memcpy(dst, (const uint8_t *)parts[*part].data + *offset, take);
        dst += take;
        n -= take;
        *offset += take;
    }
}

static int wire_write_frame(int fd, const uint8_t *frame, size_t len) {
    ssize_t n;
    do {
        n = write(fd, frame, len);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        return -1;
    }
    if ((size_t)n != len) {
        return wire_errno(EIO);
    }
    return 0;
}

/* --- Sending ------------------------------------------------------------------ */

int wire_send(int fd, wire_type type, const wire_part *parts, size_t n_parts) {
    if ((unsigned)type < WIRE_TYPE_FIRST || (unsigned)type > WIRE_TYPE_LAST) {
        return wire_errno(EINVAL);
    }
    size_t total;
    if (wire_parts_total(parts, n_parts, &total) != 0) {
        return -1;
    }
    if (total > wire_max_body(type)) {
        return wire_errno(EMSGSIZE);
    }
    uint8_t frame[WIRE_MAX_FRAME];
    size_t part = 0, offset = 0, left = total;
    /* do/while: an empty body is still one (empty) frame. */
    do {
        size_t chunk = left < WIRE_MAX_CHUNK ? left : WIRE_MAX_CHUNK;
        wire_gather(parts, n_parts, &part, &offset, frame + WIRE_HEADER_SIZE, chunk);
        left -= chunk;
        wire_encode_header(frame, type, left > 0, chunk);
        if (wire_write_frame(fd, frame, WIRE_HEADER_SIZE + chunk) != 0) {
            return -1;
        }
    } while (left > 0);
    return 0;
}

int wire_send_exec(int fd, const wire_exec *exec) {
    uint8_t header[WIRE_EXEC_HEADER];
    wire_put_u64(header, exec->fuel);
    wire_put_u64(header + 8, exec->timeout_ns);
    wire_put_u32(header + 16, exec->interactive ? 1u : 0u);
    wire_part parts[] = {{header, sizeof header}, {exec->code, exec->code_len}};
    return wire_send(fd, WIRE_EXEC, parts, 2);
}

int wire_send_output(int fd, uint8_t stream, const void *data, size_t len) {
    if (stream > 1) {
        return wire_errno(EINVAL);
    }
    wire_part parts[] = {{&stream, 1}, {data, len}};
    return wire_send(fd, WIRE_OUTPUT, parts, 2);
}

int wire_send_host_call(int fd, const void *name, size_t name_len, const void *json,
                        size_t json_len) {
    if (name_len == 0) {
        return wire_errno(EINVAL);
    }
    /* Checked one by one: a short name must not make room for long JSON. */
    if (name_len > WIRE_MAX_HOST_NAME || json_len > WIRE_MAX_HOST_JSON) {
        return wire_errno(EMSGSIZE);
    }
    uint8_t header[2];
    wire_put_u16(header, (uint16_t)name_len);
    wire_part parts[] = {{header, sizeof header}, {name, name_len}, {json, json_len}};
    return wire_send(fd, WIRE_HOST_CALL, parts, 3);
}

int wire_send_host_result(int fd, bool ok, const void *data, size_t len) {
    uint8_t header = ok ? 1 : 0;
    wire_part parts[] = {{&header, 1}, {data, len}};
    return wire_send(fd, WIRE_HOST_RESULT, parts, 2);
}

int wire_send_done(int fd, const wire_done *done) {
    if (done->status > WIRE_DONE_MAX_STATUS) {
        return wire_errno(EINVAL);
    }
    if (done->error_type_len > WIRE_MAX_ERROR_TYPE ||
        done->error_message_len > WIRE_MAX_ERROR_MESSAGE ||
        done->traceback_len > WIRE_MAX_TRACEBACK) {
        return wire_errno(EMSGSIZE);
    }
    uint8_t header[WIRE_DONE_HEADER];
    header[0] = done->status;
    header[1] =
        (uint8_t)((done->stdout_truncated ? 0x01 : 0) | (done->stderr_truncated ? 0x02 : 0) |
                  (done->message_truncated ? 0x04 : 0) | (done->traceback_truncated ? 0x08 : 0));
    wire_put_u32(header + 2, (uint32_t)done->exit_code); /* modulo 2^32: two's complement */
    wire_put_u64(header + 6, done->fuel_used);
    wire_put_u64(header + 14, done->duration_ns);
    wire_put_u16(header + 22, (uint16_t)done->error_type_len);
    wire_put_u32(header + 24, (uint32_t)done->error_message_len);
    wire_put_u32(header + 28, (uint32_t)done->traceback_len);
    wire_part parts[] = {{header, sizeof header},
                         {done->error_type, done->error_type_len},
                         {done->error_message, done->error_message_len},
                         {done->traceback, done->traceback_len}};
    return wire_send(fd, WIRE_DONE, parts, 4);
}

int wire_send_reset(int fd, uint64_t seed) {
    uint8_t body[8];
    wire_put_u64(body, seed);
    wire_part part = {body, sizeof body};
    return wire_send(fd, WIRE_RESET, &part, 1);
}

int wire_send_bye(int fd) {
    return wire_send(fd, WIRE_BYE, NULL, 0);
}

int wire_send_ready(int fd, uint32_t applied) {
    if (applied & ~WIRE_READY_ALL) {
        return wire_errno(EINVAL);
    }
    uint8_t body[4];
    wire_put_u32(body, applied);
    wire_part part = {body, sizeof body};
    return wire_send(fd, WIRE_READY, &part, 1);
}

int wire_send_host_names(int fd, const char *names, size_t len) {
    wire_part part = {names, len};
    return wire_send(fd, WIRE_HOST_NAMES, &part, 1);
}

/* --- Reading ------------------------------------------------------------------ */

long wire_read_datagram(int fd, uint8_t *buf, size_t cap) {
    if (buf == NULL || cap <= WIRE_MAX_FRAME) {
        return wire_errno(EINVAL);
    }
    /* One byte more than the largest frame is all it takes to tell an
     * oversized datagram (the kernel drops the rest of it) from a valid one,
     * and keeps the count within a long whatever cap is. A signal does not
     * end the read: callers that need a deadline poll(2) before reading.
     * An empty datagram also reads as 0; no valid frame is empty, so taking
     * it for the end of the stream fails safe. */
    ssize_t n;
    do {
        n = read(fd, buf, WIRE_MAX_FRAME + 1);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        return -1;
    }
    if ((size_t)n > WIRE_MAX_FRAME) {
        return wire_errno(EMSGSIZE);
    }
    return (long)n;
}
