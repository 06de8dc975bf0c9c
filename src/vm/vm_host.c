/*
 * vm_host.c — host functions as the guest sees them: globals that encode
 * their arguments as JSON, hand them to the embedder's handler (in a worker:
 * a HOST_CALL frame to the supervisor) and decode the JSON reply.
 *
 * The arguments travel as {"args": [...], "kwargs": {...}}. Only JSON values
 * may cross: None, bool, int (64-bit), finite float, str, list/tuple and
 * dict with str keys, nested at most MAX_DEPTH deep; anything else raises
 * TypeError (or ValueError for NaN, infinity and huge ints) before anything
 * is sent, with CPython's wording where it has one. The encoder writes into
 * a vstr in the GC heap, so the heap and the 1 MiB cap bound it.
 *
 * A reply is either a JSON result, decoded with MicroPython's json module,
 * or an error message, raised as RuntimeError (catchable: a failed query is
 * the guest's business).
 */
#include <math.h>
#include <string.h>

#include "py/objstr.h"
#include "py/objmodule.h"
#include "py/runtime.h"

#include "vm_internal.h"

#define MAX_DEPTH 32
#define MAX_ARGS_JSON ((size_t)1024 * 1024)

static vm_host_handler host_handler;

void vm_set_host_handler(vm_host_handler handler) {
    host_handler = handler;
}

typedef struct {
    mp_obj_base_t base;
    qstr name;
} host_function_obj;

static void encode(vstr_t *out, mp_obj_t o, int depth);

static void encode_string(vstr_t *out, const char *s, size_t len) {
    static const char hex[] = "0123456789abcdef";
    vstr_add_byte(out, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            vstr_add_byte(out, '\\');
            vstr_add_byte(out, (byte)c);
        } else if (c < 0x20) {
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            vstr_add_strn(out, esc, sizeof esc);
        } else {
            vstr_add_byte(out, (byte)c); /* UTF-8 as is; the supervisor checks it */
        }
    }
    vstr_add_byte(out, '"');
}

static void encode_number(vstr_t *out, mp_obj_t o) {
    if (mp_obj_is_float(o)) {
        mp_float_t f = mp_obj_get_float(o);
        if (!isfinite(f)) {
            mp_raise_ValueError(MP_ERROR_TEXT("NaN and infinity are not JSON values"));
        }
    } else if (!mp_obj_is_small_int(o)) {
        mp_obj_int_get_checked(o); /* OverflowError past a machine word */
    }
    mp_print_t print = {out, (mp_print_strn_t)vstr_add_strn};
    mp_obj_print_helper(&print, o, PRINT_REPR);
}

static void encode_sequence(vstr_t *out, mp_obj_t o, int depth) {
    size_t len;
    mp_obj_t *items;
    mp_obj_get_array(o, &len, &items);
    vstr_add_byte(out, '[');
    for (size_t i = 0; i < len; i++) {
        if (i > 0) {
            vstr_add_byte(out, ',');
        }
        encode(out, items[i], depth + 1);
    }
    vstr_add_byte(out, ']');
}

static void encode_dict(vstr_t *out, mp_obj_t o, int depth) {
    mp_map_t *map = mp_obj_dict_get_map(o);
    vstr_add_byte(out, '{');
    bool first = true;
    for (size_t i = 0; i < map->alloc; i++) {
        if (!mp_map_slot_is_filled(map, i)) {
            continue;
        }
        mp_obj_t key = map->table[i].key;
        if (!mp_obj_is_str(key)) {
            mp_raise_TypeError(MP_ERROR_TEXT("dict keys must be str to pass to a host function"));
        }
        if (!first) {
            vstr_add_byte(out, ',');
        }
        first = false;
        size_t key_len;
        const char *key_str = mp_obj_str_get_data(key, &key_len);
        encode_string(out, key_str, key_len);
        vstr_add_byte(out, ':');
        encode(out, map->table[i].value, depth + 1);
    }
    vstr_add_byte(out, '}');
}

