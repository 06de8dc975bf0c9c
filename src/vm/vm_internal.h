/*
 * vm_internal.h — what the files of src/vm share; not for use outside it.
 *
 * vm.c runs code and builds results, vm_limits.c owns fuel, clock and
 * deadline, vm_output.c owns the capture buffers and the guest's standard
 * streams.
 */
#ifndef MPSB_VM_INTERNAL_H
#define MPSB_VM_INTERNAL_H

#include "vm.h"

/* --- vm_limits.c --------------------------------------------------------- */

/* Arms fuel and deadline for one execution. */
void vm_limits_start(const vm_limits *limits);
/* Disarms them; returns the fuel used since vm_limits_start. */
uint64_t vm_limits_finish(void);
/* The reason the running code was stopped, or VM_STATUS_OK. */
vm_status vm_limits_stop_reason(void);
/* Stops the running code for reason at the next VM check; the first reason
 * given wins. */
void vm_limits_stop(vm_status reason);
/* Monotonic clock in nanoseconds (not coarsened: for the host only). */
uint64_t vm_monotonic_ns(void);
void vm_limits_set_seed(uint64_t seed);

/* --- vm_output.c --------------------------------------------------------- */

enum { VM_STDOUT, VM_STDERR };

int vm_output_open(size_t max_output);
void vm_output_close(void);
/* Empties both streams for a new execution. */
void vm_output_clear(void);
/* Appends to a stream within the shared cap; past it, truncates and stops
 * the code with VM_STATUS_OUTPUT_LIMIT. */
void vm_output_write(int stream, const char *data, size_t len);
vm_text vm_output_text(int stream);

#endif
