/*
 * test_utf8.c — utf8_sanitize keeps valid UTF-8 and replaces the rest.
 */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

static void expect(const char *in, size_t len, const char *expected, size_t expected_len) {
    size_t out_len;
    char *out = utf8_sanitize(in, len, &out_len);
    cr_assert_not_null(out);
    cr_assert_eq(out_len, expected_len, "length %zu, expected %zu", out_len, expected_len);
    cr_assert_eq(memcmp(out, expected, out_len), 0);
    cr_assert_eq(out[out_len], '\0');
    free(out);
}

#define EXPECT(in, expected) expect(in, sizeof(in) - 1, expected, sizeof(expected) - 1)
#define FFFD "\xEF\xBF\xBD"

Test(utf8, valid_text_is_unchanged) {
    EXPECT("", "");
    EXPECT("plain ascii", "plain ascii");
    EXPECT("h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80", "h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80");
    EXPECT("nul\0inside", "nul\0inside");
}

Test(utf8, stray_bytes_are_replaced) {
    EXPECT("a\xFF" "b", "a" FFFD "b");
    EXPECT("\x80", FFFD);
    EXPECT("\xC0\xAF", FFFD FFFD); /* overlong '/' */
}

Test(utf8, surrogates_and_out_of_range_are_replaced) {
    EXPECT("\xED\xA0\x80", FFFD FFFD FFFD); /* U+D800 */
    EXPECT("\xF4\x90\x80\x80", FFFD FFFD FFFD FFFD); /* U+110000 */
    EXPECT("\xE0\x80\xAF", FFFD FFFD FFFD); /* overlong */
}

Test(utf8, sequence_cut_at_the_end_is_replaced) {
    EXPECT("ok\xE2\x82", "ok" FFFD FFFD);
    EXPECT("\xF0\x9F\x98", FFFD FFFD FFFD);
}
