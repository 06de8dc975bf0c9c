/*
 * test_vm.c — the engine (src/vm) through its header: persistence, results,
 * and limits that guest code must not be able to defeat.
 *
 * Criterion runs every test in its own process, so each gets a fresh
 * interpreter (MicroPython's state is process-global) and a crash fails only
 * that test.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "py/nlr.h"
#include "vm.h"

#define MS 1000000ull

static void open_vm_with(size_t heap, size_t max_output) {
    vm_config config = {.heap_size = heap, .max_output = max_output, .seed = 42};
    char err[256];
    cr_assert_eq(vm_open(&config, err, sizeof err), 0, "vm_open: %s", err);
}

static void open_vm(void) {
    open_vm_with(4u << 20, 64u << 10);
}

static vm_result run_limited(const char *src, uint64_t fuel, uint64_t timeout_ns) {
    vm_limits limits = {.fuel = fuel, .timeout_ns = timeout_ns};
    vm_result r;
    cr_assert_eq(vm_exec(src, strlen(src), &limits, &r), 0);
    return r;
}

static vm_result run(const char *src) {
    return run_limited(src, 0, 5000 * MS);
}

static bool text_is(vm_text t, const char *expected) {
    return t.len == strlen(expected) && memcmp(t.data, expected, t.len) == 0;
}

#define assert_out(r, expected)                                                          \
    cr_assert(text_is((r).out, expected), "stdout was [%.*s], expected [%s]",            \
              (int)(r).out.len, (r).out.data, expected)

TestSuite(vm, .init = open_vm, .fini = vm_close);

Test(vm, prints_to_captured_stdout) {
    vm_result r = run("print(1 + 1)");
    cr_assert_eq(r.status, VM_STATUS_OK);
    assert_out(r, "2\n");
    cr_assert_null(r.error_type);
    cr_assert_eq(r.exit_code, 0);
}

Test(vm, stderr_is_captured_separately) {
    vm_result r = run("import sys\nprint('a', file=sys.stderr)\nsys.stdout.write('b')");
    cr_assert_eq(r.status, VM_STATUS_OK);
    assert_out(r, "b");
    cr_assert(text_is(r.err, "a\n"));
}

Test(vm, globals_persist_between_executions) {
    run("x = 41\ndef inc(v):\n    return v + 1\nimport json");
    vm_result r = run("print(inc(x), json.dumps([1]))");
    assert_out(r, "42 [1]\n");
}

Test(vm, reset_discards_globals) {
    run("x = 1");
    vm_reset(7);
    vm_result r = run("print(x)");
    cr_assert_eq(r.status, VM_STATUS_ERROR);
    cr_assert_str_eq(r.error_type, "NameError");
}

Test(vm, exception_gives_type_message_and_traceback) {
    vm_result r = run("def f():\n    return 1 / 0\nf()");
    cr_assert_eq(r.status, VM_STATUS_ERROR);
    cr_assert_eq(r.exit_code, 1);
    cr_assert_str_eq(r.error_type, "ZeroDivisionError");
    cr_assert(text_is(r.error_message, "division by zero"));
    cr_assert(text_is(r.traceback, "Traceback (most recent call last):\n"
                                   "  File \"<string>\", line 3, in <module>\n"
                                   "  File \"<string>\", line 2, in f\n"
                                   "ZeroDivisionError: division by zero\n"),
              "traceback was [%.*s]", (int)r.traceback.len, r.traceback.data);
}

Test(vm, syntax_error_is_an_error_result) {
    vm_result r = run("def (:");
    cr_assert_eq(r.status, VM_STATUS_ERROR);
    cr_assert_str_eq(r.error_type, "SyntaxError");
}

Test(vm, nul_byte_in_source_is_a_syntax_error) {
    vm_limits limits = {0};
    vm_result r;
    vm_exec("print(1)\0print(2)", 17, &limits, &r);
    cr_assert_eq(r.status, VM_STATUS_ERROR);
    cr_assert_str_eq(r.error_type, "SyntaxError");
    cr_assert_eq(r.out.len, 0);
}

Test(vm, system_exit_sets_exit_code) {
    vm_result r = run("import sys\nsys.exit(3)");
    cr_assert_eq(r.status, VM_STATUS_ERROR);
    cr_assert_eq(r.exit_code, 3);
    cr_assert_str_eq(r.error_type, "SystemExit");
    r = run("import sys\nprint('bye')\nsys.exit()");
    cr_assert_eq(r.status, VM_STATUS_OK);
    cr_assert_eq(r.exit_code, 0);
    assert_out(r, "bye\n");
}

Test(vm, system_exit_with_any_value_is_a_clean_result) {
    static const struct {
        const char *code;
        int exit_code;
    } cases[] = {
        {"raise SystemExit(2**100)", 1}, {"raise SystemExit(-(2**70))", 1},
        {"raise SystemExit('bye')", 1},  {"raise SystemExit(False)", 0},
        {"raise SystemExit(True)", 1},   {"raise SystemExit(7.5)", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        vm_result r = run(cases[i].code);
        cr_assert_eq(r.exit_code, cases[i].exit_code, "[%s] exit code %d", cases[i].code,
                     r.exit_code);
        cr_assert_eq(r.status, cases[i].exit_code ? VM_STATUS_ERROR : VM_STATUS_OK, "[%s]",
                     cases[i].code);
    }
}

Test(vm, interactive_mode_prints_expression_values) {
    vm_limits limits = {0};
    vm_result r;
    const char *src = "40 + 2";
    vm_exec_interactive(src, strlen(src), &limits, &r);
    assert_out(r, "42\n");
}

Test(vm, needs_more_input_for_open_blocks_and_brackets) {
    cr_assert(vm_needs_more_input("def f():"));
    cr_assert(vm_needs_more_input("def f():\n    return 1"));
    cr_assert_not(vm_needs_more_input("def f():\n    return 1\n"));
    cr_assert(vm_needs_more_input("x = [1,"));
    cr_assert_not(vm_needs_more_input("x = 1"));
}

/* --- Limits ---------------------------------------------------------------- */

