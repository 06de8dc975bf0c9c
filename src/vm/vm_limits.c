/*
 * vm_limits.c — fuel, the wall-clock deadline, and the clocks guest code sees.
 *
 * The bytecode loop runs MICROPY_VM_HOOK_LOOP after every jump and
 * MICROPY_VM_HOOK_RETURN after every return (mpconfigport.h). Both only
 * decrement vm_hook_countdown; every TICK_BATCH ticks (or sooner, when less
 * fuel than that is left) vm_hook_slow banks the batch, checks the fuel and
 * reads the clock. That keeps the hot path to a decrement and a branch while
 * the deadline is still checked every few microseconds of bytecode.
 *
 * A stop is a VM abort (mp_sched_vm_abort): the VM checks the flag right
 * after the loop hook and jumps straight to the buffer vm_exec registered
 * with nlr_set_abort, past every Python-level handler.
 *
 * Guest-visible time is real wall-clock time (agents ask for today's date),
 * coarsened to whole milliseconds so it is a poor timer for side channels.
 */
#include <errno.h>
#include <time.h>

#include "py/mphal.h"
#include "py/runtime.h"

#include "vm_internal.h"

#define TICK_BATCH 4096u
#define NS_PER_MS 1000000ull
#define NS_PER_S 1000000000ull

uint32_t vm_hook_countdown = TICK_BATCH;

static struct {
    uint64_t fuel_limit;  /* 0: unlimited */
    uint64_t fuel_banked; /* ticks of the batches completed so far */
    uint32_t batch;       /* size of the batch being counted down */
    uint64_t deadline_ns; /* on the monotonic clock; 0: none */
    vm_status stop_reason;
    uint64_t seed;
} lim = {.batch = TICK_BATCH};

static uint64_t clock_ns(clockid_t clock) {
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (uint64_t)ts.tv_sec * NS_PER_S + (uint64_t)ts.tv_nsec;
}

uint64_t vm_monotonic_ns(void) {
    return clock_ns(CLOCK_MONOTONIC);
}

static uint64_t coarse(uint64_t ns) {
    return ns - ns % NS_PER_MS;
}

static void arm_batch(void) {
    uint32_t batch = TICK_BATCH;
    if (lim.fuel_limit != 0 && lim.fuel_banked < lim.fuel_limit &&
        lim.fuel_limit - lim.fuel_banked < batch) {
        batch = (uint32_t)(lim.fuel_limit - lim.fuel_banked);
    }
    lim.batch = batch;
    vm_hook_countdown = batch;
}

void vm_limits_start(const vm_limits *limits) {
    lim.fuel_limit = limits->fuel;
    lim.fuel_banked = 0;
    lim.deadline_ns = limits->timeout_ns ? vm_monotonic_ns() + limits->timeout_ns : 0;
    lim.stop_reason = VM_STATUS_OK;
    MP_STATE_VM(vm_abort) = false;
    arm_batch();
}

uint64_t vm_limits_finish(void) {
    uint64_t used = lim.fuel_banked + (lim.batch - vm_hook_countdown);
    lim.fuel_limit = 0;
    lim.deadline_ns = 0;
    MP_STATE_VM(vm_abort) = false;
    arm_batch();
    return used;
}

vm_status vm_limits_stop_reason(void) {
    return lim.stop_reason;
}

void vm_limits_stop(vm_status reason) {
    if (lim.stop_reason == VM_STATUS_OK) {
        lim.stop_reason = reason;
    }
    mp_sched_vm_abort();
}

void vm_hook_slow(void) {
    lim.fuel_banked += lim.batch;
    if (lim.stop_reason != VM_STATUS_OK) {
        /* Already stopping (the abort is pending at the next VM check). */
        mp_sched_vm_abort();
    } else if (lim.fuel_limit != 0 && lim.fuel_banked >= lim.fuel_limit) {
        vm_limits_stop(VM_STATUS_FUEL_EXHAUSTED);
    } else if (lim.deadline_ns != 0 && vm_monotonic_ns() >= lim.deadline_ns) {
        vm_limits_stop(VM_STATUS_TIMEOUT);
    }
    arm_batch();
}

/* Sleeps, but never past the deadline: a sleep that would end after it
 * sleeps until the deadline and then stops the code as a timeout. */
static void sleep_ns(uint64_t ns) {
    uint64_t until = vm_monotonic_ns() + (ns > UINT64_MAX / 2 ? UINT64_MAX / 2 : ns);
    bool cut = lim.deadline_ns != 0 && until > lim.deadline_ns;
    if (cut) {
        until = lim.deadline_ns;
    }
    struct timespec ts = {.tv_sec = (time_t)(until / NS_PER_S), .tv_nsec = (long)(until % NS_PER_S)};
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR) {
    }
    if (cut) {
        vm_limits_stop(VM_STATUS_TIMEOUT);
        mp_handle_pending(true); /* aborts now: we are inside a C call */
    }
}

void vm_limits_set_seed(uint64_t seed) {
    lim.seed = seed;
}

/* Each call gives the next value of a splitmix64 sequence started at the
 * interpreter's seed: random.seed() with no argument then moves on to a new
 * sequence, as CPython's does, while the whole run still follows from the
 * one seed the host gave. */
uint32_t vm_random_seed(void) {
    uint64_t z = (lim.seed += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return (uint32_t)(z ^ (z >> 32));
}

/* --- MicroPython HAL ----------------------------------------------------- */

void mp_hal_delay_ms(mp_uint_t ms) {
    sleep_ns((uint64_t)ms * NS_PER_MS);
}

void mp_hal_delay_us(mp_uint_t us) {
    sleep_ns((uint64_t)us * 1000u);
}

mp_uint_t mp_hal_ticks_ms(void) {
    return (mp_uint_t)(vm_monotonic_ns() / NS_PER_MS);
}

mp_uint_t mp_hal_ticks_us(void) {
    return (mp_uint_t)(coarse(vm_monotonic_ns()) / 1000u);
}

mp_uint_t mp_hal_ticks_cpu(void) {
    return mp_hal_ticks_us();
}

uint64_t mp_hal_time_ns(void) {
    return coarse(clock_ns(CLOCK_REALTIME));
}
