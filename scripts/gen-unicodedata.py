#!/usr/bin/env python3
"""Regenerate the tables of src/pylib/unicodedata.py from CPython's
unicodedata (run it with Python 3.11, whose Unicode version is 14.0.0):

    python3 scripts/gen-unicodedata.py src/pylib/unicodedata.py

It rewrites the text between the "# BEGIN GENERATED" and "# END GENERATED"
lines of that file. The tables cover the scripts agents' text is mostly in
(see COVERED); the module's docstring says what happens elsewhere.
"""

import sys
import unicodedata as ud

# Ranges whose general categories are tabulated; elsewhere the module
# falls back to the str methods.
COVERED = [(0x0000, 0x0530), (0x1E00, 0x1F00), (0x2000, 0x2C00),
           (0x3000, 0xA000), (0xAC00, 0xD7A4), (0xD800, 0xFB00),
           (0xFB00, 0xFB50), (0xFE00, 0x10000), (0x1F000, 0x110000)]

# Ranges whose decompositions are tabulated (Hangul syllables and the
# fullwidth ASCII forms are decomposed by rule in the module).
DECOMPOSED = [(0x00A0, 0x0530), (0x1E00, 0x1F00), (0x2000, 0x2300),
              (0x2460, 0x2500), (0x3000, 0x3100), (0xFB00, 0xFB07),
              (0xFF5F, 0xFFA0), (0xFFE0, 0xFFEF)]

# Ranges whose canonical combining classes are tabulated: the combining
# marks of Latin, Greek, Cyrillic, Hebrew and Arabic, the supplements, and
# the marks for symbols and kana.
COMBINING = [(0x0300, 0x0370), (0x0483, 0x048A), (0x0591, 0x05C8),
             (0x0610, 0x061B), (0x064B, 0x0660), (0x0670, 0x0671),
             (0x06D6, 0x06EE), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00),
             (0x20D0, 0x20F1), (0x302A, 0x3030), (0x3099, 0x309B),
             (0xFE20, 0xFE30)]

# The tags of compatibility decompositions, in the order the module's
# _TAGS lists them.
TAGS = ("compat super sub fraction font noBreak circle wide narrow small "
        "square vertical isolated initial medial final").split()

# The printable ASCII characters that are not letters or digits.
ASCII_PUNCT = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


def category_table():
    # Runs of equal categories as "<category><hex length>"; "Xx" marks an
    # uncovered range, "LU"/"LL" a run alternating Lu and Ll (starting with
    # the first), common in Latin Extended-A/B and Cyrillic.
    cats = []
    c = 0
    for lo, hi in COVERED:
        if c < lo:
            cats.append(("Xx", lo - c))
        c = lo
        while c < hi:
            cat = ud.category(chr(c))
            n = 1
            if cat in ("Lu", "Ll"):
                other = "Ll" if cat == "Lu" else "Lu"
                while c + n < hi and ud.category(chr(c + n)) == \
                        (cat if n % 2 == 0 else other):
                    n += 1
                if n >= 4:
                    cats.append(("LU" if cat == "Lu" else "LL", n))
                    c += n
                    continue
                n = 1
            while c + n < hi and ud.category(chr(c + n)) == cat:
                n += 1
            cats.append((cat, n))
            c += n
    if c < 0x110000:
        cats.append(("Xx", 0x110000 - c))
    return "".join("%s%x" % (k, n) for k, n in cats)


def decomposition_entries():
    entries = {}
    for lo, hi in DECOMPOSED:
        for c in range(lo, hi):
            d = ud.decomposition(chr(c))
            if d:
                entries[c] = d.split()
    return entries


def mark_letters():
    # The combining marks that end canonical pairs, each written as one
    # letter (G-Z, g-z) in the decomposition table.
    marks = sorted(set(int(parts[1], 16)
                       for parts in decomposition_entries().values()
                       if len(parts) == 2 and not parts[0].startswith("<")
                       and 0x300 <= int(parts[1], 16) < 0x370))
    letters = "GHIJKLMNOPQRSTUVWXYZghijklmnopqrstuvwxyz"
    assert len(marks) <= len(letters)
    return dict(zip(marks, letters))


