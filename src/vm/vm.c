/*
 * vm.c — runs guest code in the embedded interpreter and turns what happened
 * into a vm_result.
 *
 * Every execution is wrapped in two things: an nlr buffer (MicroPython's
 * setjmp-style exception frame) that catches uncaught exceptions, and the same
 * buffer registered as the VM abort target, so a limit stop (vm_limits.c,
 * vm_output.c) lands here too, with ret_val NULL, having skipped every Python
 * handler on the way. After either, the interpreter is left as it was at that
 * point: globals persist, like interrupting a notebook kernel.
 *
 * Describing an exception (str(), traceback) may run guest code again (a
 * user-defined __str__), so it runs under the same limits and abort target.
 *
 * Guest data can fill the heap and stay alive (it is in the globals); then
 * not even `del data` could be compiled, and the session would be stuck. So
 * a small block of the heap is held back while guest code runs and handed
 * to the compiler only: the next statement always has room to compile.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "py/compile.h"
#include "py/cstack.h"
#include "py/gc.h"
#include "py/mperrno.h"
#include "py/objmodule.h"
#include "py/repl.h"
#include "py/runtime.h"
#include "port/micropython_embed.h"

#include "vm_internal.h"

#define MESSAGE_CAP ((size_t)4 * 1024)
#define COMPILE_RESERVE ((size_t)16 * 1024)
#define TRACEBACK_CAP ((size_t)16 * 1024)
/* Run in-process, this is the CLI's "the sandbox crashed" exit code. */
#define FATAL_EXIT_CODE 4

/* Text printed by MicroPython into a fixed buffer, cut at the cap. */
typedef struct {
    char *data;
    size_t cap;
    size_t len;
    bool truncated;
} text_buf;

static struct {
    bool open;
    void *heap;
    size_t heap_size;
    size_t stack_limit;
    text_buf message;
    text_buf traceback;
} vm;

static void text_buf_strn(void *env, const char *str, size_t len) {
    text_buf *b = env;
    size_t n = len < b->cap - b->len ? len : b->cap - b->len;
    memcpy(b->data + b->len, str, n);
    b->len += n;
    b->truncated |= n < len;
}

static vm_text text_buf_text(const text_buf *b) {
    return (vm_text){.data = b->data, .len = b->len, .truncated = b->truncated};
}

/* MicroPython's random keeps its state in C statics and seeds them only on
 * the first import in the process, so a fresh interpreter reseeds it here:
 * its numbers then depend on this interpreter's seed alone. The built-in
 * module is seeded directly: the frozen random.py that extends it shares its
 * state, and importing that here would cost every new interpreter. */
static void seed_random(uint64_t seed) {
    nlr_buf_t nlr;
    if (nlr_push(&nlr) == 0) {
        /* The first import in the process draws a seed too: set ours after. */
        mp_obj_t random = mp_module_get_builtin(MP_QSTR_random, true);
        vm_limits_set_seed(seed);
        mp_call_function_0(mp_load_attr(random, MP_QSTR_seed));
        nlr_pop();
    } else {
        mp_embed_fatal("cannot seed the random module");
    }
}

MP_REGISTER_ROOT_POINTER(void *vm_compile_reserve);

/* Holds the compile reserve back from guest code, if the heap has room. */
static void hold_compile_reserve(void) {
    if (MP_STATE_VM(vm_compile_reserve) == NULL) {
        MP_STATE_VM(vm_compile_reserve) = gc_alloc(COMPILE_RESERVE, 0);
    }
}

/* Gives the reserve to the compiler. */
static void release_compile_reserve(void) {
    if (MP_STATE_VM(vm_compile_reserve) != NULL) {
        gc_free(MP_STATE_VM(vm_compile_reserve));
        MP_STATE_VM(vm_compile_reserve) = NULL;
    }
}

static void start_runtime(uint64_t seed) {
    gc_init(vm.heap, (char *)vm.heap + vm.heap_size);
    mp_init();
    /* mp_init leaves our root pointer alone, and after gc_init it points at
     * a block that is no longer allocated: freeing it would corrupt the
     * heap. */
    MP_STATE_VM(vm_compile_reserve) = NULL;
    seed_random(seed);
    hold_compile_reserve();
}

