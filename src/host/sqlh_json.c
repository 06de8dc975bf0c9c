/*
 * sqlh_json.c — writing the JSON the three host functions return.
 *
 * Results are written by hand into a growable buffer rather than built as a
 * jansson tree and dumped: the query loop has to know the exact size of the
 * text so far to stop at max_bytes, and to refuse a value before it formats
 * (and allocates) it. So every writer appends exactly what will be sent.
 * jansson still parses the arguments (sqlh_args.c).
 *
 * Strings are written as UTF-8 with only '"', '\\' and control characters
 * escaped; text that came from a database goes through utf8_sanitize first,
 * because JSON must be valid UTF-8 and SQLite does not guarantee TEXT is.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sqlh_internal.h"
#include "utf8.h"

void sqlh_buf_free(sqlh_buf *b) {
    free(b->data);
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
}

/* Room for extra more bytes and a NUL. */
static bool sqlh_buf_reserve(sqlh_buf *b, size_t extra) {
    if (extra > SIZE_MAX - b->len - 1) {
        return false;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap) {
        return true;
    }
    size_t cap = b->cap < 256 ? 256 : b->cap;
    while (cap < need) {
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    }
    char *data = realloc(b->data, cap);
    if (data == NULL) {
        return false;
    }
    b->data = data;
    b->cap = cap;
    return true;
}

bool sqlh_buf_add(sqlh_buf *b, const char *s, size_t n) {
    if (!sqlh_buf_reserve(b, n)) {
        return false;
    }
    if (n > 0) {
        memcpy(b->data + b->len, s, n);
    }
    b->len += n;
    b->data[b->len] = '\0';
    return true;
}

bool sqlh_buf_addz(sqlh_buf *b, const char *s) {
    return sqlh_buf_add(b, s, strlen(s));
}

static size_t sqlh_json_escape_size(unsigned char c) {
    if (c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t') {
        return 2;
    }
    return c < 0x20 ? 6 : 1;
}

bool sqlh_buf_add_json_string(sqlh_buf *b, const char *s, size_t n) {
    size_t size = 2;
    for (size_t i = 0; i < n; i++) {
        size += sqlh_json_escape_size((unsigned char)s[i]);
    }
    if (!sqlh_buf_reserve(b, size)) {
        return false;
    }
    static const char hex[] = "0123456789abcdef";
    char *o = b->data + b->len;
    *o++ = '"';
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': *o++ = '\\'; *o++ = '"'; break;
        case '\\': *o++ = '\\'; *o++ = '\\'; break;
        case '\b': *o++ = '\\'; *o++ = 'b'; break;
        case '\f': *o++ = '\\'; *o++ = 'f'; break;
        case '\n': *o++ = '\\'; *o++ = 'n'; break;
        case '\r': *o++ = '\\'; *o++ = 'r'; break;
        case '\t': *o++ = '\\'; *o++ = 't'; break;
        default:
            if (c < 0x20) {
                memcpy(o, "\\u00", 4);
                o[4] = hex[c >> 4];
                o[5] = hex[c & 0xF];
                o += 6;
            } else {
                *o++ = (char)c;
            }
        }
    }
    *o++ = '"';
    b->len = (size_t)(o - b->data);
    b->data[b->len] = '\0';
    return true;
}

bool sqlh_buf_add_text(sqlh_buf *b, const char *s, size_t n) {
    size_t clean_len;
    char *clean = utf8_sanitize(s, n, &clean_len);
    if (clean == NULL) {
        return false;
    }
    bool ok = sqlh_buf_add_json_string(b, clean, clean_len);
    free(clean);
    return ok;
}

bool sqlh_buf_add_int(sqlh_buf *b, int64_t v) {
    char text[32];
    int n = snprintf(text, sizeof text, "%lld", (long long)v);
    return sqlh_buf_add(b, text, (size_t)n);
}

bool sqlh_buf_add_double(sqlh_buf *b, double v) {
    if (!isfinite(v)) {
        return sqlh_buf_addz(b, "null");
    }
    /* The shortest of %.15g..%.17g that reads back exactly: 0.1 stays "0.1"
     * rather than "0.10000000000000001". */
    char text[40];
    int n = 0;
    for (int precision = 15; precision <= 17; precision++) {
        n = snprintf(text, sizeof text, "%.*g", precision, v);
        if (strtod(text, NULL) == v) {
            break;
        }
    }
    bool has_mark = false;
    for (int i = 0; i < n; i++) {
        if (text[i] == ',') {
            text[i] = '.'; /* a locale with a decimal comma */
        }
        if (text[i] == '.' || text[i] == 'e') {
            has_mark = true;
        }
    }
    /* 2.0 must not arrive as the integer 2: the guest would see an int. */
    if (!has_mark && (size_t)n + 2 < sizeof text) {
        memcpy(text + n, ".0", 3);
        n += 2;
    }
    return sqlh_buf_add(b, text, (size_t)n);
}

