/* worker_test_hooks.h — see worker_test_hooks.c (test builds only). */
#ifndef MPSB_WORKER_TEST_HOOKS_H
#define MPSB_WORKER_TEST_HOOKS_H

#include <stddef.h>
#include <stdint.h>

void worker_test_hook(const uint8_t *code, size_t len);

#endif
