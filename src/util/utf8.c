/*
 * utf8.c — see utf8.h. A straight decoder following the Unicode "well-formed
 * UTF-8 byte sequences" table (Unicode 15, table 3-7).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */

/* Length of the well-formed sequence at s (1..4), or 0 if it is not one. */
static size_t sequence_length(const unsigned char *s, size_t left) {
    unsigned char b = s[0];
    if (b < 0x80) {
        return 1;
    }
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (b >= 0xC2 && b <= 0xDF) {
        n = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        n = 3;
        if (b == 0xE0) {
            lo = 0xA0; /* no overlong forms */
        } else if (b == 0xED) {
            hi = 0x9F; /* no surrogates */
        }
    } else if (b >= 0xF0 && b <= 0xF4) {
        n = 4;
        if (b == 0xF0) {
            lo = 0x90; /* no overlong forms */
        } else if (b == 0xF4) {
            hi = 0x8F; /* nothing past U+10FFFF */
        }
    } else {
        return 0;
    }
    if (left < n || s[1] < lo || s[1] > hi) {
        return 0;
    }
    for (size_t i = 2; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            return 0;
        }
    }
    return n;
}

char *utf8_sanitize(const char *in, size_t len, size_t *out_len) {
    /* Each invalid byte becomes 3 bytes at most. */
    if (len > (SIZE_MAX - 1) / 3) {
        return NULL;
    }
    char *out = malloc(len * 3 + 1);
    if (out == NULL) {
        return NULL;
    }
    const unsigned char *s = (const unsigned char *)in;
    size_t i = 0, o = 0;
    while (i < len) {
        size_t n = sequence_length(s + i, len - i);
        if (n == 0) {
            memcpy(out + o, replacement, 3);
            o += 3;
            i += 1;
        } else {
            memcpy(out + o, s + i, n);
            o += n;
            i += n;
        }
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}