static void encode(vstr_t *out, mp_obj_t o, int depth) {
    if (depth > MAX_DEPTH) {
        mp_raise_ValueError(MP_ERROR_TEXT("arguments nest too deeply for a host function"));
    }
    if (vstr_len(out) > MAX_ARGS_JSON) {
        mp_raise_ValueError(MP_ERROR_TEXT("arguments to a host function exceed 1 MiB as JSON"));
    }
    if (o == mp_const_none) {
        vstr_add_str(out, "null");
    } else if (o == mp_const_true || o == mp_const_false) {
        vstr_add_str(out, o == mp_const_true ? "true" : "false");
    } else if (mp_obj_is_int(o) || mp_obj_is_float(o)) {
        encode_number(out, o);
    } else if (mp_obj_is_str(o)) {
        size_t len;
        const char *s = mp_obj_str_get_data(o, &len);
        encode_string(out, s, len);
    } else if (mp_obj_is_type(o, &mp_type_list) || mp_obj_is_type(o, &mp_type_tuple)) {
        encode_sequence(out, o, depth);
    } else if (mp_obj_is_dict_or_ordereddict(o)) {
        encode_dict(out, o, depth);
    } else {
        mp_raise_msg_varg(&mp_type_TypeError,
                          MP_ERROR_TEXT("Object of type %s is not JSON serializable"),
                          mp_obj_get_type_str(o));
    }
}

static mp_obj_t host_function_call(mp_obj_t self_in, size_t n_args, size_t n_kw,
                                   const mp_obj_t *args) {
    const host_function_obj *self = MP_OBJ_TO_PTR(self_in);
    vstr_t json;
    vstr_init(&json, 64);
    vstr_add_str(&json, "{\"args\":[");
    for (size_t i = 0; i < n_args; i++) {
        if (i > 0) {
            vstr_add_byte(&json, ',');
        }
        encode(&json, args[i], 1);
    }
    vstr_add_str(&json, "],\"kwargs\":{");
    for (size_t i = 0; i < n_kw; i++) {
        if (i > 0) {
            vstr_add_byte(&json, ',');
        }
        size_t name_len;
        const char *name = mp_obj_str_get_data(args[n_args + 2 * i], &name_len);
        encode_string(&json, name, name_len);
        vstr_add_byte(&json, ':');
        encode(&json, args[n_args + 2 * i + 1], 1);
    }
    vstr_add_str(&json, "}}");
    if (vstr_len(&json) > MAX_ARGS_JSON) {
        mp_raise_ValueError(MP_ERROR_TEXT("arguments to a host function exceed 1 MiB as JSON"));
    }

    size_t name_len;
    const char *name = (const char *)qstr_data(self->name, &name_len);
    vm_host_reply reply;
    if (host_handler == NULL ||
        host_handler(name, name_len, vstr_str(&json), vstr_len(&json), &reply) != 0) {
        mp_raise_msg(&mp_type_RuntimeError, MP_ERROR_TEXT("host functions are not available"));
    }
    vstr_clear(&json);
    mp_obj_t text = mp_obj_new_str(reply.data, reply.len);
    if (!reply.ok) {
        mp_raise_type_arg(&mp_type_RuntimeError, text);
    }
    /* The built-in json, not the frozen json.py over it: no import per
     * interpreter, and nothing the guest can replace in sys.modules. */
    mp_obj_t json_module = mp_module_get_builtin(MP_QSTR_json, true);
    return mp_call_function_1(mp_load_attr(json_module, MP_QSTR_loads), text);
}

static void host_function_print(const mp_print_t *print, mp_obj_t self_in, mp_print_kind_t kind) {
    (void)kind;
    const host_function_obj *self = MP_OBJ_TO_PTR(self_in);
    mp_printf(print, "<host function %q>", self->name);
}

static MP_DEFINE_CONST_OBJ_TYPE(host_function_type, MP_QSTR_host_function, MP_TYPE_FLAG_NONE,
                                call, host_function_call, print, host_function_print);

int vm_define_host_function(const char *name, size_t len) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        host_function_obj *f = mp_obj_malloc(host_function_obj, &host_function_type);
        f->name = qstr_from_strn(name, len);
        mp_store_global(f->name, MP_OBJ_FROM_PTR(f));
        nlr_pop();
        return 0;
    }
    return -1;
}