/* Each of these must not be able to swallow the abort. */
static const char *const swallowers[] = {
    "try:\n    while True: pass\nexcept BaseException:\n    print('caught')\n",
    "try:\n    while True: pass\nfinally:\n    print('finally')\n",
    "class Swallow:\n"
    "    def __enter__(self): return self\n"
    "    def __exit__(self, *a):\n        print('exit'); return True\n"
    "with Swallow():\n    while True: pass\n",
    "def gen():\n"
    "    try:\n        while True: yield 1\n"
    "    finally:\n        print('gen finally')\n"
    "for _ in gen(): pass\n",
    "def key(v):\n"
    "    try:\n        while True: pass\n"
    "    except BaseException:\n        print('key caught'); return 0\n"
    "sorted([3, 1, 2], key=key)\n",
};

Test(vm, fuel_exhaustion_cannot_be_caught) {
    for (size_t i = 0; i < sizeof swallowers / sizeof *swallowers; i++) {
        vm_result r = run_limited(swallowers[i], 1000000, 0);
        cr_assert_eq(r.status, VM_STATUS_FUEL_EXHAUSTED, "case %zu: status %s", i,
                     vm_status_name(r.status));
        cr_assert_eq(r.out.len, 0, "case %zu printed [%.*s]", i, (int)r.out.len, r.out.data);
        cr_assert_eq(r.fuel_used, 1000000);
        cr_assert_null(r.error_type);
    }
}

Test(vm, deadline_cannot_be_caught) {
    for (size_t i = 0; i < sizeof swallowers / sizeof *swallowers; i++) {
        vm_result r = run_limited(swallowers[i], 0, 100 * MS);
        cr_assert_eq(r.status, VM_STATUS_TIMEOUT, "case %zu: status %s", i,
                     vm_status_name(r.status));
        cr_assert_eq(r.out.len, 0, "case %zu printed [%.*s]", i, (int)r.out.len, r.out.data);
        cr_assert(r.duration_ns >= 100 * MS && r.duration_ns < 300 * MS, "took %llu ns",
                  (unsigned long long)r.duration_ns);
    }
}

Test(vm, clean_stop_keeps_state_and_interpreter_usable) {
    vm_result r = run_limited("total = 0\nwhile True:\n    total += 1\n", 0, 50 * MS);
    cr_assert_eq(r.status, VM_STATUS_TIMEOUT);
    r = run("print(total > 0)");
    cr_assert_eq(r.status, VM_STATUS_OK);
    assert_out(r, "True\n");
}

Test(vm, stop_inside_exec_with_own_globals_restores_globals) {
    run("marker = 'main'");
    vm_result r = run_limited("exec('while True: pass', {})", 0, 50 * MS);
    cr_assert_eq(r.status, VM_STATUS_TIMEOUT);
    r = run("print(marker)");
    assert_out(r, "main\n");
}

Test(vm, sleep_never_blocks_past_the_deadline) {
    vm_result r = run_limited("import time\ntime.sleep(30)\nprint('woke')", 0, 200 * MS);
    cr_assert_eq(r.status, VM_STATUS_TIMEOUT);
    cr_assert_eq(r.out.len, 0);
    cr_assert(r.duration_ns < 400 * MS, "took %llu ns", (unsigned long long)r.duration_ns);
}

Test(vm, short_sleep_sleeps) {
    vm_result r = run("import time\nt = time.ticks_ms()\ntime.sleep_ms(30)\n"
                      "print(time.ticks_diff(time.ticks_ms(), t) >= 29)");
    assert_out(r, "True\n");
}

Test(vm, exception_str_that_loops_is_still_stopped) {
    vm_result r = run_limited("class E(Exception):\n"
                              "    def __str__(self):\n        while True: pass\n"
                              "raise E()",
                              0, 100 * MS);
    cr_assert_eq(r.status, VM_STATUS_TIMEOUT);
}

Test(vm, fuel_used_is_counted_without_a_limit) {
    vm_result r = run("for i in range(1000): pass");
    cr_assert(r.fuel_used >= 1000 && r.fuel_used < 1100, "fuel_used %llu",
              (unsigned long long)r.fuel_used);
}

Test(vm, recursion_is_bounded_by_the_stack_check) {
    vm_result r = run("def f(n):\n    return f(n + 1)\nf(0)");
    cr_assert_eq(r.status, VM_STATUS_ERROR);
    cr_assert_str_eq(r.error_type, "RuntimeError");
    cr_assert(text_is(r.error_message, "maximum recursion depth exceeded"));
    cr_assert(r.traceback.len <= 16 * 1024);
}

Test(vm, recursion_depth_is_at_least_cpythons_default) {
    vm_result r = run("def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(1000))");
    assert_out(r, "1000\n");
}

Test(vm, heap_exhaustion_is_memory_error_and_recoverable) {
    vm_result r = run("bytearray(10**9)");
    cr_assert_eq(r.status, VM_STATUS_ERROR);
    cr_assert_str_eq(r.error_type, "MemoryError");
    r = run("x = [0] * 1000\nprint(len(x))");
    assert_out(r, "1000\n");
}

Test(vm, full_heap_of_live_data_can_still_be_deleted) {
    vm_result r = run("data = []\nwhile True:\n    data.append([0] * 1000)");
    cr_assert_eq(r.status, VM_STATUS_ERROR);
    cr_assert_str_eq(r.error_type, "MemoryError");
    r = run("del data");
    cr_assert_eq(r.status, VM_STATUS_OK, "del failed: %.*s", (int)r.traceback.len,
                 r.traceback.data);
    r = run("print(len([0] * 100000))");
    assert_out(r, "100000\n");
}

Test(vm, heap_lock_does_not_outlive_an_execution) {
    run("import micropython\nmicropython.heap_lock()");
    vm_result r = run("print([1, 2, 3])");
    cr_assert_eq(r.status, VM_STATUS_OK);
    assert_out(r, "[1, 2, 3]\n");
}

