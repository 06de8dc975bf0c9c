/*
 * mpconfigport.h — MicroPython configuration for the mpsandbox engine.
 *
 * This file is the language boundary (DESIGN.md, "Two boundaries"). We start
 * from the richest feature level, because agents write CPython and every
 * missing language feature costs them a retry, and then switch off by name
 * everything that reaches outside the interpreter or forges memory:
 * files, imports from disk, os/socket/select/machine/uctypes, native code
 * emitters and .mpy loading, stdin, memoryview, settrace, code objects,
 * marshal, mem_info. The modules that are compiled in are exactly the extmod
 * files that mk/micropython-embed.mk copies into the build, plus the Python
 * ones frozen from src/pylib (the only thing an import can find: see
 * vm_import.c); tests/cli checks both lists from the outside.
 */

#include <port/mpconfigport_common.h>

#define MICROPY_CONFIG_ROM_LEVEL (MICROPY_CONFIG_ROM_LEVEL_EVERYTHING)

/* --- Core ---------------------------------------------------------------- */
#define MICROPY_ENABLE_COMPILER (1)
#define MICROPY_ENABLE_GC (1)
#define MICROPY_LONGINT_IMPL (MICROPY_LONGINT_IMPL_MPZ)
/* Fixed rather than detected per machine: the frozen modules' big-int
 * constants are laid out for it (FROZEN_MPZ_DIG_SIZE in the Makefile). */
#define MPZ_DIG_SIZE (32)
#define MICROPY_FLOAT_IMPL (MICROPY_FLOAT_IMPL_DOUBLE)
#define MICROPY_ERROR_REPORTING (MICROPY_ERROR_REPORTING_DETAILED)
#define MICROPY_ENABLE_SOURCE_LINE (1)
/* Docstrings become __doc__ of modules, classes and (patch 0055) functions,
 * as in CPython: agents print them, and functools.wraps copies them. */
#define MICROPY_ENABLE_DOC_STRING (1)
#define MICROPY_CPYTHON_COMPAT (1)
#define MICROPY_PY_BUILTINS_HELP (0)
#define MICROPY_PY_BUILTINS_INPUT (0) /* there is no stdin */
#define MICROPY_PY_BUILTINS_EXECFILE (0) /* reads a file */
#define MICROPY_HELPER_REPL (1)
#define MICROPY_REPL_AUTO_INDENT (0)
#define MICROPY_ENABLE_FINALISER (0) /* no __del__ running at GC time */
#define MICROPY_ENABLE_SCHEDULER (0) /* no callbacks from outside the VM */
#define MICROPY_KBD_EXCEPTION (0)
/* Exceptions raised while the heap is full or locked keep their message. */
#define MICROPY_ENABLE_EMERGENCY_EXCEPTION_BUF (1)
#define MICROPY_EMERGENCY_EXCEPTION_BUF_SIZE (256)
#define MICROPY_PY_THREAD (0)

/* --- Limits: the engine enforces fuel, deadline and output cap ----------- */
/* Every jump and every return costs one unit of fuel; running out (or passing
 * the deadline) schedules a VM abort, which jumps past every Python handler. */
#define MICROPY_ENABLE_VM_ABORT (1)
/* Inline countdown; the slow path (every few thousand ticks, or when fuel is
 * nearly gone) does the accounting and reads the clock. */
#define MICROPY_VM_HOOK_LOOP \
    if (--vm_hook_countdown == 0) { \
        vm_hook_slow(); \
    }
#define MICROPY_VM_HOOK_RETURN MICROPY_VM_HOOK_LOOP
/* The C stack limit is set per execution (vm.c); without this it is never
 * checked at the minimum level and deep recursion would overflow it. */
#define MICROPY_STACK_CHECK (1)
#define MICROPY_STACK_CHECK_MARGIN (16 * 1024)

/* --- Language boundary: nothing that reaches the host -------------------- */
/* Imports search sys.path, but the only place that holds modules is the
 * frozen standard library (src/pylib, compiled into the binary):
 * mp_import_stat (vm_import.c) answers "no such file" for every other path. */
