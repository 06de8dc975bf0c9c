/*
 * wire.h — the messages between the supervisor and a worker (prefix wire_).
 *
 * Transport: one SOCK_SEQPACKET socketpair per worker. The kernel keeps
 * datagram boundaries, so one datagram is one frame:
 *
 *     offset 0  u8   type        (wire_type)
 *            1  u8   flags       (WIRE_FLAG_MORE, nothing else)
 *            2  u16  reserved    (must be 0)
 *            4  u32  length      (bytes of chunk that follow; little endian)
 *            8  ...  chunk
 *
 * A frame is valid only if its datagram is exactly 8 + length bytes and
 * length <= WIRE_MAX_CHUNK. A message is one or more frames of the same type:
 * every frame but the last has WIRE_FLAG_MORE, and the message body is their
 * chunks concatenated, up to the type's maximum size (wire_max_body). Bodies
 * are then parsed by the per-type functions below; all integers are little
 * endian; strings are bytes with an explicit length (no NUL terminator).
 *
 *   type         direction  body
 *   EXEC         sup→wkr    u64 fuel, u64 timeout_ns, u32 flags (bit 0:
 *                           interactive), code bytes (rest of body)
 *   OUTPUT       wkr→sup    u8 stream (0 stdout, 1 stderr), data (rest)
 *   HOST_CALL    wkr→sup    u16 name_len, name, JSON arguments (rest)
 *   HOST_RESULT  sup→wkr    u8 ok (1 result, 0 error), JSON or message (rest)
 *   DONE         wkr→sup    u8 status (vm_status), u8 flags (bit 0 stdout
 *                           truncated, 1 stderr truncated, 2 message
 *                           truncated, 3 traceback truncated), i32 exit_code,
 *                           u64 fuel_used, u64 duration_ns, u16 type_len,
 *                           u32 message_len, u32 traceback_len, then the
 *                           three strings; type_len 0 means no error
 *   RESET        sup→wkr    u64 seed
 *   BYE          sup→wkr    empty
 *   READY        wkr→sup    u32 applied (WIRE_READY_* bits: what hardening
 *                           the worker applied)
 *   HOST_NAMES   sup→wkr    the host functions to define as globals: names
 *                           joined by '\n' (each an identifier of at most
 *                           WIRE_MAX_HOST_NAME bytes; at most
 *                           WIRE_MAX_HOST_NAMES names; empty: none)
 *
 * Every byte from a worker is hostile: the decoder and parsers are pure
 * functions over byte buffers that reject malformed, truncated, oversized or
 * trailing input with an error message and never read out of bounds (they
 * are fuzzed: fuzz/). The senders split bodies into chunks themselves.
 */
#ifndef MPSB_WIRE_H
#define MPSB_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define WIRE_HEADER_SIZE 8
#define WIRE_MAX_CHUNK ((size_t)60 * 1024)
#define WIRE_MAX_FRAME (WIRE_HEADER_SIZE + WIRE_MAX_CHUNK)
#define WIRE_FLAG_MORE 0x01

#define WIRE_MAX_CODE ((size_t)1024 * 1024)         /* source code bytes */
#define WIRE_MAX_OUTPUT_CHUNK (WIRE_MAX_CHUNK - 1)  /* one OUTPUT message */
#define WIRE_MAX_HOST_JSON ((size_t)1024 * 1024)    /* host call args/result */
#define WIRE_MAX_HOST_NAME ((size_t)64)              /* host function name */
#define WIRE_MAX_HOST_NAMES ((size_t)64)             /* in one HOST_NAMES */
#define WIRE_MAX_ERROR_TYPE ((size_t)256)
#define WIRE_MAX_ERROR_MESSAGE ((size_t)4 * 1024)
#define WIRE_MAX_TRACEBACK ((size_t)16 * 1024)

typedef enum {
    WIRE_EXEC = 1,
    WIRE_OUTPUT = 2,
    WIRE_HOST_CALL = 3,
    WIRE_HOST_RESULT = 4,
    WIRE_DONE = 5,
    WIRE_RESET = 6,
    WIRE_BYE = 7,
    WIRE_READY = 8,
    WIRE_HOST_NAMES = 9,
} wire_type;
#define WIRE_TYPE_FIRST WIRE_EXEC
#define WIRE_TYPE_LAST WIRE_HOST_NAMES

enum {
    WIRE_READY_SECCOMP = 1u << 0,
    WIRE_READY_NO_NEW_PRIVS = 1u << 1,
    WIRE_READY_RLIMITS = 1u << 2,
    WIRE_READY_USER_NS = 1u << 3,
    WIRE_READY_NET_NS = 1u << 4,
    WIRE_READY_IPC_NS = 1u << 5,
    WIRE_READY_MOUNT_NS = 1u << 6,
    WIRE_READY_NO_CAPS = 1u << 7,
};
#define WIRE_READY_ALL ((uint32_t)WIRE_READY_NO_CAPS * 2u - 1u)

/* One decoded frame; chunk points into the buffer given to the decoder. */
typedef struct {
    wire_type type;
    bool more;
    const uint8_t *chunk;
    size_t chunk_len;
} wire_frame;

/* Largest body a message of this type may have; 0 for an unknown type (and
 * for BYE, whose body is empty: 0 alone does not mean the type is unknown). */
size_t wire_max_body(wire_type type);