Test(vm, random_is_seeded_from_the_host) {
    vm_result r = run("import random\nprint(random.getrandbits(30))");
    char first[64];
    snprintf(first, sizeof first, "%.*s", (int)r.out.len, r.out.data);
    vm_reset(42);
    r = run("import random\nprint(random.getrandbits(30))");
    assert_out(r, first);
    vm_reset(43);
    r = run("import random\nprint(random.getrandbits(30))");
    cr_assert_not(text_is(r.out, first), "a different seed gave the same number");
}

Test(vm, time_is_wall_clock_in_whole_milliseconds) {
    vm_result r = run("import time\nprint(time.time_ns())");
    long long guest_ns = atoll(r.out.data);
    cr_assert_eq(guest_ns % 1000000, 0, "not coarsened: %lld", guest_ns);
    long long host_ns = (long long)time(NULL) * 1000000000ll;
    cr_assert(llabs(guest_ns - host_ns) < 2000000000ll);
}

Test(vm, pointer_typecodes_are_gone) {
    static const char *const cases[] = {
        "import struct\nstruct.unpack('O', b'\\0' * 8)",
        "import struct\nstruct.pack('P', 0)",
        "import struct\nstruct.calcsize('S')",
        "import array\narray.array('O')",
        "import array\narray.array('P', b'\\0' * 8)",
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        vm_result r = run(cases[i]);
        cr_assert_eq(r.status, VM_STATUS_ERROR, "case %zu ran", i);
        cr_assert_str_eq(r.error_type, "ValueError", "case %zu", i);
    }
}