def decomposition_table():
    # Runs of consecutive code points: "start:entry,entry,...", an entry
    # being the hex code points of the mapping joined by "." (a combining
    # mark ending a canonical pair is one letter of _MARKS instead), with a
    # compatibility mapping prefixed by "~" and a letter naming its tag
    # (TAGS[0] is "a"); an empty entry for no decomposition.
    letters = mark_letters()
    entries = {}
    for c, parts in decomposition_entries().items():
        tag = ""
        if parts[0].startswith("<"):
            tag = "~" + chr(ord("a") + TAGS.index(parts[0][1:-1]))
            parts = parts[1:]
        cps = [int(p, 16) for p in parts]
        if not tag and len(cps) == 2 and cps[1] in letters:
            entries[c] = "%x%s" % (cps[0], letters[cps[1]])
        else:
            entries[c] = tag + ".".join("%x" % x for x in cps)
    runs = []
    keys = sorted(entries)
    i = 0
    while i < len(keys):
        start = keys[i]
        items = [entries[start]]
        c = start
        i += 1
        # Bridge gaps of up to two code points with empty entries.
        while i < len(keys) and keys[i] - c <= 3:
            items.extend([""] * (keys[i] - c - 1))
            items.append(entries[keys[i]])
            c = keys[i]
            i += 1
        runs.append("%x:%s" % (start, ",".join(items)))
    return " ".join(runs)


def marks():
    m = mark_letters()
    return " ".join("%x" % c for c in sorted(m))


def exclusions():
    # Canonical pairs that do not compose back (composition exclusions).
    out = []
    for lo, hi in DECOMPOSED:
        for c in range(lo, hi):
            d = ud.decomposition(chr(c))
            if not d or d.startswith("<"):
                continue
            parts = [int(p, 16) for p in d.split()]
            if len(parts) == 2 and \
                    ud.normalize("NFC", chr(parts[0]) + chr(parts[1])) != chr(c):
                out.append("%x" % c)
    return " ".join(out)


def combining_classes():
    return sorted(set(ud.combining(chr(c)) for lo, hi in COMBINING
                      for c in range(lo, hi)) - {0})


def combining_table():
    # For each range, "start:" and one character per code point: "0" for
    # class 0, else "1" + the index into _CLASSES ("1" is _CLASSES[0]).
    classes = combining_classes()
    runs = []
    for lo, hi in COMBINING:
        codes = "".join(chr(ord("1") + classes.index(ud.combining(chr(c))))
                        if ud.combining(chr(c)) else "0"
                        for c in range(lo, hi))
        runs.append("%x:%s" % (lo, codes))
    return " ".join(runs)


def decimal_starts():
    # The first code point of each run of ten decimal digits (category Nd).
    return " ".join("%x" % c for c in range(0x110000)
                    if ud.category(chr(c)) == "Nd" and ud.decimal(chr(c)) == 0)


def ascii_names():
    return "|".join(ud.name(ch) for ch in ASCII_PUNCT)


def wrap(name, text):
    # A parenthesised run of string literals, 72 characters each.
    body = "\n".join("    %r" % text[i:i + 72] for i in range(0, len(text), 72))
    return "%s = (\n%s\n)\n" % (name, body)


def main():
    if ud.unidata_version != "14.0.0":
        sys.exit("run this with Python 3.11 (Unicode 14.0.0)")
    path = sys.argv[1]
    src = open(path, encoding="utf-8").read()
    begin = src.index("# BEGIN GENERATED")
    end = src.index("# END GENERATED")
    gen = ("# BEGIN GENERATED by scripts/gen-unicodedata.py from CPython "
           "3.11's unicodedata\n# (Unicode %s); do not edit by hand.\n"
           % ud.unidata_version)
    gen += wrap("_CATEGORIES", category_table())
    gen += wrap("_DECOMPOSITIONS", decomposition_table())
    gen += wrap("_EXCLUSIONS", exclusions())
    gen += wrap("_MARKS", marks())
    gen += "_CLASSES = %r\n" % (tuple(combining_classes()),)
    gen += wrap("_COMBINING", combining_table())
    gen += wrap("_DECIMAL_STARTS", decimal_starts())
    gen += wrap("_ASCII_NAMES", ascii_names())
    open(path, "w", encoding="utf-8").write(src[:begin] + gen + src[end:])


if __name__ == "__main__":
    main()
