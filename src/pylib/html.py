"""HTML escaping and unescaping, following CPython's html module.

unescape() knows the HTML 4 entities (all 252 of them: Latin-1 letters and
symbols, Greek, arrows, maths, typographic punctuation; with HTML5's code
points, so &lang; is U+27E8) plus a few HTML5-only names agents meet (&apos;, &Tab;, &NewLine;, ASCII punctuation such as
&lpar; and &colon;, &check;, &cross;, &star;). HTML5's other 1,900 names
are left as they are. Numeric references follow the HTML5 rules: Windows-1252
meanings for &#128;-&#159;, U+FFFD for &#0;, surrogates and values beyond
U+10FFFF, and nothing for the other control and non-characters.
"""

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """Replace &, < and > (and " and ' when quote is true) by HTML-safe
    sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# "name hexcodepoint" pairs (generated once from the HTML5 entity list).
_ENTITY_DATA = (
    "Tab 9 NewLine a excl 21 QUOT 22 quot 22 num 23 dollar 24 percnt 25 AMP "
    "26 amp 26 apos 27 lpar 28 rpar 29 ast 2a plus 2b comma 2c period 2e "
    "sol 2f colon 3a semi 3b LT 3c lt 3c equals 3d GT 3e gt 3e quest 3f "
    "commat 40 lsqb 5b bsol 5c rsqb 5d Hat 5e lowbar 5f grave 60 lcub 7b "
    "verbar 7c rcub 7d nbsp a0 iexcl a1 cent a2 pound a3 curren a4 yen a5 "
    "brvbar a6 sect a7 uml a8 COPY a9 copy a9 ordf aa laquo ab not ac shy "
    "ad REG ae reg ae macr af deg b0 plusmn b1 sup2 b2 sup3 b3 acute b4 "
    "micro b5 para b6 middot b7 cedil b8 sup1 b9 ordm ba raquo bb frac14 bc "
    "frac12 bd frac34 be iquest bf Agrave c0 Aacute c1 Acirc c2 Atilde c3 "
    "Auml c4 Aring c5 AElig c6 Ccedil c7 Egrave c8 Eacute c9 Ecirc ca Euml "
    "cb Igrave cc Iacute cd Icirc ce Iuml cf ETH d0 Ntilde d1 Ograve d2 "
    "Oacute d3 Ocirc d4 Otilde d5 Ouml d6 times d7 Oslash d8 Ugrave d9 "
    "Uacute da Ucirc db Uuml dc Yacute dd THORN de szlig df agrave e0 "
    "aacute e1 acirc e2 atilde e3 auml e4 aring e5 aelig e6 ccedil e7 "
    "egrave e8 eacute e9 ecirc ea euml eb igrave ec iacute ed icirc ee iuml "
    "ef eth f0 ntilde f1 ograve f2 oacute f3 ocirc f4 otilde f5 ouml f6 "
    "divide f7 oslash f8 ugrave f9 uacute fa ucirc fb uuml fc yacute fd "
    "thorn fe yuml ff OElig 152 oelig 153 Scaron 160 scaron 161 Yuml 178 "
    "fnof 192 circ 2c6 tilde 2dc Alpha 391 Beta 392 Gamma 393 Delta 394 "
    "Epsilon 395 Zeta 396 Eta 397 Theta 398 Iota 399 Kappa 39a Lambda 39b "
    "Mu 39c Nu 39d Xi 39e Omicron 39f Pi 3a0 Rho 3a1 Sigma 3a3 Tau 3a4 "
    "Upsilon 3a5 Phi 3a6 Chi 3a7 Psi 3a8 Omega 3a9 alpha 3b1 beta 3b2 gamma "
    "3b3 delta 3b4 epsilon 3b5 zeta 3b6 eta 3b7 theta 3b8 iota 3b9 kappa "
    "3ba lambda 3bb mu 3bc nu 3bd xi 3be omicron 3bf pi 3c0 rho 3c1 sigmaf "
    "3c2 sigma 3c3 tau 3c4 upsilon 3c5 phi 3c6 chi 3c7 psi 3c8 omega 3c9 "
    "thetasym 3d1 upsih 3d2 piv 3d6 ensp 2002 emsp 2003 thinsp 2009 zwnj "
    "200c zwj 200d lrm 200e rlm 200f hyphen 2010 ndash 2013 mdash 2014 "
    "lsquo 2018 rsquo 2019 sbquo 201a ldquo 201c rdquo 201d bdquo 201e "
    "dagger 2020 Dagger 2021 bull 2022 hellip 2026 permil 2030 prime 2032 "
    "Prime 2033 lsaquo 2039 rsaquo 203a oline 203e frasl 2044 euro 20ac "
    "image 2111 weierp 2118 real 211c trade 2122 alefsym 2135 larr 2190 "
    "uarr 2191 rarr 2192 darr 2193 harr 2194 crarr 21b5 lArr 21d0 uArr 21d1 "
    "rArr 21d2 dArr 21d3 hArr 21d4 forall 2200 part 2202 exist 2203 empty "
    "2205 nabla 2207 isin 2208 notin 2209 ni 220b prod 220f sum 2211 minus "
    "2212 lowast 2217 radic 221a prop 221d infin 221e ang 2220 and 2227 or "
    "2228 cap 2229 cup 222a int 222b there4 2234 sim 223c cong 2245 asymp "
    "2248 ne 2260 equiv 2261 le 2264 ge 2265 sub 2282 sup 2283 nsub 2284 "
    "sube 2286 supe 2287 oplus 2295 otimes 2297 perp 22a5 sdot 22c5 lceil "
    "2308 rceil 2309 lfloor 230a rfloor 230b lang 27e8 rang 27e9 loz 25ca "
    "starf 2605 star 2606 spades 2660 clubs 2663 hearts 2665 diams 2666 "
    "check 2713 cross 2717 "
)

_entities = {}


def _load():
    parts = _ENTITY_DATA.split()
    for i in range(0, len(parts), 2):
        _entities[parts[i]] = chr(int(parts[i + 1], 16))


_load()

# Names that may appear without their ";" (the HTML5 "legacy" entities):
# the Latin-1 ones and a few uppercase spellings.
_LEGACY = set(n for n, c in _entities.items() if 0xA0 <= ord(c) <= 0xFF)
_LEGACY.update(("amp", "lt", "gt", "quot", "AMP", "LT", "GT", "QUOT", "COPY",
                "REG"))

# What &#128; to &#159; mean (Windows-1252), as HTML5 says.
_CP1252 = ("\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160"
           "\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022"
           "\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178")

_NAME_STOP = "\t\n\f <&#;"
_HEX = "0123456789abcdefABCDEF"


def _numeric(num):
    if num == 0:
        return "\ufffd"
    if num == 0x0D:
        return "\r"
    if 0x80 <= num <= 0x9F:
        return _CP1252[num - 0x80]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return "\ufffd"
    # Control characters and non-characters vanish.
    if num < 0x09 or num == 0x0B or 0x0E <= num <= 0x1F or num == 0x7F or \
            0xFDD0 <= num <= 0xFDEF or (num & 0xFFFE) == 0xFFFE:
        return ""
    return chr(num)


def unescape(s):
    """Replace character references (&gt;, &#62;, &#x3e;) in s by the
    characters they stand for."""
    if "&" not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while True:
        j = s.find("&", i)
        if j < 0:
            out.append(s[i:])
            break
        out.append(s[i:j])
        k = j + 1
        if k < n and s[k] == "#":
            # &#NNN; or &#xHHH; (the ";" is optional)
            k += 1
            base, digits = 10, "0123456789"
            if k < n and s[k] in "xX":
                base, digits = 16, _HEX
                k += 1
            start = k
            while k < n and s[k] in digits:
                k += 1
            if k == start:
                out.append("&")
                i = j + 1
                continue
            out.append(_numeric(int(s[start:k], base)))
            if k < n and s[k] == ";":
                k += 1
            i = k
            continue
        # A named reference: up to 32 name characters and maybe a ";".
        while k < n and k - j <= 32 and s[k] not in _NAME_STOP:
            k += 1
        name = s[j + 1:k]
        if not name:
            out.append("&")
            i = j + 1
            continue
        if k < n and s[k] == ";" and name in _entities:
            out.append(_entities[name])
            i = k + 1
            continue
        semi = k < n and s[k] == ";"
        if not semi and name in _LEGACY:
            out.append(_entities[name])
            i = k
            continue
        # The longest legacy name the text starts with (&copy2024).
        full = name + ";" if semi else name
        for x in range(len(full) - 1, 1, -1):
            if full[:x] in _LEGACY:
                out.append(_entities[full[:x]])
                i = j + 1 + x
                break
        else:
            out.append("&")
            i = j + 1
    return "".join(out)
