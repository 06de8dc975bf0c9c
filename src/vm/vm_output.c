/*
 * vm_output.c — bounded capture of the guest's stdout and stderr, and the
 * guest's standard streams.
 *
 * Both streams share one cap per execution (vm_config.max_output). Writing
 * past it keeps what fits, marks that stream truncated and stops the code
 * with VM_STATUS_OUTPUT_LIMIT: output that nobody will see is not worth the
 * CPU, and an agent needs to know its output was cut.
 *
 * The buffers are allocated once in vm_output_open, so capturing never
 * allocates. print(), sys.stdout.write and MicroPython's own printing
 * (mp_plat_print) all end in vm_output_write. sys.stdin exists only to fail
 * with a clear message, and so does open(): there are no files.
 */
#include <stdlib.h>
#include <string.h>

#include "py/builtin.h"
#include "py/mphal.h"
#include "py/runtime.h"
#include "py/stream.h"

#include "vm_internal.h"

typedef struct {
    char *data;
    size_t len;
    bool truncated;
} capture;

static struct {
    capture stream[2];
    size_t cap;  /* stdout + stderr together */
    size_t used; /* bytes captured by both streams in this execution */
} out;

int vm_output_open(size_t max_output) {
    for (int i = 0; i < 2; i++) {
        /* +1 so a zero cap still gives a valid pointer. */
        out.stream[i].data = malloc(max_output + 1);
        if (out.stream[i].data == NULL) {
            vm_output_close();
            return -1;
        }
    }
    out.cap = max_output;
    vm_output_clear();
    return 0;
}

void vm_output_close(void) {
    for (int i = 0; i < 2; i++) {
        free(out.stream[i].data);
        out.stream[i].data = NULL;
    }
}

void vm_output_clear(void) {
    for (int i = 0; i < 2; i++) {
        out.stream[i].len = 0;
        out.stream[i].truncated = false;
    }
    out.used = 0;
}

void vm_output_write(int stream, const char *data, size_t len) {
    capture *c = &out.stream[stream];
    size_t room = out.cap - out.used;
    size_t n = len < room ? len : room;
    memcpy(c->data + c->len, data, n);
    c->len += n;
    out.used += n;
    if (n < len) {
        c->truncated = true;
        vm_limits_stop(VM_STATUS_OUTPUT_LIMIT);
    }
}

vm_text vm_output_text(int stream) {
    const capture *c = &out.stream[stream];
    return (vm_text){.data = c->data, .len = c->len, .truncated = c->truncated};
}

/* MicroPython's own printing (mp_plat_print: REPL echo, debug) is stdout. */
void mp_hal_stdout_tx_strn_cooked(const char *str, size_t len) {
    vm_output_write(VM_STDOUT, str, len);
}

/* --- sys.stdout and sys.stderr ------------------------------------------- */

typedef struct {
    mp_obj_base_t base;
    int stream;
} guest_stream_obj;

static mp_uint_t guest_stream_write(mp_obj_t self_in, const void *buf, mp_uint_t size,
                                    int *errcode) {
    (void)errcode;
    const guest_stream_obj *self = MP_OBJ_TO_PTR(self_in);
    vm_output_write(self->stream, buf, size);
    return size;
}

static mp_obj_t guest_stream_flush(mp_obj_t self_in) {
    (void)self_in;
    return mp_const_none;
}
static MP_DEFINE_CONST_FUN_OBJ_1(guest_stream_flush_obj, guest_stream_flush);

static const mp_stream_p_t guest_output_stream_p = {
    .write = guest_stream_write,
    .is_text = true,
};

static const mp_rom_map_elem_t guest_output_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_write), MP_ROM_PTR(&mp_stream_write_obj)},
    {MP_ROM_QSTR(MP_QSTR_flush), MP_ROM_PTR(&guest_stream_flush_obj)},
};
static MP_DEFINE_CONST_DICT(guest_output_locals, guest_output_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(guest_output_type, MP_QSTR_TextIOWrapper, MP_TYPE_FLAG_NONE,
                                protocol, &guest_output_stream_p, locals_dict,
                                &guest_output_locals);

const guest_stream_obj mp_sys_stdout_obj = {{&guest_output_type}, VM_STDOUT};
const guest_stream_obj mp_sys_stderr_obj = {{&guest_output_type}, VM_STDERR};

/* --- sys.stdin and open(): present only to fail clearly ------------------ */

static mp_obj_t guest_stdin_read(size_t n_args, const mp_obj_t *args) {
    (void)n_args;
    (void)args;
    mp_raise_msg(&mp_type_OSError,
                 MP_ERROR_TEXT("stdin is not available in the sandbox; put the data in the code"));
}
static MP_DEFINE_CONST_FUN_OBJ_VAR_BETWEEN(guest_stdin_read_obj, 1, 2, guest_stdin_read);

static const mp_rom_map_elem_t guest_stdin_locals_table[] = {
    {MP_ROM_QSTR(MP_QSTR_read), MP_ROM_PTR(&guest_stdin_read_obj)},
    {MP_ROM_QSTR(MP_QSTR_readline), MP_ROM_PTR(&guest_stdin_read_obj)},
    {MP_ROM_QSTR(MP_QSTR_readlines), MP_ROM_PTR(&guest_stdin_read_obj)},
};
static MP_DEFINE_CONST_DICT(guest_stdin_locals, guest_stdin_locals_table);

static MP_DEFINE_CONST_OBJ_TYPE(guest_stdin_type, MP_QSTR_TextIOWrapper, MP_TYPE_FLAG_NONE,
                                locals_dict, &guest_stdin_locals);

const mp_obj_base_t mp_sys_stdin_obj = {&guest_stdin_type};

static mp_obj_t guest_open(size_t n_args, const mp_obj_t *args, mp_map_t *kwargs) {
    (void)n_args;
    (void)args;
    (void)kwargs;
    mp_raise_msg(&mp_type_OSError,
                 MP_ERROR_TEXT("there are no files in the sandbox; use io.StringIO or "
                               "io.BytesIO for in-memory files"));
}
MP_DEFINE_CONST_FUN_OBJ_KW(mp_builtin_open_obj, 0, guest_open);
