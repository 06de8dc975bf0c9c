/*
 * srv_result.c — a result as JSON and as HTML (see srv.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "srv.h"
#include "utf8.h"

json_t *srv_json_text(const char *data, size_t len) {
    if (data == NULL) {
        return json_null();
    }
    size_t clean_len;
    char *clean = utf8_sanitize(data, len, &clean_len);
    if (clean == NULL) {
        return NULL;
    }
    json_t *s = json_stringn_nocheck(clean, clean_len);
    free(clean);
    return s;
}

static json_t *cstr(const char *s) {
    return srv_json_text(s, s ? strlen(s) : 0);
}

static json_t *error_json(const mpsb_result *r) {
    if (r->error_type == NULL) {
        return json_null();
    }
    return json_pack("{s:o, s:o, s:o}", "type", cstr(r->error_type), "message",
                     cstr(r->error_message), "traceback", cstr(r->traceback));
}

json_t *srv_result_json(const mpsb_result *r) {
    /* json_pack steals each "o" reference and fails the whole pack on a NULL,
     * so an allocation failure anywhere yields NULL here. */
    return json_pack("{s:s, s:o, s:o, s:o, s:b, s:b, s:I, s:f, s:b, s:o}", "status",
                     mpsb_status_name(r->status), "stdout",
                     srv_json_text(r->stdout_data, r->stdout_len), "stderr",
                     srv_json_text(r->stderr_data, r->stderr_len), "error", error_json(r),
                     "stdout_truncated", r->stdout_truncated, "stderr_truncated",
                     r->stderr_truncated, "fuel_used", (json_int_t)r->fuel_used, "duration_ms",
                     round(r->duration_ms * 1e3) / 1e3, "context_reset", r->context_reset,
                     "reason", cstr(r->reason));
}

/* Appends data to f with &, <, >, " and ' escaped; invalid UTF-8 becomes
 * U+FFFD first, so no byte sequence can confuse a browser's decoder. */
static void escaped(FILE *f, const char *data, size_t len) {
    size_t clean_len;
    char *clean = utf8_sanitize(data ? data : "", data ? len : 0, &clean_len);
    if (clean == NULL) {
        return;
    }
    for (size_t i = 0; i < clean_len; i++) {
        switch (clean[i]) {
        case '&':
            fputs("&amp;", f);
            break;
        case '<':
            fputs("&lt;", f);
            break;
        case '>':
            fputs("&gt;", f);
            break;
        case '"':
            fputs("&quot;", f);
            break;
        case '\'':
            fputs("&#39;", f);
            break;
        case '\0':
            fputs("&#65533;", f);
            break;
        default:
            fputc(clean[i], f);
        }
    }
    free(clean);
}

static void section(FILE *f, const char *cls, const char *title, const char *data, size_t len,
                    bool truncated) {
    if (len == 0) {
        return;
    }
    fprintf(f, "<div class=\"mpsb-%s\"><div class=\"mpsb-label\">%s%s</div><pre>", cls, title,
            truncated ? " (truncated)" : "");
    escaped(f, data, len);
    fputs("</pre></div>\n", f);
}

char *srv_result_html(const char *code, size_t code_len, const mpsb_result *r) {
    char *html = NULL;
    size_t html_len = 0;
    FILE *f = open_memstream(&html, &html_len);
    if (f == NULL) {
        return NULL;
    }
    fprintf(f, "<div class=\"mpsb-result mpsb-%s\">\n", mpsb_status_name(r->status));
    section(f, "code", "Code", code, code_len, false);
    section(f, "stdout", "Output", r->stdout_data, r->stdout_len, r->stdout_truncated);
    section(f, "stderr", "Errors", r->stderr_data, r->stderr_len, r->stderr_truncated);
    if (r->traceback != NULL) {
        section(f, "error", "Exception", r->traceback, strlen(r->traceback), false);
    }
    fprintf(f, "<div class=\"mpsb-status\">%s in %.1f ms", mpsb_status_name(r->status),
            r->duration_ms);
    if (r->reason != NULL) {
        fputs(": ", f);
        escaped(f, r->reason, strlen(r->reason));
    }
    fputs("</div>\n</div>\n", f);
    if (fclose(f) != 0) {
        free(html);
        return NULL;
    }
    return html;
}