/* Decodes one datagram. Returns 0, or -1 with a message in err. */
int wire_decode_frame(const uint8_t *buf, size_t len, wire_frame *out, char *err,
                      size_t err_size);

/* Writes the header of a frame into buf (WIRE_HEADER_SIZE bytes). */
void wire_encode_header(uint8_t *buf, wire_type type, bool more, size_t chunk_len);

/* --- Assembling messages from frames --------------------------------------- */

/* Collects the frames of one message into a buffer the caller owns (so a
 * worker can receive without allocating). */
typedef struct {
    uint8_t *buf;
    size_t cap;
    size_t len;
    wire_type type; /* of the message being assembled; 0 when none */
    bool complete;  /* type, buf, len hold a finished message */
} wire_assembler;

void wire_assembler_init(wire_assembler *a, uint8_t *buf, size_t cap);

/* Adds a frame. Returns 1 when the message is complete (type and body in
 * a->type, a->buf, a->len, valid until the next call), 0 if more frames are
 * needed, -1 with a message in err if the frame does not fit the message
 * (another type mid-message, over the type's maximum or the buffer). After
 * a complete message or an error, the next frame starts a new message. */
int wire_assembler_add(wire_assembler *a, const wire_frame *frame, char *err, size_t err_size);

/* --- Message bodies -------------------------------------------------------- */

typedef struct {
    uint64_t fuel;
    uint64_t timeout_ns;
    bool interactive;
    const uint8_t *code;
    size_t code_len;
} wire_exec;

typedef struct {
    uint8_t stream;
    const uint8_t *data;
    size_t data_len;
} wire_output;

typedef struct {
    const uint8_t *name;
    size_t name_len;
    const uint8_t *json;
    size_t json_len;
} wire_host_call;

typedef struct {
    bool ok;
    const uint8_t *data; /* JSON when ok, else an error message */
    size_t data_len;
} wire_host_result;

typedef struct {
    uint8_t status;
    bool stdout_truncated, stderr_truncated, message_truncated, traceback_truncated;
    int32_t exit_code;
    uint64_t fuel_used;
    uint64_t duration_ns;
    const uint8_t *error_type; /* error_type_len 0: no error */
    size_t error_type_len;
    const uint8_t *error_message;
    size_t error_message_len;
    const uint8_t *traceback;
    size_t traceback_len;
} wire_done;

/* Each parser checks the body's exact layout and limits; strings point into
 * body. Returns 0, or -1 with a message in err. */
int wire_parse_exec(const uint8_t *body, size_t len, wire_exec *out, char *err, size_t err_size);
int wire_parse_output(const uint8_t *body, size_t len, wire_output *out, char *err,
                      size_t err_size);
int wire_parse_host_call(const uint8_t *body, size_t len, wire_host_call *out, char *err,
                         size_t err_size);
int wire_parse_host_result(const uint8_t *body, size_t len, wire_host_result *out, char *err,
                           size_t err_size);
int wire_parse_done(const uint8_t *body, size_t len, wire_done *out, char *err, size_t err_size);
int wire_parse_reset(const uint8_t *body, size_t len, uint64_t *seed, char *err, size_t err_size);
int wire_parse_ready(const uint8_t *body, size_t len, uint32_t *applied, char *err,
                     size_t err_size);
int wire_parse_bye(const uint8_t *body, size_t len, char *err, size_t err_size);
/* Checks every name; *count gets how many there are. */
int wire_parse_host_names(const uint8_t *body, size_t len, size_t *count, char *err,
                          size_t err_size);

/* --- Sending (wire_io.c) ---------------------------------------------------- */

/* Sends a message made of the concatenation of `parts` (so a fixed header
 * and a payload need no copying together), split into frames. Uses only
 * write(2) on fd and a stack buffer: safe in a seccomp-confined worker. A
 * message over the type's maximum is refused. Returns 0, or -1 (errno set:
 * EMSGSIZE if too large, or write's error; EPIPE for a closed peer). */
typedef struct {
    const void *data;
    size_t len;
} wire_part;

int wire_send(int fd, wire_type type, const wire_part *parts, size_t n_parts);

/* Convenience senders that lay out each body as documented above. */
int wire_send_exec(int fd, const wire_exec *exec);
int wire_send_output(int fd, uint8_t stream, const void *data, size_t len);
int wire_send_host_call(int fd, const void *name, size_t name_len, const void *json,
                        size_t json_len);
int wire_send_host_result(int fd, bool ok, const void *data, size_t len);
int wire_send_done(int fd, const wire_done *done);
int wire_send_reset(int fd, uint64_t seed);
int wire_send_bye(int fd);
int wire_send_ready(int fd, uint32_t applied);
/* names: already joined by '\n'. */
int wire_send_host_names(int fd, const char *names, size_t len);

/* Reads one datagram into buf with read(2) only (a SEQPACKET read returns
 * one datagram and silently drops what does not fit, so cap must be larger
 * than WIRE_MAX_FRAME: a datagram filling more than WIRE_MAX_FRAME bytes is
 * then known to be oversized). Returns its length, 0 at end of stream, or
 * -1 with errno set (EMSGSIZE for an oversized datagram, EINVAL if cap is
 * too small, or read's error). */
long wire_read_datagram(int fd, uint8_t *buf, size_t cap);

#endif
