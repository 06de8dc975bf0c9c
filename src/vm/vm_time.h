/*
 * vm_time.h — the port part of MicroPython's time module (extmod/modtime.c
 * includes this file through MICROPY_PY_TIME_INCLUDEFILE). Time is UTC wall
 * clock in whole milliseconds (mp_hal_time_ns in vm_limits.c).
 */
#include "py/obj.h"
#include "shared/timeutils/timeutils.h"

static mp_obj_t mp_time_time_get(void) {
    return mp_obj_new_float((mp_float_t)mp_hal_time_ns() / (mp_float_t)1e9);
}

static mp_obj_t mp_time_localtime_get(void) {
    timeutils_struct_time_t tm;
    timeutils_seconds_since_epoch_to_struct_time(mp_hal_time_ns() / 1000000000u, &tm);
    mp_obj_t fields[8] = {
        mp_obj_new_int(tm.tm_year), mp_obj_new_int(tm.tm_mon),  mp_obj_new_int(tm.tm_mday),
        mp_obj_new_int(tm.tm_hour), mp_obj_new_int(tm.tm_min),  mp_obj_new_int(tm.tm_sec),
        mp_obj_new_int(tm.tm_wday), mp_obj_new_int(tm.tm_yday),
    };
    return mp_obj_new_tuple(8, fields);
}