#define MICROPY_ENABLE_EXTERNAL_IMPORT (1)
#define MICROPY_MODULE_FROZEN_MPY (1)
#define MICROPY_MODULE_FROZEN_STR (0)
#define MICROPY_QSTR_EXTRA_POOL mp_qstr_frozen_const_pool
#define MICROPY_READER_POSIX (0)
#define MICROPY_READER_VFS (0)
#define MICROPY_VFS (0)
#define MICROPY_PERSISTENT_CODE_LOAD (0) /* no .mpy: bytecode is trusted */
#define MICROPY_PERSISTENT_CODE_SAVE (0)
#define MICROPY_PY_SYS_SETTRACE (0)
#define MICROPY_PY_FUNCTION_ATTRS_CODE (0) /* no code objects to tamper with */
#define MICROPY_PY_MARSHAL (0) /* would load code objects from bytes */
#define MICROPY_PY_BUILTINS_MEMORYVIEW (0) /* reads freed memory in 1.25 */
#define MICROPY_PY_MICROPYTHON_MEM_INFO (0) /* prints heap addresses */
#define MICROPY_PY_MICROPYTHON_RINGIO (0)
#define MICROPY_PY_OS (0)
#define MICROPY_PY_SELECT (0)
#define MICROPY_PY_SOCKET (0)
#define MICROPY_PY_NETWORK (0)
#define MICROPY_PY_MACHINE (0)
#define MICROPY_PY_UCTYPES (0)
#define MICROPY_PY_FRAMEBUF (0)
#define MICROPY_PY_ASYNCIO (0)
#define MICROPY_PY_PLATFORM (0)
#define MICROPY_PY_BTREE (0)
#define MICROPY_PY_CRYPTOLIB (0)
#define MICROPY_PY_SSL (0)
#define MICROPY_PY_WEBSOCKET (0)
#define MICROPY_PY_WEBREPL (0)
#define MICROPY_PY_ONEWIRE (0)
#define MICROPY_PY_IO_IOBASE (0)
#define MICROPY_PY_IO_BUFFEREDWRITER (0)
#define MICROPY_PY_SYS_EXECUTABLE (0)
#define MICROPY_PY_SYS_ATEXIT (0)
#define MICROPY_PY_SYS_STDIO_BUFFER (0)
/* sys.stdout/sys.stderr write into the capture buffers; sys.stdin raises.
 * All three are defined in vm_stdio.c, not by MicroPython. */
#define MICROPY_PY_SYS_STDFILES (1)

/* --- Modules that are in ------------------------------------------------- */
#define MICROPY_PY_SYS (1)
#define MICROPY_PY_SYS_EXC_INFO (1)
#define MICROPY_PY_SYS_MODULES (1)
#define MICROPY_PY_GC (1)
#define MICROPY_PY_MATH (1)
#define MICROPY_PY_CMATH (1)
#define MICROPY_PY_COLLECTIONS (1)
#define MICROPY_PY_STRUCT (1)
#define MICROPY_PY_ARRAY (1)
#define MICROPY_PY_IO (1) /* StringIO and BytesIO; open() raises (vm_stdio.c) */
#define MICROPY_PY_JSON (1)
#define MICROPY_PY_RE (1)
#define MICROPY_PY_HEAPQ (1)
#define MICROPY_PY_BINASCII (1)
#define MICROPY_PY_HASHLIB (1)
#define MICROPY_PY_HASHLIB_SHA256 (1)
#define MICROPY_PY_HASHLIB_SHA1 (0) /* needs axtls, not in the source */
#define MICROPY_PY_HASHLIB_MD5 (0)
#define MICROPY_PY_DEFLATE (1)
#define MICROPY_PY_DEFLATE_COMPRESS (1)
#define MICROPY_PY_RANDOM (1)
#define MICROPY_PY_RANDOM_EXTRA_FUNCS (1)
/* Each interpreter gets its seed from the host (vm_config.seed). */
#define MICROPY_PY_RANDOM_SEED_INIT_FUNC (vm_random_seed())
#define MICROPY_PY_TIME (1)
#define MICROPY_PY_TIME_GMTIME_LOCALTIME_MKTIME (1)
#define MICROPY_PY_TIME_TIME_TIME_NS (1)
#define MICROPY_PY_TIME_INCLUDEFILE "vm_time.h"
#define MICROPY_EPOCH_IS_1970 (1)

/* --- Port glue ----------------------------------------------------------- */
#define MICROPY_PY_SYS_PLATFORM "linux"
#define MICROPY_HW_BOARD_NAME "mpsandbox"
#define MICROPY_HW_MCU_NAME "a confined worker"
/* Our CLI links against libc's printf; MicroPython must not define its own. */
#define MICROPY_USE_INTERNAL_PRINTF (0)

#ifndef __ASSEMBLER__
#include <stdint.h>
extern uint32_t vm_hook_countdown;
void vm_hook_slow(void);
uint32_t vm_random_seed(void);
#endif
