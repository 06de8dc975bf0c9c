/*
 * http_playground.c — the playground page (GET /) embedded in the binary:
 * playground.html, included as bytes at build time, with a NUL after it.
 * The page loads nothing from the network, and sets guest output only as
 * textContent, never as markup.
 */
#include "http_internal.h"

__asm__(".section .rodata\n"
        ".global http_playground_html\n"
        ".type http_playground_html, @object\n"
        "http_playground_html:\n"
        ".incbin \"" MPSB_PLAYGROUND_HTML "\"\n"
        ".byte 0\n"
        ".size http_playground_html, . - http_playground_html\n"
        ".previous\n");
