/*
 * vm_import.c — the file system as MicroPython's importer sees it: empty.
 *
 * Imports are enabled so that the frozen standard library (src/pylib) can be
 * found on sys.path under ".frozen"; MicroPython resolves that prefix itself
 * and asks the port only about every other path. There are no files in the
 * sandbox, so every such question has the same answer.
 */
#include "py/builtin.h"
#include "py/lexer.h"
#include "py/mperrno.h"
#include "py/runtime.h"

mp_import_stat_t mp_import_stat(const char *path) {
    (void)path;
    return MP_IMPORT_STAT_NO_EXIST;
}

/* Only reached for a path that mp_import_stat reported as a file: never. */
mp_lexer_t *mp_lexer_new_from_file(qstr filename) {
    mp_raise_OSError_with_filename(MP_ENOENT, qstr_str(filename));
}