Test(vm, dangerous_capabilities_are_not_compiled_in) {
    static const char *const cases[][2] = {
        {"import os", "ImportError"},
        {"import socket", "ImportError"},
        {"import uctypes", "ImportError"},
        {"import ffi", "ImportError"},
        {"import machine", "ImportError"},
        {"import select", "ImportError"},
        {"import marshal", "ImportError"},
        {"import vfs", "ImportError"},
        {"open('/etc/passwd')", "OSError"},
        {"import sys\nsys.stdin.read()", "OSError"},
        {"input()", "NameError"},
        {"memoryview(b'x')", "NameError"},
        {"execfile('/etc/passwd')", "NameError"},
        {"import sys\nsys.settrace(None)", "AttributeError"},
        {"import micropython\nmicropython.mem_info()", "AttributeError"},
        {"import micropython\n@micropython.viper\ndef f(): pass", "SyntaxError"},
        {"import micropython\n@micropython.native\ndef f(): pass", "SyntaxError"},
        {"def f(): pass\nf.__code__", "AttributeError"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        vm_result r = run(cases[i][0]);
        cr_assert_eq(r.status, VM_STATUS_ERROR, "[%s] ran", cases[i][0]);
        cr_assert_str_eq(r.error_type, cases[i][1], "[%s]", cases[i][0]);
    }
}

Test(vm, enabled_modules_import) {
    vm_result r = run("import json, re, math, cmath, random, collections, heapq, binascii\n"
                      "import hashlib, struct, array, time, io, deflate, gc, sys\n"
                      "print(hashlib.sha256(b'abc').digest().hex()[:8], io.StringIO('s').read(),\n"
                      "      io.BytesIO(b'b').read(), sys.platform)");
    cr_assert_eq(r.status, VM_STATUS_OK, "%.*s", (int)r.traceback.len, r.traceback.data);
    assert_out(r, "ba7816bf s b'b' linux\n");
}

/* --- Output cap ------------------------------------------------------------ */

TestSuite(vm_output, .fini = vm_close);

Test(vm_output, cap_truncates_and_stops) {
    open_vm_with(1u << 20, 100);
    vm_result r = run("while True:\n    print('x' * 30)");
    cr_assert_eq(r.status, VM_STATUS_OUTPUT_LIMIT);
    cr_assert_eq(r.out.len, 100);
    cr_assert(r.out.truncated);
    cr_assert_not(r.err.truncated);
}

Test(vm_output, cap_is_shared_by_stdout_and_stderr) {
    open_vm_with(1u << 20, 100);
    vm_result r = run("import sys\nprint('o' * 60)\nprint('e' * 60, file=sys.stderr)");
    cr_assert_eq(r.status, VM_STATUS_OUTPUT_LIMIT);
    cr_assert_eq(r.out.len + r.err.len, 100);
    cr_assert_not(r.out.truncated);
    cr_assert(r.err.truncated);
}

Test(vm_output, output_under_the_cap_is_whole) {
    open_vm_with(1u << 20, 100);
    vm_result r = run("print('x' * 98)");
    cr_assert_eq(r.status, VM_STATUS_OK);
    cr_assert_eq(r.out.len, 99);
    cr_assert_not(r.out.truncated);
}

Test(vm_output, cap_resets_between_executions) {
    open_vm_with(1u << 20, 100);
    run("print('x' * 200)");
    vm_result r = run("print('y')");
    cr_assert_eq(r.status, VM_STATUS_OK);
    assert_out(r, "y\n");
}

Test(vm_output, open_rejects_tiny_heap) {
    vm_config config = {.heap_size = 1024, .max_output = 100};
    char err[256];
    cr_assert_eq(vm_open(&config, err, sizeof err), -1);
    cr_assert(strstr(err, "minimum") != NULL, "%s", err);
}

/* --- Fatal errors ---------------------------------------------------------- */

/* An exception with no handler to catch it reaches nlr_jump_fail, which
 * upstream's embed port answers with for(;;). Ours must end the process
 * (patches/0001) with exit code 4. Run in a child we can kill if it spins. */
Test(vm_fatal, unhandled_nlr_jump_ends_the_process) {
    pid_t pid = fork();
    cr_assert_neq(pid, -1);
    if (pid == 0) {
        alarm(5); /* a spinning child dies of SIGALRM instead */
        open_vm();
        nlr_jump(NULL);
    }
    int status;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    cr_assert(WIFEXITED(status), "child did not exit (signal %d)",
              WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    cr_assert_eq(WEXITSTATUS(status), 4);
}

/* --- Life cycle ------------------------------------------------------------- */

/* The compile reserve is a root pointer that a fresh runtime must forget:
 * after a reset (or a close and a new open) it pointed at a block the new
 * heap could hand to something else, and freeing it corrupted the heap
 * (found by the benchmark, which opens an engine in-process before forking
 * the zygote). */
Test(vm_lifecycle, resets_and_reopens_keep_the_heap_sound) {
    for (int round = 0; round < 3; round++) {
        open_vm_with(1u << 20, 4096);
        for (int i = 0; i < 20; i++) {
            vm_result r = run("import random\nl = [random.random() for i in range(300)]\n"
                              "d = {str(i): [i] * 3 for i in range(300)}\nprint(len(l), len(d))");
            cr_assert_eq(r.status, VM_STATUS_OK, "round %d, exec %d: %.*s", round, i,
                         (int)r.traceback.len, r.traceback.data);
            assert_out(r, "300 300\n");
            vm_reset((uint64_t)i);
        }
        vm_close();
    }
}

/* --- CPython behaviour agents rely on (patches 0004-0006) -------------------- */

TestSuite(vm_python, .init = open_vm, .fini = vm_close);

Test(vm_python, float_repr_is_shortest_round_trip) {
    vm_result r = run("print(0.1 + 0.2, 1/3, 1e16, 1e15, 100.0, 1e-05, -0.0, 1.5e-07, 2.0**70,\n"
                      "      5e-324, 1.7976931348623157e308, float('inf'), [0.1], 3.0)");
    assert_out(r, "0.30000000000000004 0.3333333333333333 1e+16 1000000000000000.0 100.0 "
                  "1e-05 -0.0 1.5e-07 1.1805916207174113e+21 5e-324 1.7976931348623157e+308 "
                  "inf [0.1] 3.0\n");
}

Test(vm_python, float_parsing_is_correctly_rounded) {
    vm_result r = run("print(float('6369.44863742672'), 1e23, float('9.275444498206811e-10'),\n"
                      "      float('1_000.5'), float(' -2.5e-3 '), 0.1 + 0.7)");
    assert_out(r, "6369.44863742672 1e+23 9.275444498206811e-10 1000.5 -0.0025 "
                  "0.7999999999999999\n");
}

Test(vm_python, float_formatting_rounds_the_exact_value) {
    /* CPython rounds the exact binary value, half to even (patch 0020). */
    vm_result r = run("print('%.2f' % 2.675, f'{2.5:.0f}', '%.1f' % 0.25, round(2.675, 2),\n"
                      "      round(0.125, 2), round(-0.0001, 2), round(1e300, 2), round(5e-324, 400),\n"
                      "      '%.20f' % 0.1, f'{1/3:.3e}', f'{-0.5:+.0f}', '%.3f' % float('-nan'))");
    assert_out(r, "2.67 2 0.2 2.67 0.12 -0.0 1e+300 5e-324 0.10000000000000000555 3.333e-01 -0 "
                  "nan\n");
    /* Precisions past a double's longest expansion are padded, not
     * computed: libc never needs a large buffer (mmap is forbidden). */
    r = run("s = '%.5000f' % 5e-324\nprint(len(s), s[-3:], len('%.3000e' % 1.5), len(f'{0.1:.2000g}'))");
    assert_out(r, "5002 000 3006 57\n");
    r = run("'%.999999999f' % 1.5");
    cr_assert_str_eq(r.error_type, "MemoryError");
}

Test(vm_python, float_format_without_type_letter) {
    /* No type letter: str(x), or 'g' that keeps '.0' (patch 0021). */
    vm_result r = run("x = 1234.5678\n"
                      "print(f'{x:>10}|{x:,}|{2.0:5}|{123.0:.3}|{12.0:.3}|{1.0:.1}|{x:+}|{-2.5:08}|'\n"
                      "      f'{0.1 + 0.2:.30}|{float(\"inf\"):^7}|{1e16:}|{x:_}')");
    assert_out(r, " 1234.5678|1,234.5678|  2.0|1.23e+02|12.0|1e+00|+1234.5678|-00002.5|"
                  "0.300000000000000044408920985006|  inf  |1e+16|1_234.5678\n");
}

Test(vm_python, exceptions_read_as_in_cpython) {
    /* Patch 0022: the messages a model knows from CPython. */
    vm_result r = run("def err(code):\n"
                      "    try:\n"
                      "        exec(code)\n"
                      "    except Exception as e:\n"
                      "        return str(e)\n"
                      "for c in ['1 % 0', '1.0 // 0', \"'a' + 1\", '1 + None', '[1] < 1', \"-'a'\",\n"
                      "          \"int('x')\", \"{}['k']\", \"[0] * 'a'\"]:\n"
                      "    print(err(c))\n"
                      "print(repr(ValueError('x')), repr(KeyError()))");
    assert_out(r, "integer modulo by zero\n"
                  "float floor division by zero\n"
                  "can only concatenate str (not \"int\") to str\n"
                  "unsupported operand type(s) for +: 'int' and 'NoneType'\n"
                  "'<' not supported between instances of 'list' and 'int'\n"
                  "bad operand type for unary -: 'str'\n"
                  "invalid literal for int() with base 10: 'x'\n"
                  "'k'\n"
                  "can't multiply sequence by non-int of type 'str'\n"
                  "ValueError('x') KeyError()\n");
}

Test(vm_python, subclass_instances_are_read_through_their_native_part) {
    /* Patch 0023: t + instance read past the instance and crashed. */
    vm_result r = run("class T(tuple):\n    def total(self): return sum(self)\n"
                      "class D(dict): pass\n"
                      "t = T((1, 2))\n"
                      "print((0,) + t, t + t, dict(D(a=1)), t.total())\n"
                      "d = {}\nd.update(D(b=2))\nprint(d)");
    assert_out(r, "(0, 1, 2) (1, 2, 1, 2) {'a': 1} 3\n{'b': 2}\n");
}

Test(vm_python, own_format_method_gets_the_spec) {
    /* Patch 0024: __format__ as in CPython; str/int/float subclasses. */
    vm_result r = run("class D:\n    def __format__(self, spec): return '<' + spec + '>'\n"
                      "class S(str): pass\n"
                      "class I(int): pass\n"
                      "w = 4\n"
                      "print(f'{D():%Y}', f'{D()}', f'{D():>{w}}', format(D(), 'x'),\n"
                      "      f'{S(\"ab\"):>{w}}', f'{I(1234):,}')");
    assert_out(r, "<%Y> <> <>4> <x>   ab 1,234\n");
}

Test(vm_python, format_widths_count_characters) {
    /* Patch 0025: widths and precisions of str formatting count characters. */
    vm_result r = run("n = 'Inès'\nprint(f'|{n:<6}|{n:>6}|{n:.3}|' + '%-5s|%.2s|' % (n, '日本語'))");
    assert_out(r, "|Inès  |  Inès|Inè|Inès |日本|\n");
}

Test(vm_python, unpacking_in_displays) {
    /* Patch 0026: PEP 448 displays. */
    vm_result r = run("a = [1, 2]\nd = {'x': 1}\n"
                      "print([0, *a, *'b'], (*a, 3), sorted({*a, 3}), {**d, 'y': 2, **{'x': 0}})");
    assert_out(r, "[0, 1, 2, 'b'] (1, 2, 3) [1, 2, 3] {'x': 0, 'y': 2}\n");
    r = run("{**d for d in []}");
    cr_assert_str_eq(r.error_type, "SyntaxError");
    r = run("x = {'a': 1, *[2]}");
    cr_assert_str_eq(r.error_type, "SyntaxError");
}

Test(vm_python, math_distances_and_more) {
    /* Patch 0027. */
    vm_result r = run("import math\nprint(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((1, 2), (4, 6)),\n"
                      "      math.cbrt(27), math.log1p(0.0), math.ulp(1.0))");
    assert_out(r, "5.0 3.0 5.0 3.0000000000000004 0.0 2.220446049250313e-16\n");
}

Test(vm_python, stepped_slices) {
    /* Patch 0028: str, bytes, tuple and array slices with a step. */
    vm_result r = run("import array\n"
                      "print('héllo'[::-1], 'abcdef'[::2], (1, 2, 3)[::-1], b'abc'[::-1],\n"
                      "      bytearray(b'abcd')[1::2], array.array('i', [1, 2])[::-1], 'abc'[5:0:-2])");
    assert_out(r, "olléh ace (3, 2, 1) b'cba' bytearray(b'bd') array('i', [2, 1]) c\n");
}

Test(vm_python, json_dumps_as_cpython) {
    /* Patch 0029: ensure_ascii, default=, NaN, key conversion, TypeError. */
    vm_result r = run("import json\n"
                      "print(json.dumps({'é': '😀', 1: float('nan'), None: (1,)}),\n"
                      "      json.dumps('é', ensure_ascii=False), json.dumps({2}, default=list))\n"
                      "for bad in [{1, 2}, b'x', {(1,): 2}]:\n"
                      "    try:\n"
                      "        json.dumps(bad)\n"
                      "    except TypeError as e:\n"
                      "        print(e)");
    assert_out(r, "{\"\\u00e9\": \"\\ud83d\\ude00\", \"1\": NaN, \"null\": [1]} \"é\" [2]\n"
                  "Object of type set is not JSON serializable\n"
                  "Object of type bytes is not JSON serializable\n"
                  "keys must be str, int, float, bool or None, not tuple\n");
}

Test(vm_python, sort_is_stable_and_calls_key_once) {
    /* Patch 0030. */
    vm_result r = run("rows = [(i % 3, i) for i in range(7)]\n"
                      "n = 0\n"
                      "def key(row):\n    global n\n    n += 1\n    return row[0]\n"
                      "print(sorted(rows, key=key), n, sorted(rows, key=lambda r: r[0], reverse=True)[:3])\n"
                      "l = [3, 1, 2]\n"
                      "try:\n    l.sort(key=lambda x: 1 / (x - 1))\nexcept ZeroDivisionError:\n    print(l)\n"
                      "big = list(range(100000))\nbig.sort()\nprint(big[-1])");
    assert_out(r, "[(0, 0), (0, 3), (0, 6), (1, 1), (1, 4), (2, 2), (2, 5)] 7 [(2, 2), (2, 5), (1, 1)]\n"
                  "[3, 1, 2]\n99999\n");
}

Test(vm_python, super_new_with_native_bases) {
    /* Patch 0032: these crashed the interpreter. */
    vm_result r = run("class T(tuple):\n    def __new__(cls, a):\n        return super().__new__(cls, (a, a))\n"
                      "class B(T):\n    def __new__(cls, a):\n        return super().__new__(cls, a + 1)\n"
                      "class S(str):\n    def __new__(cls, v):\n        return super().__new__(cls, v.upper())\n"
                      "print(T(1), B(1), S('ab'), len(T(0)))\n"
                      "class D(dict): pass\n"
                      "d = object.__new__(D)\nprint(len(d), d)\n"
                      "super(D, d).__init__(a=1)\nprint(d)");
    assert_out(r, "(1, 1) (2, 2) AB 2\n0 {}\n{'a': 1}\n");
}

Test(vm_python, center_fill_and_int_base_keyword) {
    /* Patch 0041. */
    vm_result r = run("print(repr('ab'.center(7, '=')), repr('xx'.center(3)), repr('é'.center(4, '-')),\n"
                      "      int('ff', base=16))");
    assert_out(r, "'===ab==' ' xx' '-é--' 255\n");
}

Test(vm_python, json_loads_as_cpython) {
    /* Patch 0042: strict grammar, JSONDecodeError with CPython's message. */
    vm_result r = run("import json\n"
                      "for s in ['{\"a\": 1,}', '[1, 2', '01']:\n"
                      "    try:\n"
                      "        json.loads(s)\n"
                      "    except json.JSONDecodeError as e:\n"
                      "        print(isinstance(e, ValueError), e)\n"
                      "print(json.loads('[\"\\\\ud83d\\\\ude00\", NaN]'), json.loads('{\"a\": {}}', object_hook=len))\n"
                      "try:\n    json.loads('[1,\\n2')\nexcept ValueError as e:\n"
                      "    print(e.msg, e.pos, e.lineno, e.colno)");
    assert_out(r, "True Expecting property name enclosed in double quotes: line 1 column 9 (char 8)\n"
                  "True Expecting ',' delimiter: line 1 column 6 (char 5)\n"
                  "True Extra data: line 1 column 2 (char 1)\n"
                  "['😀', nan] 1\n"
                  "Expecting ',' delimiter 5 2 2\n");
}

Test(vm_python, comparisons_are_reflected) {
    /* Patch 0044: a class with only __lt__ compares with > too. */
    vm_result r = run("class P:\n    def __init__(s, v): s.v = v\n    def __lt__(s, o): return s.v < o.v\n"
                      "print(P(2) > P(1), max([P(1), P(3)]).v)\n"
                      "try:\n    1 < 'a'\nexcept TypeError as e:\n    print(e)");
    assert_out(r, "True 3\n'<' not supported between instances of 'int' and 'str'\n");
}

Test(vm_python, classes_have_mro) {
    /* Patch 0045. */
    vm_result r = run("class A: pass\nclass B(A): pass\nclass C(A): pass\nclass D(B, C): pass\n"
                      "print([c.__name__ for c in D.__mro__], bool.__mro__)");
    assert_out(r, "['D', 'B', 'C', 'A', 'object'] (<class 'bool'>, <class 'int'>, <class 'object'>)\n");
}

Test(vm_python, dict_views_have_len_and_set_operators) {
    /* Patch 0046. */
    vm_result r = run("d = {'a': 1, 'b': 2}\n"
                      "print(len(d.items()), sorted({'a', 'z'} - d.keys()), sorted(d.keys() & {'b'}))");
    assert_out(r, "2 ['z'] ['b']\n");
}

Test(vm_python, case_methods_know_non_ascii_letters) {
    /* Patch 0047. */
    vm_result r = run("print('München'.upper(), 'ÉLODIE'.lower(), 'élodie garcía'.title(), 'Москва'.upper(),\n"
                      "      'é'.isalpha(), 'ZOË'.isupper(), '日本'.isalpha())");
    assert_out(r, "MÜNCHEN élodie Élodie García МОСКВА True True True\n");
}

Test(vm_python, print_takes_flush_and_none) {
    /* Patch 0048. */
    vm_result r = run("print(1, flush=True)\nprint(2, 3, sep=None, end=None)\nprint(4, file=None)");
    assert_out(r, "1\n2 3\n4\n");
}

Test(vm_python, builtin_random_refuses_wide_ranges) {
    /* Patch 0049: urandom.randrange(2**32) looped forever in C. */
    vm_result r = run_limited("import urandom\n"
                              "for f in [lambda: urandom.randrange(2**32), lambda: urandom.randint(-2**62, 2**62)]:\n"
                              "    try:\n        f()\n    except ValueError as e:\n        print(e)",
                              0, 2000 * MS);
    assert_out(r, "range too large for the built-in generator\nrange too large for the built-in generator\n");
}

Test(vm_python, round_and_floor_call_the_class_hooks) {
    /* Patch 0051. */
    vm_result r = run("import math\nclass R:\n    def __round__(self, n=None): return ('r', n)\n"
                      "    def __floor__(self): return 'f'\n"
                      "print(round(R()), round(R(), 2), math.floor(R()), math.floor(7), round(2.5))");
    assert_out(r, "('r', None) ('r', 2) f 7 2\n");
}

Test(vm_python, sets_iterate_in_cpythons_order) {
    /* Patch 0052: CPython's table layout and probing. */
    vm_result r = run("a = {5, 100, 3, 64, 8, 0, -1}\nb = set(range(10, 0, -3))\n"
                      "print({1} | {2}, a, a - {3}, a & {64, 0, 8, 1000}, b ^ {4, 11}, hash(-1))\n"
                      "s = set(str(i) for i in range(20000))\nprint(len(s))");
    assert_out(r, "{1, 2} {64, 0, 3, 100, 5, 8, -1} {64, 0, 100, 5, 8, -1} {64, 0, 8} {1, 7, 10, 11} -2\n"
                  "20000\n");
}

Test(vm_python, pow_takes_the_modular_inverse) {
    /* Patch 0053: pow(3, -1, 7) returned 0. */
    vm_result r = run("print(pow(3, -1, 7), pow(38, -1, 97))\ntry:\n    pow(2, -1, 4)\n"
                      "except ValueError as e:\n    print(e)");
    assert_out(r, "5 23\nbase is not invertible for the given modulus\n");
}

Test(vm_python, functions_take_attributes) {
    /* Patch 0054: functools.wraps copies the name; counters on closures. */
    vm_result r = run("import functools\n"
                      "def deco(f):\n    @functools.wraps(f)\n    def wrapper(*a):\n"
                      "        wrapper.calls += 1\n        return f(*a)\n    wrapper.calls = 0\n    return wrapper\n"
                      "@deco\ndef add(a, b): return a + b\n@deco\ndef mul(a, b): return a * b\n"
                      "print(add(1, 2), add(3, 4), mul(2, 3), add.calls, mul.calls, add.__name__, mul.__doc__)");
    assert_out(r, "3 7 6 2 1 add None\n");
}

Test(vm_python, docstrings_become_doc) {
    /* Patch 0055 and MICROPY_ENABLE_DOC_STRING. */
    vm_result r = run("def f():\n    \"\"\"Does f.\"\"\"\nclass C:\n    'A C.'\n"
                      "def g(): pass\nprint(f.__doc__, C.__doc__, g.__doc__)");
    assert_out(r, "Does f. A C. None\n");
}

Test(vm_python, function_annotations) {
    /* Patch 0056. */
    vm_result r = run("def f(a: int, *r: str, k: float = 1.0, **kw: bool) -> list: pass\n"
                      "def g(x): pass\nprint(list(f.__annotations__), f.__annotations__['return'], g.__annotations__)");
    assert_out(r, "['a', 'r', 'k', 'kw', 'return'] <class 'list'> {}\n");
}

Test(vm_python, instance_dict_is_live) {
    /* Patch 0057: self.__dict__.update(kw) sets attributes; vars(). */
    vm_result r = run("class R:\n    def __init__(self, **kw):\n        self.__dict__.update(kw)\n"
                      "r = R(a=1)\nr.b = 2\nd = vars(r)\nd['c'] = 3\ndel r.a\n"
                      "print(r.b, r.c, d, r.__dict__ is d)");
    assert_out(r, "2 3 {'b': 2, 'c': 3} True\n");
}

Test(vm_python, str_codecs) {
    /* Patch 0058: encode/decode honour the encoding and errors. */
    vm_result r = run("print('héllo'.encode('ascii', 'ignore'), b'caf\\xe9'.decode('latin-1'),\n"
                      "      b'x\\xff'.decode(errors='replace'), 'é'.encode('latin-1'))\n"
                      "try:\n    b'\\xe2\\x82'.decode()\nexcept UnicodeDecodeError as e:\n    print(e)");
    assert_out(r, "b'hllo' café x\xef\xbf\xbd b'\\xe9'\n"
                  "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data\n");
}

Test(vm_python, zip_strict) {
    /* Patch 0059. */
    vm_result r = run("print(list(zip('ab', [1, 2], strict=True)))\n"
                      "try:\n    list(zip([1, 2], [1], strict=True))\nexcept ValueError as e:\n    print(e)");
    assert_out(r, "[('a', 1), ('b', 2)]\nzip() argument 2 is shorter than argument 1\n");
}

Test(vm_python, json_floats_match_cpython) {
    vm_result r = run("import json\nprint(json.dumps({'x': 0.1 + 0.2}), json.loads('[1e23, 0.1]'))");
    assert_out(r, "{\"x\": 0.30000000000000004} [1e+23, 0.1]\n");
}

Test(vm_python, bool_is_an_int) {
    vm_result r = run("print(isinstance(True, int), issubclass(bool, int), True + True,\n"
                      "      isinstance(False, (str, int)), type(True).__name__)");
    assert_out(r, "True True 2 True bool\n");
}

Test(vm_python, str_methods_agents_use) {
    vm_result r = run("print(repr('ab'.ljust(5)), repr('ab'.rjust(5, '*')), '-42'.zfill(6),\n"
                      "      'hello WORLD'.capitalize(), \"it's a web-app\".title(), 'Ab'.swapcase(),\n"
                      "      'a.csv'.removesuffix('.csv'), 'v1'.removeprefix('v'), 'a1'.isalnum(),\n"
                      "      'a 1'.isalnum())");
    assert_out(r, "'ab   ' '***ab' -00042 Hello world It'S A Web-App aB a 1 True False\n");
}

Test(vm_python, format_groups_digits) {
    vm_result r = run("print('{:,}'.format(1234567), '{:_}'.format(1234567),\n"
                      "      '{:,.2f}'.format(1234567.891), '{:_.2f}'.format(-1234.5),\n"
                      "      '{:>14,.1f}|'.format(9876.54), '{:,.1%}'.format(12.3456),\n"
                      "      f'{1234.5:,.2f}')");
    assert_out(r, "1,234,567 1_234_567 1,234,567.89 -1_234.50        9,876.5| 1,234.6% 1,234.50\n");
}

Test(vm_python, math_integer_functions_and_fsum) {
    vm_result r = run("import math\n"
                      "print(math.gcd(2**100, 2**60 * 3), math.lcm(4, 6), math.isqrt(10**40),\n"
                      "      math.comb(100, 50), math.perm(5, 2), math.prod(range(1, 6), start=10),\n"
                      "      math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))");
    assert_out(r, "1152921504606846976 12 100000000000000000000 "
                  "100891344545564193334812497256 20 1200 1.0 1.0\n");
}

Test(vm_python, number_methods_and_int_methods_on_bool) {
    vm_result r = run("print(0 .bit_length(), (-256).bit_length(), (2**63 - 1).bit_length(),\n"
                      "      (-2**63).bit_length(), (10**30).bit_length(), True.bit_length())\n"
                      "print((1.0).is_integer(), (1.5).is_integer(), float('inf').is_integer(),\n"
                      "      float('nan').is_integer(), (2**100).is_integer())\n"
                      "print(True.to_bytes(2, 'big'), False.is_integer())");
    assert_out(r, "0 9 63 64 100 1\n"
                  "True False False False True\n"
                  "b'\\x00\\x01' True\n");
    r = run("True.real = 1");
    cr_assert_str_eq(r.error_type, "AttributeError");
}

Test(vm_python, format_builtin_and_hex_grouping_by_four) {
    vm_result r = run("print(format(1234567.891, ',.2f'), format(42), format('ab', '>4'),\n"
                      "      f'{0xffffffff:_x}', f'{-255:#_b}', f'{2**64:_o}', f'{10**6:_}')");
    assert_out(r, "1,234,567.89 42   ab ffff_ffff -0b1111_1111 20_0000_0000_0000_0000_0000 "
                  "1_000_000\n");
    r = run("format(1, '{}')");
    cr_assert_str_eq(r.error_type, "ValueError");
    r = run("format(1, 5)");
    cr_assert_str_eq(r.error_type, "TypeError");
}

Test(vm_python, str_translate_expandtabs_isprintable_format_map) {
    vm_result r = run("t = str.maketrans('abc', 'xyz', 'd')\n"
                      "print('abcd-\\u00e9'.translate(t) == 'xyz-\\u00e9',\n"
                      "      'hello'.translate({ord('l'): 'L!', ord('o'): None, 104: 72}))\n"
                      "class Up:\n"
                      "    def __getitem__(self, k):\n"
                      "        if not 97 <= k <= 122: raise IndexError(k)\n"
                      "        return k - 32\n"
                      "print('ab-c'.translate(Up()), repr('a\\tbc\\n\\tx'.expandtabs(4)),\n"
                      "      'abc'.isprintable(), 'a\\nb'.isprintable(), '\\x85'.isprintable(),\n"
                      "      '{n}:{v:>3}'.format_map({'n': 'k', 'v': 7}))");
    assert_out(r, "True HeL!L!\n"
                  "AB-C 'a   bc\\n    x' True False False k:  7\n");
    r = run("'abc'.translate({97: 1.5})");
    cr_assert_str_eq(r.error_type, "TypeError");
    r = run("str.maketrans('ab', 'c')");
    cr_assert_str_eq(r.error_type, "ValueError");
    r = run("class Bad:\n"
            "    def __getitem__(self, k): raise RuntimeError('boom')\n"
            "'abc'.translate(Bad())");
    cr_assert_str_eq(r.error_type, "RuntimeError");
}

Test(vm_python, repr_shows_printable_unicode) {
    vm_result r = run("print(['caf\\u00e9', '\\u65e5\\u672c', '\\U0001f600'] ==\n"
                      "      eval(repr(['caf\\u00e9', '\\u65e5\\u672c', '\\U0001f600'])))\n"
                      "print(repr('\\u00e9\\u20ac'), repr('\\xa0\\xad\\x85\\u200b\\u2028\\ufeff\\uffff'))");
    assert_out(r, "True\n"
                  "'\xc3\xa9\xe2\x82\xac' '\\xa0\\xad\\x85\\u200b\\u2028\\ufeff\\uffff'\n");
}

Test(vm_python, json_dumps_indent_and_sort_keys) {
    vm_result r = run("import json, io\n"
                      "d = {'b': [1, {'z': None, 'a': True}], 'a': 'x', 'c': {}, 'e': (1,)}\n"
                      "print(json.dumps(d, indent=2, sort_keys=True))\n"
                      "print(json.dumps(d, sort_keys=True), json.dumps([1, [2]], indent=0))\n"
                      "s = io.StringIO()\n"
                      "json.dump({2: 1, 1: [1]}, s, indent='.', sort_keys=True)\n"
                      "print(s.getvalue())");
    assert_out(r, "{\n"
                  "  \"a\": \"x\",\n"
                  "  \"b\": [\n"
                  "    1,\n"
                  "    {\n"
                  "      \"a\": true,\n"
                  "      \"z\": null\n"
                  "    }\n"
                  "  ],\n"
                  "  \"c\": {},\n"
                  "  \"e\": [\n"
                  "    1\n"
                  "  ]\n"
                  "}\n"
                  "{\"a\": \"x\", \"b\": [1, {\"a\": true, \"z\": null}], \"c\": {}, \"e\": [1]} "
                  "[\n1,\n[\n2\n]\n]\n"
                  "{\n.\"1\": [\n..1\n.],\n.\"2\": 1\n}\n");
    r = run("import json\n"
            "x = []\n"
            "for i in range(20000):\n"
            "    x = [x]\n"
            "json.dumps(x, indent=0)");
    cr_assert_str_eq(r.error_type, "RuntimeError");
    r = run("import json\njson.dumps({'a': 1, 2: 3}, sort_keys=True)");
    cr_assert_str_eq(r.error_type, "TypeError");
}

Test(vm_python, attribute_after_a_number_literal) {
    vm_result r = run("print(1.0.is_integer(), 1e3.is_integer(), 1j.imag, 0x10.bit_length(),\n"
                      "      1..is_integer(), 1.5, 3.14e+2, 0o17, 10 .bit_length())");
    assert_out(r, "True True 1.0 5 True 1.5 314.0 15 4\n");
    r = run("1.2.3");
    cr_assert_str_eq(r.error_type, "SyntaxError");
}

Test(vm_python, import_error_lists_the_modules) {
    vm_result r = run("import pandas");
    cr_assert_str_eq(r.error_type, "ImportError");
    cr_assert(strstr(r.error_message.data, "no module named 'pandas'; the modules available "
                                           "are: ") != NULL,
              "%.*s", (int)r.error_message.len, r.error_message.data);
    cr_assert(strstr(r.error_message.data, "json") != NULL);
    /* The frozen standard library is listed too. */
    cr_assert(strstr(r.error_message.data, ", bisect, ") != NULL);
}

Test(vm_python, frozen_modules_import_and_nothing_else_does) {
    vm_result r = run("import bisect, sys\n"
                      "print(bisect.bisect_left([1, 2, 4], 3), sys.path)");
    assert_out(r, "2 ['', '.frozen']\n");
    /* sys.path is the guest's to change, but there is no file system behind
     * it: only frozen modules are ever found. */
    r = run("import sys\nsys.path[:] = ['/etc', '.frozen/../../etc', '/usr/lib/python3.11']\n"
            "import passwd");
    cr_assert_str_eq(r.error_type, "ImportError");
    r = run("import sys\nsys.path.append('/usr/lib/python3.11')\nimport this");
    cr_assert_str_eq(r.error_type, "ImportError");
}

Test(vm_python, dicts_keep_insertion_order) {
    vm_result r = run("d = {}\nfor k in 'zyxwvu': d[k] = 1\n"
                      "del d['x']\nd['x'] = 2\nd[10] = 3\n"
                      "import json\n"
                      "print(list(d), json.dumps({'b': 1, 'a': {'z': 1, 'y': 2}}), d.popitem())\n"
                      "e = {i: i for i in range(5000)}\n"
                      "for i in range(0, 5000, 2): del e[i]\n"
                      "c = e.copy()\nc[-1] = 0\n"
                      "print(list(e)[:3], len(e), 4999 in e, 4998 in e, list(c)[-1], e.get(3))");
    assert_out(r, "['z', 'y', 'w', 'v', 'u', 'x', 10] {\"b\": 1, \"a\": {\"z\": 1, \"y\": 2}} (10, 3)\n"
                  "[1, 3, 5] 2500 True False -1 3\n");
}