int vm_open(const vm_config *config, char *err, size_t err_size) {
    if (vm.open) {
        snprintf(err, err_size, "the interpreter is already open");
        return -1;
    }
    if (config->heap_size < VM_MIN_HEAP) {
        snprintf(err, err_size, "heap size %zu is below the minimum of %zu bytes",
                 config->heap_size, VM_MIN_HEAP);
        return -1;
    }
    vm.heap = malloc(config->heap_size);
    vm.message.data = malloc(MESSAGE_CAP);
    vm.traceback.data = malloc(TRACEBACK_CAP);
    if (vm.heap == NULL || vm.message.data == NULL || vm.traceback.data == NULL ||
        vm_output_open(config->max_output) != 0) {
        free(vm.heap);
        free(vm.message.data);
        free(vm.traceback.data);
        snprintf(err, err_size, "cannot allocate a %zu-byte heap and %zu-byte output buffers",
                 config->heap_size, config->max_output);
        return -1;
    }
    vm.heap_size = config->heap_size;
    vm.stack_limit = config->stack_limit ? config->stack_limit : VM_DEFAULT_STACK;
    vm.message.cap = MESSAGE_CAP;
    vm.traceback.cap = TRACEBACK_CAP;
    /* The GC scans the C stack from here up; vm_exec moves the top to its own
     * frame before running anything. */
    mp_cstack_init_with_top(&config, vm.stack_limit);
    start_runtime(config->seed);
    vm.open = true;
    return 0;
}

void vm_reset(uint64_t seed) {
    if (!vm.open) {
        return;
    }
    mp_deinit();
    start_runtime(seed);
}

void vm_close(void) {
    if (!vm.open) {
        return;
    }
    mp_deinit();
    free(vm.heap);
    free(vm.message.data);
    free(vm.traceback.data);
    vm_output_close();
    memset(&vm, 0, sizeof vm);
}

const char *vm_status_name(vm_status status) {
    switch (status) {
    case VM_STATUS_OK:
        return "ok";
    case VM_STATUS_ERROR:
        return "error";
    case VM_STATUS_TIMEOUT:
        return "timeout";
    case VM_STATUS_FUEL_EXHAUSTED:
        return "fuel_exhausted";
    case VM_STATUS_OUTPUT_LIMIT:
        return "output_limit";
    }
    return "unknown";
}

bool vm_needs_more_input(const char *src) {
    return mp_repl_continue_with_input(src);
}

static void compile_and_run(const char *src, size_t len, bool interactive) {
    if (memchr(src, '\0', len) != NULL) {
        mp_raise_msg(&mp_type_SyntaxError, MP_ERROR_TEXT("source code cannot contain null bytes"));
    }
    release_compile_reserve();
    mp_lexer_t *lex = mp_lexer_new_from_str_len(MP_QSTR__lt_string_gt_, src, len, 0);
    qstr source_name = lex->source_name;
    mp_parse_tree_t tree = mp_parse(lex, interactive ? MP_PARSE_SINGLE_INPUT : MP_PARSE_FILE_INPUT);
    mp_obj_t module_fun = mp_compile(&tree, source_name, interactive);
    hold_compile_reserve();
    mp_call_function_0(module_fun);
}

/* The exit code a SystemExit asks for: None (and False) is 0, a small int is
 * itself, anything else is 1 (and becomes the message). Runs outside any
 * handler, so it must not raise: no conversions that can overflow. */
static int system_exit_code(mp_obj_t exc) {
    mp_obj_t value = mp_obj_exception_get_value(exc);
    if (value == mp_const_none || value == mp_const_false) {
        return 0;
    }
    if (mp_obj_is_small_int(value)) {
        mp_int_t code = MP_OBJ_SMALL_INT_VALUE(value);
        return code < INT_MIN || code > INT_MAX ? 1 : (int)code;
    }
    return 1;
}

/* Fills type, message and traceback. Runs guest code (__str__), so it runs
 * under its own handler and abort target; whatever it cannot print is left
 * out rather than allowed to escape. */