static const char sqlh_blob_prefix[] = "{\"$base64\":\"";
static const char sqlh_blob_suffix[] = "\"}";

size_t sqlh_json_blob_size(size_t n) {
    return sizeof sqlh_blob_prefix - 1 + (n / 3 + (n % 3 != 0)) * 4 + sizeof sqlh_blob_suffix - 1;
}

bool sqlh_buf_add_blob(sqlh_buf *b, const void *p, size_t n) {
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    if (n > (SIZE_MAX - 64) / 4 * 3 || !sqlh_buf_reserve(b, sqlh_json_blob_size(n))) {
        return false;
    }
    const unsigned char *s = p;
    char *o = b->data + b->len;
    memcpy(o, sqlh_blob_prefix, sizeof sqlh_blob_prefix - 1);
    o += sizeof sqlh_blob_prefix - 1;
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8 | s[i + 2];
        *o++ = alphabet[v >> 18];
        *o++ = alphabet[(v >> 12) & 63];
        *o++ = alphabet[(v >> 6) & 63];
        *o++ = alphabet[v & 63];
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)s[i] << 16;
        *o++ = alphabet[v >> 18];
        *o++ = alphabet[(v >> 12) & 63];
        *o++ = '=';
        *o++ = '=';
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8;
        *o++ = alphabet[v >> 18];
        *o++ = alphabet[(v >> 12) & 63];
        *o++ = alphabet[(v >> 6) & 63];
        *o++ = '=';
    }
    memcpy(o, sqlh_blob_suffix, sizeof sqlh_blob_suffix - 1);
    o += sizeof sqlh_blob_suffix - 1;
    b->len = (size_t)(o - b->data);
    b->data[b->len] = '\0';
    return true;
}

char *sqlh_buf_take(sqlh_buf *b, size_t *len) {
    if (b->data == NULL && !sqlh_buf_reserve(b, 0)) {
        return NULL;
    }
    b->data[b->len] = '\0';
    char *data = b->data;
    if (len != NULL) {
        *len = b->len;
    }
    b->data = NULL;
    b->len = 0;
    b->cap = 0;
    return data;
}

char *sqlh_format(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        return NULL;
    }
    char *s = malloc((size_t)n + 1);
    if (s == NULL) {
        return NULL;
    }
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

char *sqlh_clip(const char *s, size_t n, size_t max) {
    size_t len;
    char *clean = utf8_sanitize(s, n, &len);
    if (clean == NULL || len <= max) {
        return clean;
    }
    /* Back up to the start of a character, leaving room for "...". */
    size_t cut = max < 3 ? 0 : max - 3;
    while (cut > 0 && ((unsigned char)clean[cut] & 0xC0) == 0x80) {
        cut--;
    }
    memcpy(clean + cut, "...", 4);
    return clean;
}

int sqlh_error_json(const char *message, char **out, size_t *out_len) {
    *out = NULL;
    char *clipped = sqlh_clip(message, strlen(message), SQLH_MAX_MESSAGE_BYTES);
    if (clipped == NULL) {
        return SQLH_NOMEM;
    }
    sqlh_buf b = {0};
    bool ok = sqlh_buf_addz(&b, "{\"error\":") &&
              sqlh_buf_add_json_string(&b, clipped, strlen(clipped)) && sqlh_buf_addz(&b, "}");
    free(clipped);
    if (!ok || (*out = sqlh_buf_take(&b, out_len)) == NULL) {
        sqlh_buf_free(&b);
        return SQLH_NOMEM;
    }
    return SQLH_OK;
}

int sqlh_error_json_take(char *message, char **out, size_t *out_len) {
    if (message == NULL) {
        *out = NULL;
        return SQLH_NOMEM;
    }
    int rc = sqlh_error_json(message, out, out_len);
    free(message);
    return rc;
}

int sqlh_arg_error_take(char *message, char **out, size_t *out_len) {
    *out = NULL;
    if (message == NULL) {
        return SQLH_NOMEM;
    }
    char *clipped = sqlh_clip(message, strlen(message), SQLH_MAX_MESSAGE_BYTES);
    free(message);
    if (clipped == NULL) {
        return SQLH_NOMEM;
    }
    *out = clipped;
    if (out_len != NULL) {
        *out_len = strlen(clipped);
    }
    return SQLH_ARG_ERROR;
}
