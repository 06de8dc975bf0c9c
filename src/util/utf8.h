/*
 * utf8.h — making untrusted bytes safe to put in JSON (prefix utf8_).
 *
 * Guest output is bytes: it may hold invalid UTF-8, or be cut in the middle
 * of a character by an output cap. JSON strings must be valid UTF-8, so every
 * byte sequence that is not (overlong forms, surrogates, code points past
 * U+10FFFF, stray or missing continuation bytes) becomes U+FFFD, as Python's
 * errors="replace" does.
 */
#ifndef MPSB_UTF8_H
#define MPSB_UTF8_H

#include <stddef.h>

/* Returns a newly allocated, NUL-terminated copy of in[0..len) with invalid
 * sequences replaced, and its length (which may contain NULs) in *out_len.
 * The caller frees it. Returns NULL if out of memory. */
char *utf8_sanitize(const char *in, size_t len, size_t *out_len);

#endif