static void describe_exception(mp_obj_t exc, vm_result *r) {
    const mp_obj_type_t *type = mp_obj_get_type(exc);
    r->error_type = qstr_str(type->name);
    vm.message.len = vm.traceback.len = 0;
    vm.message.truncated = vm.traceback.truncated = false;

    nlr_buf_t nlr;
    nlr.ret_val = NULL;
    if (nlr_push(&nlr) == 0) {
        nlr_set_abort(&nlr);
        mp_print_t traceback = {&vm.traceback, text_buf_strn};
        mp_obj_print_exception(&traceback, exc);
        mp_print_t message = {&vm.message, text_buf_strn};
        mp_obj_print_helper(&message, exc, PRINT_STR);
        nlr_pop();
    }
    nlr_set_abort(NULL);
    r->error_message = text_buf_text(&vm.message);
    r->traceback = text_buf_text(&vm.traceback);
}

static int exec_source(const char *src, size_t len, bool interactive, const vm_limits *limits,
                       vm_result *r) {
    memset(r, 0, sizeof *r);
    if (!vm.open) {
        r->status = VM_STATUS_ERROR;
        return -1;
    }
    /* The C stack the VM may use starts here. */
    char stack_top;
    mp_cstack_init_with_top(&stack_top, vm.stack_limit);
    /* Guest code can lock the heap (micropython.heap_lock) and an abort can
     * leave globals switched by exec(code, dict): start each run clean. */
    MP_STATE_THREAD(gc_lock_depth) = 0;
    MP_STATE_THREAD(mp_pending_exception) = MP_OBJ_NULL;
    mp_obj_dict_t *globals = mp_globals_get();
    mp_obj_dict_t *locals = mp_locals_get();

    vm_output_clear();
    uint64_t started = vm_monotonic_ns();
    vm_limits_start(limits);

    mp_obj_t exc = MP_OBJ_NULL;
    nlr_buf_t nlr;
    nlr.ret_val = NULL;
    if (nlr_push(&nlr) == 0) {
        nlr_set_abort(&nlr);
        compile_and_run(src, len, interactive);
        nlr_pop();
    } else if (nlr.ret_val != NULL) {
        exc = MP_OBJ_FROM_PTR(nlr.ret_val);
    }
    nlr_set_abort(NULL);
    mp_globals_set(globals);
    mp_locals_set(locals);
    hold_compile_reserve(); /* if compiling failed, it was not taken back */

    if (exc != MP_OBJ_NULL) {
        bool is_exit = mp_obj_is_subclass_fast(MP_OBJ_FROM_PTR(mp_obj_get_type(exc)),
                                               MP_OBJ_FROM_PTR(&mp_type_SystemExit));
        r->exit_code = is_exit ? system_exit_code(exc) : 1;
        if (r->exit_code != 0) {
            describe_exception(exc, r);
        }
    }
    r->fuel_used = vm_limits_finish();
    r->duration_ns = vm_monotonic_ns() - started;

    vm_status stop = vm_limits_stop_reason();
    if (stop != VM_STATUS_OK) {
        r->status = stop;
    } else {
        r->status = r->exit_code != 0 ? VM_STATUS_ERROR : VM_STATUS_OK;
    }
    if (limits->fuel != 0 && r->fuel_used > limits->fuel) {
        r->fuel_used = limits->fuel;
    }
    r->out = vm_output_text(VM_STDOUT);
    r->err = vm_output_text(VM_STDERR);
    return 0;
}

int vm_exec(const char *src, size_t len, const vm_limits *limits, vm_result *result) {
    return exec_source(src, len, false, limits, result);
}

int vm_exec_interactive(const char *src, size_t len, const vm_limits *limits,
                        vm_result *result) {
    return exec_source(src, len, true, limits, result);
}

static vm_fatal_handler fatal_handler;

void vm_on_fatal(vm_fatal_handler handler) {
    fatal_handler = handler;
}

/* MicroPython's embed port calls this on an unrecoverable internal error
 * (patches/0001). Its state can no longer be trusted: end the process. */
void mp_embed_fatal(const char *why) {
    if (fatal_handler != NULL) {
        fatal_handler(why);
    }
    static const char prefix[] = "mpsandbox: fatal interpreter error: ";
    (void)!write(STDERR_FILENO, prefix, sizeof prefix - 1);
    (void)!write(STDERR_FILENO, why, strlen(why));
    (void)!write(STDERR_FILENO, "\n", 1);
    _exit(FATAL_EXIT_CODE);
}
