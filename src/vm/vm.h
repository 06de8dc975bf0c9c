/*
 * vm.h — the embedded MicroPython interpreter (prefix vm_).
 *
 * MicroPython keeps its state in process globals, so a process holds one
 * interpreter. That suits the isolation design: each interpreter lives in a
 * worker process of its own, and this engine is what runs inside it.
 *
 * Life cycle:
 *
 *     vm_open(&config, err, sizeof err)   heap, buffers, runtime
 *     vm_exec(src, len, &limits, &result) any number of times; globals persist
 *     vm_reset()                          a fresh interpreter in the same heap
 *     vm_close()
 *
 * vm_open makes every allocation the engine will ever make outside its GC
 * heap, so once it returns, running code needs no malloc, mmap or brk.
 *
 * Limits: fuel (one unit per VM jump or return) and the wall-clock deadline
 * are checked by a hook in the bytecode loop; the output cap by the capture
 * buffers. When one is hit the engine aborts the running code with an abort
 * that bypasses every Python handler (except, finally, __exit__, generator
 * finally, callbacks inside C functions), and the globals stay as they were
 * at that point. Long operations inside single C calls (a huge big-int power,
 * a backtracking regex) do not reach the hook: only a supervisor that kills
 * the process bounds those.
 *
 * Not thread safe: call from one thread only.
 */
#ifndef MPSB_VM_H
#define MPSB_VM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
    VM_STATUS_OK,             /* ran to the end (or SystemExit) */
    VM_STATUS_ERROR,          /* an uncaught Python exception */
    VM_STATUS_TIMEOUT,        /* the wall-clock deadline stopped it */
    VM_STATUS_FUEL_EXHAUSTED, /* the fuel budget stopped it */
    VM_STATUS_OUTPUT_LIMIT,   /* the output cap stopped it */
} vm_status;

typedef struct {
    size_t heap_size;   /* GC heap in bytes (at least VM_MIN_HEAP) */
    size_t max_output;  /* stdout + stderr captured per execution, bytes */
    size_t stack_limit; /* C stack the VM may use, bytes; 0: VM_DEFAULT_STACK */
    uint64_t seed;      /* seeds the guest's random module */
} vm_config;

#define VM_MIN_HEAP ((size_t)64 * 1024)
#define VM_DEFAULT_STACK ((size_t)1024 * 1024)

typedef struct {
    uint64_t fuel;       /* VM jumps + returns allowed; 0: unlimited */
    uint64_t timeout_ns; /* wall clock allowed; 0: unlimited */
} vm_limits;

/* A bounded piece of text owned by the engine. */
typedef struct {
    const char *data; /* not NUL-terminated; may end inside a UTF-8 sequence */
    size_t len;
    bool truncated; /* more was written than the cap allowed */
} vm_text;

/* The outcome of one vm_exec. Every pointer points into buffers the engine
 * owns; they stay valid until the next vm_exec, vm_reset or vm_close. */
typedef struct {
    vm_status status;
    vm_text out; /* what the code wrote to stdout */
    vm_text err; /* what the code wrote to stderr */
    /* Set when status is VM_STATUS_ERROR, and for a SystemExit with a
     * non-zero code; NULL/empty otherwise. */
    const char *error_type; /* the exception's class name, NUL-terminated */
    vm_text error_message;  /* str(exception) */
    vm_text traceback;      /* CPython-style "Traceback (most recent ..." */
    int exit_code;          /* SystemExit's code; 1 for other errors; else 0 */
    uint64_t fuel_used;
    uint64_t duration_ns;
} vm_result;

/* Starts the interpreter. Returns 0, or -1 with a message in err. */
int vm_open(const vm_config *config, char *err, size_t err_size);

/* Compiles and runs src (len bytes, UTF-8 Python source) in the persistent
 * globals. Always fills *result. Returns 0, or -1 if the engine is not open.
 * A source containing NUL bytes is a SyntaxError, as in CPython. */
int vm_exec(const char *src, size_t len, const vm_limits *limits, vm_result *result);

/* As vm_exec, but compiles src as one interactive statement, so that the
 * value of a bare expression is printed, as at a Python prompt. */
int vm_exec_interactive(const char *src, size_t len, const vm_limits *limits,
                        vm_result *result);

/* True if src (NUL-terminated) is an incomplete interactive statement (an
 * open block or bracket) that needs more lines before it can be run. */
bool vm_needs_more_input(const char *src);

/* Discards all guest state and starts a fresh interpreter in the same heap,
 * reseeding random with seed. A copy of an interpreter made by fork() shares
 * its parent's random state until it is reset. */
void vm_reset(uint64_t seed);

/* Stops the interpreter and frees everything vm_open allocated. */
void vm_close(void);

/* --- Host functions (vm_host.c) ------------------------------------------
 *
 * A host function is a global the guest calls like any function; its
 * arguments are encoded as {"args": [...], "kwargs": {...}} (JSON values
 * only: others raise TypeError in the guest) and given to the handler. */
typedef struct {
    bool ok;          /* data is a JSON result; else an error message */
    const char *data; /* owned by the handler; valid until its next call */
    size_t len;
} vm_host_reply;

/* Returns 0 with *reply filled, or -1 if the call could not be made (the
 * guest then gets a RuntimeError). */
typedef int (*vm_host_handler)(const char *name, size_t name_len, const char *args_json,
                               size_t args_len, vm_host_reply *reply);

/* Sets the handler every host function calls. */
void vm_set_host_handler(vm_host_handler handler);

/* Defines a global `name` (an identifier) in the current interpreter that
 * calls the handler. Returns 0, or -1 if the heap is full. A reset removes
 * it: define it again after vm_reset. */
int vm_define_host_function(const char *name, size_t len);

/* Called when the interpreter hits an unrecoverable internal error (its
 * state can no longer be trusted); must not return. The default prints to
 * stderr and exits with code 4; a confined worker, which may not write to
 * stderr, sets its own. */
typedef void (*vm_fatal_handler)(const char *why);
void vm_on_fatal(vm_fatal_handler handler);

/* The status as the JSON/CLI name: "ok", "error", "timeout", ... */
const char *vm_status_name(vm_status status);

#endif
