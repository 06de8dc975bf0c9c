"""Regular expressions with CPython's API and syntax.

MicroPython's built-in re (the re1.5 engine, still reachable as `ure`) has
only compile/match/search/sub and a small syntax: no {m,n}, named groups,
flags, \\b, lookaround or backreferences. This module parses CPython's
syntax itself and runs each pattern on one of two engines:

- the C engine, whenever the pattern can be translated into what re1.5
  understands (counted repeats expanded, named groups numbered, case folded
  into classes, UTF-8 spelled out) and the subject allows it;
- a backtracking matcher written here (closures over the UTF-8 bytes of the
  subject) for everything else: \\b, lookaround, backreferences, MULTILINE
  anchors, \\w on non-ASCII text, and inputs too long for the C engine's
  recursion.

When the C engine can take a whole str subject as it is, it runs on it
directly and its match objects give the groups and the character offsets.
Otherwise the work is done on bytes: the subject is encoded once
(MicroPython indexes a str in O(n), bytes in O(1)) and byte offsets are
turned back into character offsets only when asked for.

Sections: flags and error; Unicode tables; character sets; the parser
(pattern -> tree); the Python matcher (tree -> closures); the translation
for the C engine; Pattern, Match and the module functions.
"""

import ure as _ure  # the built-in C engine (a frozen `re` shadows it)

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAGNAMES = (
    (TEMPLATE, "TEMPLATE"), (IGNORECASE, "IGNORECASE"), (LOCALE, "LOCALE"),
    (MULTILINE, "MULTILINE"), (DOTALL, "DOTALL"), (VERBOSE, "VERBOSE"),
    (DEBUG, "DEBUG"), (ASCII, "ASCII"),
)
_INLINE = {"i": I, "L": L, "m": M, "s": S, "x": X, "a": A, "t": T, "u": U}

_INF = 1 << 62  # "no upper bound" for repeats
_MAXPOS = 1 << 62  # default endpos

# Set to False to run everything on the Python matcher (for tests).
_USE_C = True


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        super().__init__(msg)


# --- Unicode tables -----------------------------------------------------------
# Code points >= 128 that CPython's \w, \d and \s match, as hex deltas between
# the bounds of half-open ranges [lo, hi); and the simple lower/upper case
# mappings of non-ASCII letters as groups "start delta, last-first, mapping
# delta, stride". Generated with CPython 3.11 (re.match(r'\w', chr(c)),
# _sre.unicode_tolower, str.upper) for c in range(128, 0x110000).
_UW = (
    "aa,1,7,2,1,1,3,2,1,3,1,17,1,1f,1,1ca,4,c,e,5,7,1,1,1,81,5,1,2,2,4,1,1,"
    "6,1,1,3,1,1,1,14,1,53,1,8b,8,a6,1,26,2,1,6,29,47,1b,4,4,2d,2b,15,a,4,"
    "2,1,63,1,1,f,2,7,f,2,1,10,1,1,1e,1d,59,b,1,e,2b,9,2,4,1,5,16,4,1,9,1,"
    "3,1,17,19,7,b,5,18,1,6,11,2a,3a,36,3,1,12,1,7,a,4,a,1,10,4,8,2,2,2,16,"
    "1,7,1,1,3,4,3,1,10,1,d,2,1,3,4,c,2,6,2,1,8,6,4,2,2,16,1,7,1,2,1,2,1,2,"
    "1f,4,1,1,7,a,2,3,10,9,1,3,1,16,1,7,1,2,1,5,3,1,12,1,f,2,4,a,9,1,b,8,2,"
    "2,2,16,1,7,1,2,1,5,3,1,1e,2,1,3,4,a,1,7,b,1,1,6,3,3,1,4,3,2,1,1,1,2,3,"
    "2,3,3,3,c,16,1,15,d,12,8,1,3,1,17,1,10,3,1,1a,3,2,1,2,2,4,a,8,7,1,1,4,"
    "8,1,3,1,17,1,a,1,5,3,1,1f,2,1,2,4,a,1,2,11,9,1,3,1,29,2,1,10,1,5,3,1,"
    "a,4,13,1,6,5,12,3,18,1,9,1,1,2,7,1f,a,11,30,1,2,c,7,9,a,27,2,1,1,1,5,"
    "1,18,1,1,1,a,1,2,9,1,2,5,1,1,9,a,2,4,20,1,1f,14,c,8,1,24,1b,5,73,2b,"
    "14,b,6,6,4,4,3,1,3,2,7,3,4,d,c,1,1,a,6,26,1,1,5,1,2,2b,1,14d,1,4,2,7,"
    "1,1,1,4,2,29,1,4,2,21,1,4,2,7,1,1,1,4,2,f,1,39,1,4,2,43,e,14,3,10,10,"
    "56,2,6,3,26c,2,11,1,1a,5,4b,3,b,7,12,d,13,e,12,e,d,1,3,f,34,23,1,4,1,"
    "3,a,6,a,16,a,6,59,7,5,2,22,1,1,5,46,a,1f,27,28,2,5,b,2c,4,1a,6,b,25,"
    "17,9,35,2b,a,6,a,d,1,5d,2f,11,8,3,a,29,1e,d,38,1a,24,1c,a,3,31,2,9,7,"
    "2b,2,3,29,4,1,6,1,2,3,1,5,c0,40,116,2,6,2,26,2,6,2,8,1,1,1,1,1,1,1,1f,"
    "2,35,1,7,1,1,3,3,1,7,3,4,2,6,4,d,5,3,1,7,73,2,2,6,5,b,6,d,65,1,4,1,2,"
    "a,1,1,3,5,6,1,1,1,1,1,1,4,1,b,2,4,5,5,4,1,1,3a,2d6,3c,4e,16,276,1e,"
    "46c,e5,6,4,3,2,9,1,2,26,1,1,5,1,2,38,7,1,10,17,9,7,1,7,1,7,1,7,1,7,1,"
    "7,1,7,1,7,50,1,1d5,3,19,9,7,5,2,5,4,56,6,3,1,5a,1,4,5,2b,1,5e,3,4,a,"
    "20,30,10,20,a,1e,8,1,f,20,a,27,f,140,19c0,40,568d,43,2e,2,10d,3,1c,14,"
    "2f,10,1f,2,50,27,9,2,67,2,40,5,2,1,1,1,5,18,10,1,3,1,4,1,17,d,6,a,34,"
    "e,32,1c,a,18,6,3,1,1,2,1,26,a,17,19,1d,7,2f,1c,b,6,5,1,19,1,29,17,3,1,"
    "8,4,a,6,17,3,1,3,32,1,1,3,2,2,5,2,1,1,1,18,3,2,b,7,3,c,6,2,6,2,6,9,7,"
    "1,7,1,2b,1,e,6,73,d,a,6,2ba4,c,17,4,31,2104,16e,2,6a,26,7,c,5,5,1,1,a,"
    "1,d,1,5,1,1,1,2,1,2,1,6c,21,16b,12,40,2,36,28,c,74,5,1,87,13,a,7,1a,6,"
    "1a,b,59,3,6,2,6,2,6,2,3,23,c,1,1a,1,13,1,2,1,f,2,e,22,7b,c,2d,c,39,11,"
    "2,f4,1d,3,31,10,1b,4,24,9,1e,5,26,a,1e,2,24,4,8,1,5,2a,9e,2,a,6,24,4,"
    "24,4,28,8,34,c,b,1,f,1,7,1,2,1,b,1,f,1,7,1,2,43,137,9,16,a,8,18,6,1,"
    "2a,1,9,45,6,2,1,1,2c,1,2,3,1,2,17,2,1f,2,26,8,9,30,13,1,2,5,21,4,1a,"
    "46,38,4,14,2,2f,f,4,1,3,1,1d,a,9,17,1f,1,20,20,8,1,1c,6,5,10,36,a,16,"
    "2,1b,5,1a,17,7,50,49,37,33,d,33,7,2a,c,a,126,1f,1,2a,6,2,4e,28,8,16,b,"
    "4,1b,12,2e,1c,14,17,c,35,1a,1e,1,2,2,1,d,2d,20,19,7,a,9,24,f,a,4,1,2,"
    "1,8,23,3,1,c,30,e,4,b,b,1,1,4,14,b,12,1,19,54,7,1,1,1,4,1,f,1,a,7,2f,"
    "11,a,b,8,2,2,2,16,1,7,1,2,1,5,3,1,12,1,c,5,9e,35,12,4,5,a,5,3,1e,30,"
    "14,2,1,1,8,a,a6,2f,29,4,24,30,14,1,b,a,26,2b,d,1,7,a,36,1b,15,c,4,7,"
    "b9,2c,74,53,c,8,2,1,2,8,1,2,1,18,f,1,1,1,e,a,46,8,2,27,10,1,1,1,1c,1,"
    "a,28,7,1,15,1,b,2e,13,1,12,49,107,9,1,25,11,1,f,1d,5,1e,70,7,1,2,1,26,"
    "15,1,9,a,6,6,1,2,1,20,e,1,7,a,136,13,bd,1,f,15,2b,39a,66,6f,11,c4,a4c,"
    "61,f,42f,fd1,247,21b9,239,7,1f,1,a,6,4f,1,a,6,1e,12,30,10,4,c,a,1,7,1,"
    "15,5,13,2b0,57,69,4b,5,1,42,d,40,2,1,1,1c,17f8,8,4d6,2a,9,22e7,4,1,7,"
    "1,2,1,123,2d,3,11,4,8,18c,904,6b,5,d,3,9,7,a,1646,14,6c,19,87,55,1,47,"
    "1,2,2,1,2,2,2,4,1,c,1,1,1,7,1,41,1,4,2,8,1,7,1,1c,1,4,1,5,1,1,3,7,1,"
    "154,2,19,1,19,1,1f,1,19,1,1f,1,19,1,1f,1,19,1,1f,1,19,1,8,2,32,700,1f,"
    "1e1,2d,a,7,2,a,4,1,141,1e,12,2c,4,a,4e6,7,1,4,1,2,1,f,1,c5,2,9,30,44,"
    "7,1,4,a,317,3b,1,3,1,4,4c,2d,1,f,c2,4,1,1b,1,2,1,1,2,1,1,a,1,4,1,1,1,"
    "1,6,1,4,1,1,1,1,1,1,3,1,2,1,1,2,1,1,1,1,1,1,1,1,1,1,2,1,1,2,4,1,7,1,4,"
    "1,4,1,1,1,a,1,11,5,3,1,5,1,11,244,d,ae3,a,406,a6e0,20,1039,7,de,2,"
    "1682,e,1d31,c1f,21e,5e2,134b"
)
_UD = (
    "660,a,86,a,c6,a,19c,a,76,a,76,a,76,a,76,a,76,a,76,a,76,a,76,a,76,a,60,"
    "a,76,a,46,a,116,a,46,a,746,a,26,a,12c,a,80,a,a6,a,6,a,b6,a,56,a,86,a,"
    "6,a,89c6,a,2a6,a,26,a,c6,a,16,a,56,a,196,a,5316,a,586,a,886,a,32c,a,"
    "80,a,3c,a,90,a,116,a,156,a,76,a,176,a,66,a,66,a,1a6,a,66,a,2f6,a,f6,a,"
    "46,a,4cb6,a,56,a,86,a,6c74,32,940,a,1a6,a,656,a,1296,a"
)
_US = (
    "85,1,1a,1,15df,1,97f,b,1d,2,5,1,2f,1,fa0,1"
)
_LOWER = (
    "c0,16,20,1;2,6,20,1;22,2e,1,2;4,4,1,2;3,e,1,2;3,2c,1,2;2,0,-79,0;1,4,"
    "1,2;4,0,d2,0;1,2,1,2;2,0,ce,0;1,0,1,0;2,1,cd,1;1,0,1,0;3,0,4f,0;1,0,"
    "ca,0;1,0,cb,0;1,0,1,0;2,0,cd,0;1,0,cf,0;2,0,d3,0;1,0,d1,0;1,0,1,0;4,0,"
    "d3,0;1,0,d5,0;2,0,d6,0;1,4,1,2;2,0,da,0;1,0,1,0;2,0,da,0;3,0,1,0;2,0,"
    "da,0;1,0,1,0;2,1,d9,1;1,2,1,2;2,0,db,0;1,0,1,0;4,0,1,0;8,0,2,0;1,0,1,"
    "0;2,0,2,0;1,0,1,0;2,0,2,0;1,10,1,2;3,10,1,2;3,0,2,0;1,2,1,2;2,0,-61,0;"
    "1,0,-38,0;1,26,1,2;2,0,-82,0;2,10,1,2;8,0,2a2b,0;1,0,1,0;2,0,-a3,0;1,"
    "0,2a28,0;3,0,1,0;2,0,-c3,0;1,0,45,0;1,0,47,0;1,8,1,2;122,2,1,2;4,0,1,"
    "0;9,0,74,0;7,0,26,0;2,2,25,1;2,0,40,0;2,1,3f,1;2,10,20,1;2,8,20,1;24,"
    "0,8,0;9,16,1,2;6,0,-3c,0;3,0,1,0;2,0,-7,0;1,0,1,0;3,2,-82,1;1,f,50,1;"
    "1,1f,20,1;31,20,1,2;a,34,1,2;2,0,f,0;1,c,1,2;3,5e,1,2;3,25,30,1;b4a,"
    "25,1c60,1;2,0,1c60,0;6,0,1c60,0;2d3,4f,97d0,1;1,5,8,1;89b,2a,-bc0,1;3,"
    "2,-bc0,1;141,94,1,2;a,0,-1dbf,0;2,5e,1,2;a,7,-8,1;9,5,-8,1;b,7,-8,1;9,"
    "7,-8,1;9,5,-8,1;c,6,-8,2;9,7,-8,1;19,7,-8,1;9,7,-8,1;9,7,-8,1;9,1,-8,"
    "1;1,1,-4a,1;1,0,-9,0;c,3,-56,1;1,0,-9,0;c,1,-8,1;1,1,-64,1;d,1,-8,1;1,"
    "1,-70,1;1,0,-7,0;c,1,-80,1;1,1,-7e,1;1,0,-9,0;12a,0,-1d5d,0;5,0,-2046,"
    "0;7,0,1c,0;2e,f,10,1;14,0,1,0;333,19,1a,1;731,2f,30,1;31,0,1,0;2,0,"
    "-29f7,0;1,0,-ee6,0;1,0,-29e7,0;3,4,1,2;2,0,-2a1c,0;1,0,-29fd,0;1,0,"
    "-2a1f,0;1,0,-2a1e,0;2,0,1,0;3,0,1,0;9,1,-2a3f,1;1,62,1,2;9,2,1,2;5,0,"
    "1,0;794e,2c,1,2;14,1a,1,2;88,c,1,2;4,3c,1,2;b,2,1,2;2,0,-8a04,0;1,8,1,"
    "2;5,0,1,0;2,0,-a528,0;3,2,1,2;4,12,1,2;2,0,-a544,0;1,0,-a54f,0;1,0,"
    "-a54b,0;1,0,-a541,0;1,0,-a544,0;2,0,-a512,0;1,0,-a52a,0;1,0,-a515,0;1,"
    "0,3a0,0;1,e,1,2;2,0,-30,0;1,0,-a543,0;1,0,-8a38,0;1,2,1,2;7,0,1,0;6,2,"
    "1,2;1d,0,1,0;572c,19,20,1;4c6,27,28,1;89,23,28,1;9d,a,27,1;2,e,27,1;2,"
    "6,27,1;2,1,27,1;6eb,32,40,1;bee,1f,20,1;5581,1f,20,1;7aa1,21,22,1"
)
_UPPER = (
    "b5,0,2e7,0;2b,16,-20,1;2,6,-20,1;1,0,79,0;2,2e,-1,2;4,4,-1,2;3,e,-1,2;"
    "3,2c,-1,2;3,4,-1,2;2,0,c3,0;3,2,-1,2;3,0,-1,0;4,0,-1,0;6,0,-1,0;3,0,"
    "61,0;4,0,-1,0;1,0,a3,0;4,0,82,0;3,4,-1,2;3,0,-1,0;5,0,-1,0;3,0,-1,0;4,"
    "2,-1,2;3,0,-1,0;4,0,-1,0;2,0,38,0;6,0,-1,0;1,0,-2,0;2,0,-1,0;1,0,-2,0;"
    "2,0,-1,0;1,0,-2,0;2,e,-1,2;1,0,-4f,0;2,10,-1,2;3,0,-1,0;1,0,-2,0;2,0,"
    "-1,0;4,26,-1,2;4,10,-1,2;9,0,-1,0;3,1,2a3f,1;2,0,-1,0;5,8,-1,2;1,0,"
    "2a1f,0;1,0,2a1c,0;1,0,2a1e,0;1,0,-d2,0;1,0,-ce,0;2,1,-cd,1;2,0,-ca,0;"
    "2,0,-cb,0;1,0,a54f,0;4,0,-cd,0;1,0,a54b,0;2,0,-cf,0;2,0,a528,0;1,0,"
    "a544,0;2,0,-d1,0;1,0,-d3,0;1,0,a544,0;1,0,29f7,0;1,0,a541,0;3,0,-d3,0;"
    "2,0,29fd,0;1,0,-d5,0;3,0,-d6,0;8,0,29e7,0;3,0,-da,0;2,0,a543,0;1,0,"
    "-da,0;4,0,a52a,0;1,0,-da,0;1,0,-45,0;1,1,-d9,1;1,0,-47,0;6,0,-db,0;b,"
    "0,a515,0;1,0,a512,0;a7,0,54,0;2c,2,-1,2;4,0,-1,0;4,2,82,1;2f,0,-26,0;"
    "1,2,-25,1;2,10,-20,1;1,0,-1f,0;1,8,-20,1;1,0,-40,0;1,1,-3f,1;2,0,-3e,"
    "0;1,0,-39,0;4,0,-2f,0;1,0,-36,0;1,0,-8,0;2,16,-1,2;1,0,-56,0;1,0,-50,"
    "0;1,0,7,0;1,0,-74,0;2,0,-60,0;3,0,-1,0;3,0,-1,0;35,1f,-20,1;1,f,-50,1;"
    "2,20,-1,2;a,34,-1,2;3,c,-1,2;1,0,-f,0;2,5e,-1,2;32,25,-30,1;b4a,2a,"
    "bc0,1;3,2,bc0,1;2f9,5,-8,1;883,0,-186e,0;1,0,-186d,0;1,0,-1864,0;1,1,"
    "-1862,1;1,0,-1863,0;1,0,-185c,0;1,0,-1825,0;1,0,89c2,0;f1,0,8a04,0;4,"
    "0,ee6,0;11,0,8a38,0;73,94,-1,2;6,0,-3b,0;6,5e,-1,2;1,7,8,1;9,5,8,1;b,"
    "7,8,1;9,7,8,1;9,5,8,1;c,6,8,2;9,7,8,1;9,1,4a,1;1,3,56,1;1,1,64,1;1,1,"
    "80,1;1,1,70,1;1,1,7e,1;33,1,8,1;d,0,-1c25,0;12,1,8,1;f,1,8,1;4,0,7,0;"
    "169,0,-1c,0;22,f,-10,1;5,0,-1,0;34c,19,-1a,1;747,2f,-30,1;2,0,-1,0;4,"
    "0,-2a2b,0;1,0,-2a28,0;2,4,-1,2;7,0,-1,0;3,0,-1,0;b,62,-1,2;9,2,-1,2;5,"
    "0,-1,0;d,25,-1c60,1;2,0,-1c60,0;6,0,-1c60,0;7914,2c,-1,2;14,1a,-1,2;"
    "88,c,-1,2;4,3c,-1,2;b,2,-1,2;3,8,-1,2;5,0,-1,0;5,2,-1,2;1,0,30,0;3,12,"
    "-1,2;c,e,-1,2;5,2,-1,2;7,0,-1,0;6,2,-1,2;1d,0,-1,0;35d,0,-3a0,0;1d,4f,"
    "-97d0,1;5382,19,-20,1;4ce,27,-28,1;89,23,-28,1;9c,a,-27,1;2,e,-27,1;2,"
    "6,-27,1;2,1,-27,1;704,32,-40,1;bce,1f,-20,1;5581,1f,-20,1;7aa3,21,-22,"
    "1"
)

_TABLES = {}


def _bounds(name, txt):
    t = _TABLES.get(name)
    if t is None:
        t = []
        x = 0
        for d in txt.split(","):
            x += int(d, 16)
            t.append(x)
        _TABLES[name] = t
    return t


def _inranges(b, cp):
    # b: sorted bounds of half-open ranges; inside iff an odd number are <= cp
    lo = 0
    hi = len(b)
    while lo < hi:
        mid = (lo + hi) >> 1
        if b[mid] <= cp:
            lo = mid + 1
        else:
            hi = mid
    return lo & 1


def _casemap(name, txt):
    t = _TABLES.get(name)
    if t is None:
        starts, ends, deltas, strides = [], [], [], []
        prev = 0
        for grp in txt.split(";"):
            a, n, d, st = [int(x, 16) for x in grp.split(",")]
            prev += a
            starts.append(prev)
            ends.append(prev + n)
            deltas.append(d)
            strides.append(st)
            prev += n
        t = _TABLES[name] = (starts, ends, deltas, strides)
    return t


def _mapcase(t, cp):
    starts = t[0]
    lo = 0
    hi = len(starts)
    while lo < hi:
        mid = (lo + hi) >> 1
        if starts[mid] <= cp:
            lo = mid + 1
        else:
            hi = mid
    k = lo - 1
    if k >= 0 and cp <= t[1][k]:
        st = t[3][k]
        if st < 2 or (cp - starts[k]) % st == 0:
            return cp + t[2][k]
    return cp


def _lower(cp, asc):
    if cp < 128:
        return cp + 32 if 65 <= cp <= 90 else cp
    if asc:
        return cp
    if cp == 0x212A:  # KELVIN SIGN folds to ASCII k
        return 107
    return _mapcase(_casemap("lower", _LOWER), cp)


def _upper(cp, asc):
    if cp < 128:
        return cp - 32 if 97 <= cp <= 122 else cp
    if asc:
        return cp
    if cp == 0x131:  # dotless i
        return 73
    if cp == 0x17F:  # long s
        return 83
    return _mapcase(_casemap("upper", _UPPER), cp)


def _bytetab(pred):
    return bytes([1 if pred(b) else 0 for b in range(128)])


# ASCII parts of \d, \w, \s (unicode \s also has \x1c-\x1f), ASCII-flag \s
_ACAT = (
    _bytetab(lambda b: 48 <= b <= 57),
    _bytetab(lambda b: 48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b == 95),
    _bytetab(lambda b: 9 <= b <= 13 or 28 <= b <= 32),
    _bytetab(lambda b: 9 <= b <= 13 or b == 32),
)
_UCAT = (("digit", _UD), ("word", _UW), ("space", _US))


def _catmatch(kind, cp, asc):
    # kind: 0 \d, 1 \w, 2 \s
    if cp < 128:
        return _ACAT[3 if (kind == 2 and asc) else kind][cp]
    if asc:
        return 0
    name, txt = _UCAT[kind]
    return _inranges(_bounds(name, txt), cp)


def _isword(cp, asc):
    if cp < 128:
        return _ACAT[1][cp]
    return 0 if asc else _inranges(_bounds("word", _UW), cp)


# --- UTF-8 helpers (the subject of a str pattern is its UTF-8 encoding) -------

def _decode(s, i):
    b = s[i]
    if b < 0xE0:
        return ((b & 0x1F) << 6) | (s[i + 1] & 0x3F)
    if b < 0xF0:
        return ((b & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F)
    return (((b & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12)
            | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F))


def _hstep(s, i, hi):
    # one non-ASCII character at i (a lead byte): its end if hi() accepts it
    b = s[i]
    if hi(_decode(s, i)):
        return i + (2 if b < 0xE0 else 3 if b < 0xF0 else 4)
    return -1


def _enc1(cp, byt):
    return bytes((cp,)) if byt else chr(cp).encode()


def _wordat(s, i, asc):
    # is the character starting at byte i a word character
    b = s[i]
    if b < 128:
        return _ACAT[1][b]
    if asc or b < 0xC0:
        return 0
    return _isword(_decode(s, i), False)


def _wordbefore(s, i, asc):
    j = i - 1
    b = s[j]
    if b < 128:
        return _ACAT[1][b]
    if asc:
        return 0
    while s[j] & 0xC0 == 0x80 and j > 0:
        j -= 1
    return _isword(_decode(s, j), False)


# --- character sets ------------------------------------------------------------

class _CSet:
    """One-character matcher: ranges of code points and categories."""

    def __init__(self, neg, ranges, cats, ic, asc, byt):
        self.neg = neg
        self.ranges = ranges  # [(lo, hi)] inclusive
        self.cats = cats  # [(kind, negated)]
        self.ic = ic
        self.asc = asc  # ASCII semantics for categories and case
        self.byt = byt
        self._tab = None
        self._hi = None

    def raw(self, cp):
        for lo, hi in self.ranges:
            if lo <= cp <= hi:
                return True
        for kind, n in self.cats:
            if _catmatch(kind, cp, self.asc) != n:
                return True
        return False

    def has(self, cp):
        r = self.raw(cp)
        if not r and self.ic:
            asc = self.asc or self.byt
            x = _lower(cp, asc)
            if x != cp and self.raw(x):
                r = True
            else:
                x = _upper(cp, asc)
                r = x != cp and self.raw(x)
        return r != self.neg

    def maybe_hi(self):
        # can a character >= 128 be in the set
        if self.neg or (self.ic and not self.asc):
            return True
        for lo, hi in self.ranges:
            if hi >= 128:
                return True
        for kind, n in self.cats:
            if n or not self.asc:
                return True
        return False

    def tab(self):
        # 256 entries for the first byte: 0 no, 1 yes (one byte), 2 decode
        # the UTF-8 sequence and ask hi()
        if self._tab is None:
            if self.byt:
                t = bytes([1 if self.has(b) else 0 for b in range(256)])
            else:
                t = bytearray(256)
                for b in range(128):
                    t[b] = 1 if self.has(b) else 0
                if self.maybe_hi():
                    for b in range(0xC0, 0xF8):
                        t[b] = 2
                t = bytes(t)
            self._tab = t
        return self._tab

    def hi(self):
        if self._hi is None:
            memo = {}
            has = self.has

            def hi(cp):
                r = memo.get(cp)
                if r is None:
                    r = memo[cp] = has(cp)
                return r

            self._hi = hi
        return self._hi

    def allbut(self):
        # -1: every character; b: every character but ASCII byte b; else None
        if not self.neg or self.cats or self.ic and self.ranges:
            return None
        if not self.ranges:
            return -1
        if len(self.ranges) == 1:
            lo, hi = self.ranges[0]
            if lo == hi and lo < 128:
                return lo
        return None

    def hikind(self):
        # what the set does with non-ASCII characters: 0 none, 1 all, 2 some
        some = self.ic and not self.asc
        every = False
        for lo, hi in self.ranges:
            if hi >= 128:
                if lo <= 128 and hi >= 0x10FFFF:
                    every = True
                else:
                    some = True
        for kind, n in self.cats:
            if not self.asc:
                some = True
            elif n:
                every = True
        if every:
            return 0 if self.neg else 1
        if some:
            return 2
        return 1 if self.neg else 0

    def explicit_hi(self):
        # the few non-ASCII characters of a plain positive set, or None
        if self.neg or self.ic or (self.cats and not self.asc):
            return None
        out = []
        for lo, hi in self.ranges:
            if hi >= 128:
                if hi - max(lo, 128) > 8:
                    return None
                for cp in range(max(lo, 128), hi + 1):
                    out.append(cp)
        return out if len(out) <= 8 else None


def _catset(kind, n, asc, byt):
    return _CSet(False, [], [(kind, n)], False, asc, byt)


def _anyset(dotall, byt):
    return _CSet(True, [] if dotall else [(10, 10)], [], False, True, byt)


# --- parser: pattern text -> tree of tuples -------------------------------------
# (LIT, cp) (SET, cset) (CAT, [nodes]) (ALT, [nodes]) (GRP, g, node)
# (REP, node, min, max, kind 0 greedy 1 lazy 2 possessive) (BOL, multiline)
# (EOL, multiline) (BOS,) (EOS,) (WB, ascii) (NWB, ascii)
# (LOOK, behind, negative, node, width) (BREF, g, ignorecase, ascii)
# (COND, g, yes, no) (ATOM, node)

LIT, SET, CAT, ALT, GRP, REP, BOL, EOL, BOS, EOS, WB, NWB, LOOK, BREF, COND, ATOM = range(16)
_ANCHORS = (BOL, EOL, BOS, EOS, WB, NWB)
_EMPTY = (CAT, [])
_ESC = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92}
_CATS = {"d": (0, False), "D": (0, True), "w": (1, False), "W": (1, True),
         "s": (2, False), "S": (2, True)}
_HEX = "0123456789abcdefABCDEF"
_OCT = "01234567"
_DIG = "0123456789"
_WS = " \t\n\r\v\f"


def _isident(name):
    if not name:
        return False
    for k, ch in enumerate(name):
        if not (ch == "_" or ch.isalpha() or ord(ch) >= 128 or (k and ch.isdigit())):
            return False
    return True


def _isletter(ch):
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z")


class _Parser:
    def __init__(self, pattern, flags):
        self.pat = pattern
        self.byt = not isinstance(pattern, str)
        self.p = [chr(b) for b in pattern] if self.byt else list(pattern)
        self.n = len(self.p)
        self.i = 0
        self.flags = flags
        self.ng = 1  # number of the next group
        self.names = {}
        self.opened = []
        self.parent = [0]  # enclosing group of each group, for lastindex
        self.condrefs = []  # (group, position) of (?(n)...) to check at the end

    def err(self, msg, pos):
        raise error(msg, self.pat, pos)

    def peek(self):
        return self.p[self.i] if self.i < self.n else None

    def parse(self):
        node = self.alt(self.flags, 0)
        if self.i < self.n:
            self.err("unbalanced parenthesis", self.i)
        for g, pos in self.condrefs:
            if g >= self.ng:
                self.err("invalid group reference %d" % g, pos)
        return node

    def alt(self, fl, depth):
        branches = []
        while True:
            if depth == 0:
                fl = self.flags  # global flags may have been set by the first branch
            branches.append(self.seq(fl, depth, not branches))
            if self.peek() != "|":
                break
            self.i += 1
        return branches[0] if len(branches) == 1 else (ALT, branches)

    def skipws(self):
        p = self.p
        while self.i < self.n:
            ch = p[self.i]
            if ch in _WS:
                self.i += 1
            elif ch == "#":
                while self.i < self.n and p[self.i] != "\n":
                    self.i += 1
            else:
                break

    def lit(self, cp, fl):
        asc = bool(fl & A) or self.byt
        if fl & I:
            variants = [cp]
            for x in (_lower(cp, asc), _upper(cp, asc)):
                for y in (x, _lower(x, asc), _upper(x, asc)):
                    if y not in variants:
                        variants.append(y)
            if len(variants) > 1:
                return (SET, _CSet(False, [(v, v) for v in variants], [], True, asc, self.byt))
        return (LIT, cp)

    def seq(self, fl, depth, firstbranch):
        items = []
        last_rep = False
        p = self.p
        while True:
            if fl & X:
                self.skipws()
            if self.i >= self.n:
                break
            ch = p[self.i]
            if ch == "|" or ch == ")":
                break
            start = self.i
            self.i += 1
            if ch in "*+?{":
                if ch == "{":
                    q = self.braces()
                    if q is None:
                        items.append(self.lit(123, fl))
                        last_rep = False
                        continue
                    mn, mx = q
                else:
                    mn, mx = (0, _INF) if ch == "*" else (1, _INF) if ch == "+" else (0, 1)
                if not items or items[-1][0] in _ANCHORS:
                    self.err("nothing to repeat", start)
                if last_rep:
                    self.err("multiple repeat", start)
                kind = 0
                nx = self.peek()
                if nx == "?":
                    self.i += 1
                    kind = 1
                elif nx == "+":
                    self.i += 1
                    kind = 2
                items[-1] = (REP, items[-1], mn, mx, kind)
                last_rep = True
                continue
            last_rep = False
            if ch == ".":
                items.append((SET, _anyset(fl & S, self.byt)))
            elif ch == "^":
                items.append((BOL, bool(fl & M)))
            elif ch == "$":
                items.append((EOL, bool(fl & M)))
            elif ch == "[":
                items.append(self.klass(fl, start))
            elif ch == "\\":
                items.append(self.escape(fl, start))
            elif ch == "(":
                node = self.group(fl, depth, start, firstbranch and not items)
                if node is not None:
                    items.append(node)
                elif depth == 0:
                    fl = self.flags  # global flags such as (?x) apply from here on
            else:
                items.append(self.lit(ord(ch), fl))
        return items[0] if len(items) == 1 else (CAT, items)

    def braces(self):
        # after '{': (min, max), or None (then '{' is a literal)
        p = self.p
        j = self.i
        lo = ""
        while j < self.n and p[j] in _DIG:
            lo += p[j]
            j += 1
        hi = lo
        comma = j < self.n and p[j] == ","
        if comma:
            j += 1
            hi = ""
            while j < self.n and p[j] in _DIG:
                hi += p[j]
                j += 1
        if j >= self.n or p[j] != "}" or not (lo or comma):
            return None
        mn = int(lo) if lo else 0
        mx = int(hi) if hi else _INF
        if mx < mn:
            self.err("min repeat greater than max repeat", self.i)
        self.i = j + 1
        return mn, mx

    def hexdigits(self, n, start, kind):
        p = self.p
        d = ""
        while len(d) < n and self.i < self.n and p[self.i] in _HEX:
            d += p[self.i]
            self.i += 1
        if len(d) < n:
            self.err("incomplete escape \\%s%s" % (kind, d), start)
        return int(d, 16)

    def common_escape(self, ch, start):
        # escapes valid both inside and outside sets; None if not one
        if ch in _ESC and ch != "b":
            return _ESC[ch]
        if ch == "x":
            return self.hexdigits(2, start, "x")
        if ch in "uU" and not self.byt:
            cp = self.hexdigits(4 if ch == "u" else 8, start, ch)
            if cp > 0x10FFFF:
                self.err("bad escape \\%s%08x" % (ch, cp), start)
            return cp
        if ch == "N" and not self.byt:
            self.err("bad escape \\N: named Unicode characters are not supported in this sandbox; use \\uXXXX", start)
        return None

    def octal(self, d, start):
        p = self.p
        while len(d) < 3 and self.i < self.n and p[self.i] in _OCT:
            d += p[self.i]
            self.i += 1
        cp = int(d, 8)
        if cp > 0o377:
            self.err("octal escape value \\%s outside of range 0-0o377" % d, start)
        return cp

    def escape(self, fl, start):
        p = self.p
        if self.i >= self.n:
            self.err("bad escape (end of pattern)", start)
        ch = p[self.i]
        self.i += 1
        asc = bool(fl & A) or self.byt
        if ch in _CATS:
            kind, n = _CATS[ch]
            return (SET, _catset(kind, n, asc, self.byt))
        if ch == "b":
            return (WB, asc)
        if ch == "B":
            return (NWB, asc)
        if ch == "A":
            return (BOS,)
        if ch == "Z":
            return (EOS,)
        cp = self.common_escape(ch, start)
        if cp is not None:
            return self.lit(cp, fl)
        if ch == "0":
            return self.lit(self.octal("0", start), fl)
        if ch in _DIG:
            d = ch
            if self.i < self.n and p[self.i] in _DIG:
                d += p[self.i]
                self.i += 1
                if (d[0] in _OCT and d[1] in _OCT and self.i < self.n
                        and p[self.i] in _OCT):
                    return self.lit(self.octal(d, start), fl)
            g = int(d)
            if g < self.ng:
                if g in self.opened:
                    self.err("cannot refer to an open group", start)
                return (BREF, g, bool(fl & I), asc)
            self.err("invalid group reference %d" % g, start + 1)
        if _isletter(ch):
            self.err("bad escape \\%s" % ch, start)
        return self.lit(ord(ch), fl)

    def class_item(self, start):
        # one member of a set: ('r', code point) or ('c', (kind, negated))
        p = self.p
        ch = p[self.i]
        self.i += 1
        if ch != "\\":
            return ("r", ord(ch))
        if self.i >= self.n:
            self.err("unterminated character set", start)
        here = self.i - 1
        ch = p[self.i]
        self.i += 1
        if ch in _CATS:
            return ("c", _CATS[ch])
        if ch == "b":
            return ("r", 8)
        cp = self.common_escape(ch, here)
        if cp is not None:
            return ("r", cp)
        if ch in _OCT:
            return ("r", self.octal(ch, here))
        if ch in _DIG or _isletter(ch):
            self.err("bad escape \\%s" % ch, here)
        return ("r", ord(ch))

    def klass(self, fl, start):
        p = self.p
        neg = self.peek() == "^"
        if neg:
            self.i += 1
        ranges = []
        cats = []
        first = True
        while True:
            if self.i >= self.n:
                self.err("unterminated character set", start)
            if p[self.i] == "]" and not first:
                self.i += 1
                break
            first = False
            here = self.i
            item = self.class_item(start)
            if self.peek() == "-" and self.i + 1 < self.n:
                dash = self.i
                self.i += 1
                if p[self.i] == "]":
                    self.i += 1
                    self.add_item(item, ranges, cats)
                    ranges.append((45, 45))
                    break
                item2 = self.class_item(start)
                if item[0] != "r" or item2[0] != "r" or item2[1] < item[1]:
                    self.err("bad character range %s-%s" % (
                        "".join(p[here:dash]), "".join(p[dash + 1:self.i])), here)
                ranges.append((item[1], item2[1]))
            else:
                self.add_item(item, ranges, cats)
        ranges.sort()
        merged = []
        for lo, hi in ranges:
            if merged and lo <= merged[-1][1] + 1:
                if hi > merged[-1][1]:
                    merged[-1] = (merged[-1][0], hi)
            else:
                merged.append((lo, hi))
        asc = bool(fl & A) or self.byt
        return (SET, _CSet(neg, merged, cats, bool(fl & I), asc, self.byt))

    def add_item(self, item, ranges, cats):
        if item[0] == "r":
            ranges.append((item[1], item[1]))
        else:
            cats.append(item[1])

    def name(self, end, what):
        # a group name up to `end`; returns (name, position of its start)
        p = self.p
        pos = self.i
        j = pos
        while j < self.n and p[j] != end:
            j += 1
        nm = "".join(p[pos:j])
        if not nm:
            self.err("missing group name", pos)
        if j >= self.n:
            self.err("missing %s, unterminated name" % end, pos)
        self.i = j + 1
        return nm, pos

    def group(self, fl, depth, start, atstart):
        p = self.p
        capture = True
        name = None
        add = dele = 0
        atomic = False
        if self.peek() == "?":
            self.i += 1
            if self.i >= self.n:
                self.err("unexpected end of pattern", self.i)
            ch = p[self.i]
            self.i += 1
            if ch == "P":
                nx = self.peek()
                if nx == "<":
                    self.i += 1
                    name, pos = self.name(">", "group name")
                    if not _isident(name):
                        self.err("bad character in group name %r" % name, pos)
                    if name in self.names:
                        self.err("redefinition of group name %r as group %d; was group %d"
                                 % (name, self.ng, self.names[name]), pos)
                elif nx == "=":
                    self.i += 1
                    name, pos = self.name(")", "group name")
                    if not _isident(name):
                        self.err("bad character in group name %r" % name, pos)
                    g = self.names.get(name)
                    if g is None:
                        self.err("unknown group name %r" % name, pos)
                    if g in self.opened:
                        self.err("cannot refer to an open group", pos)
                    return (BREF, g, bool(fl & I), bool(fl & A) or self.byt)
                elif nx is None:
                    self.err("unexpected end of pattern", self.i)
                else:
                    self.err("unknown extension ?P" + nx, start + 1)
            elif ch == ":":
                capture = False
            elif ch == "#":
                while True:
                    if self.i >= self.n:
                        self.err("missing ), unterminated comment", start)
                    self.i += 1
                    if p[self.i - 1] == ")":
                        return None
            elif ch in "=!<":
                behind = False
                if ch == "<":
                    ch = self.peek()
                    if ch is None or ch not in "=!":
                        self.err("unknown extension ?<" + (ch or ""), start + 1)
                    self.i += 1
                    behind = True
                body = self.alt(fl, depth + 1)
                self.close(start)
                width = None
                if behind:
                    lo, hi = _width(body)
                    if lo != hi:
                        raise error("look-behind requires fixed-width pattern")
                    width = lo
                return (LOOK, behind, ch == "!", body, width)
            elif ch == "(":
                cname, pos = self.name(")", "group name")
                if _isident(cname):
                    g = self.names.get(cname)
                    if g is None:
                        self.err("unknown group name %r" % cname, pos)
                else:
                    if not cname.isdigit():
                        self.err("bad character in group name %r" % cname, pos)
                    g = int(cname)
                    if not g:
                        self.err("bad group number", pos)
                    self.condrefs.append((g, pos))
                yes = self.seq(fl, depth + 1, False)
                no = _EMPTY
                if self.peek() == "|":
                    self.i += 1
                    no = self.seq(fl, depth + 1, False)
                    if self.peek() == "|":
                        self.err("conditional backref with more than two branches", self.i)
                self.close(start)
                return (COND, g, yes, no)
            elif ch == ">":
                capture = False
                atomic = True
            elif ch in _INLINE or ch == "-":
                r = self.inline_flags(ch, start)
                if r is None:
                    if not (depth == 0 and atstart):
                        self.err("global flags not at the start of the expression", start)
                    return None
                add, dele = r
                capture = False
            else:
                self.err("unknown extension ?" + ch, start + 1)
        g = 0
        if capture:
            g = self.ng
            self.ng += 1
            if name is not None:
                self.names[name] = g
            self.parent.append(self.opened[-1] if self.opened else 0)
            self.opened.append(g)
        sub = (fl | add) & ~dele
        body = self.alt(sub, depth + 1)
        self.close(start)
        if capture:
            self.opened.pop()
            return (GRP, g, body)
        if atomic:
            return (ATOM, body)
        if body[0] in _ANCHORS:
            return (CAT, [body])  # a group, so it can be repeated
        return body

    def close(self, start):
        if self.peek() != ")":
            self.err("missing ), unterminated subpattern", start)
        self.i += 1

    def inline_flags(self, ch, start):
        # after "(?": flags up to ")" (global, returns None) or ":" (scoped)
        p = self.p
        add = dele = 0
        if ch != "-":
            while True:
                if self.byt and ch == "u":
                    self.err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.i)
                if not self.byt and ch == "L":
                    self.err("bad inline flags: cannot use 'L' flag with a str pattern", self.i)
                add |= _INLINE[ch]
                if self.i >= self.n:
                    self.err("missing -, : or )", self.i)
                ch = p[self.i]
                self.i += 1
                if ch in ")-:":
                    break
                if ch not in _INLINE:
                    self.err("unknown flag" if ch.isalpha() else "missing -, : or )", self.i - 1)
        if ch == ")":
            if add & A and add & U:
                self.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i)
            self.flags |= add
            return None
        if ch == "-":
            if self.i >= self.n:
                self.err("missing flag", self.i)
            ch = p[self.i]
            self.i += 1
            if ch not in _INLINE:
                self.err("unknown flag" if ch.isalpha() else "missing flag", self.i - 1)
            while True:
                if _INLINE[ch] & (A | U | L):
                    self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i)
                dele |= _INLINE[ch]
                if self.i >= self.n:
                    self.err("missing :", self.i)
                ch = p[self.i]
                self.i += 1
                if ch == ":":
                    break
                if ch not in _INLINE:
                    self.err("unknown flag" if ch.isalpha() else "missing :", self.i - 1)
        if add & dele:
            self.err("bad inline flags: flag turned on and off", self.i - 1)
        return add, dele


def _width(node):
    # (min, max) characters the node matches
    op = node[0]
    if op == LIT or op == SET:
        return 1, 1
    if op == CAT:
        lo = hi = 0
        for it in node[1]:
            a, b = _width(it)
            lo += a
            hi = min(hi + b, _INF)
        return lo, hi
    if op == ALT:
        ws = [_width(b) for b in node[1]]
        return min(w[0] for w in ws), max(w[1] for w in ws)
    if op == GRP:
        return _width(node[2])
    if op == ATOM:
        return _width(node[1])
    if op == REP:
        a, b = _width(node[1])
        return a * node[2], min(b * node[3], _INF) if b else 0
    if op == COND:
        a, b = _width(node[2])
        c, d = _width(node[3])
        return min(a, c), max(b, d)
    if op == BREF:
        return 0, _INF
    return 0, 0


# --- the Python matcher ------------------------------------------------------------
# Each node compiles to a function m(s, i, c) -> end of the whole match or -1,
# given the continuation that matches the rest of the pattern. s is the
# subject as bytes, i a byte offset, c the state list: c[0] a start offset
# where an empty match is refused (finditer's rule), c[1] the end a
# fullmatch requires (or -1), c[2g+2], c[2g+3] the span of group g, then the
# last group index and per-node slots. Each function restores what it set
# in c when it fails, so c holds the captures once the match succeeds.

LITS = 100  # a run of literal bytes
RUN = 101  # a run of single-character matchers


def _final(s, i, c):
    if i == c[0]:
        return -1
    e = c[1]
    if e >= 0 and i != e:
        return -1
    return i


def _accept(s, i, c):
    return i


def _hasgroups(node):
    op = node[0]
    if op == GRP:
        return True
    if op == CAT or op == ALT:
        for it in node[1]:
            if _hasgroups(it):
                return True
        return False
    if op == REP or op == ATOM:
        return _hasgroups(node[1])
    if op == LOOK:
        return _hasgroups(node[3])
    if op == COND:
        return _hasgroups(node[2]) or _hasgroups(node[3])
    return False


def _is_char(node):
    op = node[0]
    if op == LIT or op == SET:
        return True
    if op == ALT:
        for b in node[1]:
            if b[0] != LIT and b[0] != SET:
                return False
        return True
    return False


def _prefix(node, byt):
    # (literal bytes every match starts with, whether the node is just that)
    op = node[0]
    if op == LIT:
        return _enc1(node[1], byt), True
    if op == CAT:
        acc = b""
        for it in node[1]:
            p, whole = _prefix(it, byt)
            acc += p
            if not whole:
                return acc, False
        return acc, True
    if op == GRP:
        return _prefix(node[2], byt)
    if op in _ANCHORS or op == LOOK:
        return b"", True
    return b"", False


def _anchor(node):
    # 1: matches only at the start of the string; 2: only at line starts
    op = node[0]
    if op == CAT:
        return _anchor(node[1][0]) if node[1] else 0
    if op == GRP:
        return _anchor(node[2])
    if op == ATOM:
        return _anchor(node[1])
    if op == BOS or (op == BOL and not node[1]):
        return 1
    if op == BOL:
        return 2
    if op == ALT:
        ks = [_anchor(b) for b in node[1]]
        return ks[0] if min(ks) == max(ks) else 0
    return 0


class _PyComp:
    def __init__(self, ngroups, byt):
        self.byt = byt
        self.utf8 = not byt
        self.li = 2 * ngroups + 4
        self.ns = self.li + 1

    def slot(self, k=1):
        n = self.ns
        self.ns += k
        return n

    # -- single characters

    def chartab(self, node):
        op = node[0]
        if op == LIT:
            cp = node[1]
            t = bytearray(256)
            if self.byt or cp < 128:
                t[cp] = 1
                return bytes(t), None
            t[chr(cp).encode()[0]] = 2
            return bytes(t), (lambda x: x == cp)
        if op == SET:
            return node[1].tab(), node[1].hi()
        if op == ALT and _is_char(node):
            cts = [self.chartab(b) for b in node[1]]
            t = bytearray(256)
            for tab, hi in cts:
                for b in range(256):
                    if tab[b] > t[b]:
                        t[b] = tab[b]
            his = [hi for tab, hi in cts if hi is not None]
            return bytes(t), (lambda x: any(h(x) for h in his))
        return None

    def first(self, node):
        # (bytes a match can start with as a 256-entry table, or None for
        # unknown; whether the node can match empty)
        op = node[0]
        if op == LITS:
            t = bytearray(256)
            t[node[1][0]] = 1
            return t, False
        if op == RUN:
            tab = node[1][0][0]
            return bytearray([1 if tab[b] else 0 for b in range(256)]), False
        ct = self.chartab(node) if op != CAT else None
        if ct is not None:
            tab = ct[0]
            return bytearray([1 if tab[b] else 0 for b in range(256)]), False
        if op == CAT:
            acc = bytearray(256)
            for it in node[1]:
                f, nl = self.first(it)
                if f is None:
                    return None, True
                for b in range(256):
                    if f[b]:
                        acc[b] = 1
                if not nl:
                    return acc, False
            return acc, True
        if op == ALT:
            acc = bytearray(256)
            anynl = False
            for br in node[1]:
                f, nl = self.first(br)
                if f is None:
                    return None, True
                for b in range(256):
                    if f[b]:
                        acc[b] = 1
                anynl = anynl or nl
            return acc, anynl
        if op == GRP:
            return self.first(node[2])
        if op == ATOM:
            return self.first(node[1])
        if op == REP:
            if node[3] == 0:
                return bytearray(256), True
            f, nl = self.first(node[1])
            return f, nl or node[2] == 0
        if op in _ANCHORS or op == LOOK:
            return bytearray(256), True
        return None, True

    def firsttab(self, node):
        f, nl = self.first(node)
        return None if (f is None or nl) else bytes(f)

    # -- sequences

    def units(self, items):
        # merge runs of single characters into LITS / RUN nodes
        flat = []
        for it in items:
            if (it[0] == REP and it[2] == it[3] and 1 < it[2] <= 16
                    and it[1][0] in (LIT, SET)):
                for k in range(it[2]):
                    flat.append(it[1])
            else:
                flat.append(it)
        out = []
        k = 0
        while k < len(flat):
            j = k
            while j < len(flat) and flat[j][0] in (LIT, SET):
                j += 1
            if j - k >= 2:
                run = flat[k:j]
                if all(x[0] == LIT for x in run):
                    out.append((LITS, b"".join([_enc1(x[1], self.byt) for x in run])))
                else:
                    out.append((RUN, [self.chartab(x) for x in run]))
                k = j
            else:
                out.append(flat[k])
                k += 1
        return out

    def litof(self, node):
        # literal bytes the node must start with (for the next-literal scan)
        op = node[0]
        if op == LITS:
            return node[1]
        if op == LIT:
            return _enc1(node[1], self.byt)
        if op == GRP:
            return self.litof(node[2])
        if op == CAT and node[1]:
            return self.litof(self.units(node[1])[0])
        return None

    def comp(self, node, nxt, nlit):
        op = node[0]
        if op == CAT:
            us = self.units(node[1])
            for u in reversed(us):
                nxt = self.comp(u, nxt, nlit)
                nlit = self.litof(u)
            return nxt
        if op == LITS:
            return self.lits(node[1], nxt)
        if op == RUN:
            return self.detnext(self.det(node), nxt)
        ct = self.chartab(node)
        if ct is not None:
            return self.char(ct, nxt)
        if op == GRP:
            return self.group(node, nxt, nlit)
        if op == ALT:
            pairs = [(self.comp(b, nxt, nlit), self.firsttab(b)) for b in node[1]]

            def alt(s, i, c, pairs=pairs):
                x = s[i] if i < len(s) else 256
                for m, ft in pairs:
                    if ft is not None and (x == 256 or not ft[x]):
                        continue
                    r = m(s, i, c)
                    if r >= 0:
                        return r
                return -1

            return alt
        if op == REP:
            return self.rep(node, nxt, nlit)
        if op == LOOK:
            return self.look(node, nxt)
        if op == BREF:
            return self.bref(node, nxt)
        if op == COND:
            gi = 2 * node[1] + 2
            yes = self.comp(node[2], nxt, nlit)
            no = self.comp(node[3], nxt, nlit)

            def cond(s, i, c, yes=yes, no=no, gi=gi):
                return yes(s, i, c) if c[gi] >= 0 else no(s, i, c)

            return cond
        if op == ATOM:
            return self.atomic(node[1], nxt)
        return self.detnext(self.det(node), nxt)

    def detnext(self, d, nxt):
        def m(s, i, c, d=d, nxt=nxt):
            j = d(s, i)
            if j < 0:
                return -1
            return nxt(s, j, c)

        return m

    def lits(self, lit, nxt):
        if len(lit) == 1:
            b0 = lit[0]

            def m(s, i, c, b0=b0, nxt=nxt):
                if i < len(s) and s[i] == b0:
                    return nxt(s, i + 1, c)
                return -1

            return m
        n = len(lit)

        def m(s, i, c, lit=lit, n=n, nxt=nxt):
            if s.startswith(lit, i):
                return nxt(s, i + n, c)
            return -1

        return m

    def char(self, ct, nxt):
        tab, hi = ct

        def m(s, i, c, tab=tab, hi=hi, nxt=nxt):
            if i < len(s):
                v = tab[s[i]]
                if v == 1:
                    return nxt(s, i + 1, c)
                if v == 2:
                    j = _hstep(s, i, hi)
                    if j > 0:
                        return nxt(s, j, c)
            return -1

        return m

    # -- deterministic pieces: d(s, i) -> end or -1, without backtracking

    def det(self, node):
        op = node[0]
        if op == LITS:
            lit = node[1]
            n = len(lit)
            return lambda s, i, lit=lit, n=n: i + n if s.startswith(lit, i) else -1
        if op == RUN:
            items = node[1]

            def run(s, i, items=items):
                n = len(s)
                for tab, hi in items:
                    if i >= n:
                        return -1
                    v = tab[s[i]]
                    if v == 1:
                        i += 1
                    elif v == 2:
                        i = _hstep(s, i, hi)
                        if i < 0:
                            return -1
                    else:
                        return -1
                return i

            return run
        if op == CAT:
            us = self.units(node[1])
            ds = []
            for k, u in enumerate(us):
                d = self.det(u)
                if (d is None and u[0] == REP and u[4] == 0 and k + 1 < len(us)
                        and u[1][0] in (LIT, SET)):
                    # a repeat followed by something it cannot match never
                    # gives characters back (\d+, in (?:\d+,)*): possessive
                    ft = self.firsttab(us[k + 1])
                    tab = self.chartab(u[1])[0]
                    if ft is not None and not any([ft[x] and tab[x] for x in range(256)]):
                        d = self.det((REP, u[1], u[2], u[3], 2))
                ds.append(d)
            if not ds or None in ds:
                return None
            if len(ds) == 1:
                return ds[0]

            def seq(s, i, ds=ds):
                for d in ds:
                    i = d(s, i)
                    if i < 0:
                        return -1
                return i

            return seq
        ct = self.chartab(node)
        if ct is not None:
            tab, hi = ct

            def one(s, i, tab=tab, hi=hi):
                if i < len(s):
                    v = tab[s[i]]
                    if v == 1:
                        return i + 1
                    if v == 2:
                        return _hstep(s, i, hi)
                return -1

            return one
        if op == ALT:
            # branches that cannot start with the same byte: at most one
            # can match anywhere, so trying them needs no backtracking
            table = bytearray(256)
            ds = []
            for b in node[1]:
                d = self.det(b)
                ft = self.firsttab(b)
                if d is None or ft is None:
                    return None
                for x in range(256):
                    if ft[x]:
                        if table[x]:
                            return None
                        table[x] = len(ds) + 1
                ds.append(d)
            table = bytes(table)

            def alt1(s, i, table=table, ds=ds):
                if i < len(s):
                    k = table[s[i]]
                    if k:
                        return ds[k - 1](s, i)
                return -1

            return alt1
        if op == REP:
            body, mn, mx, kind = node[1], node[2], node[3], node[4]
            d = self.det(body)
            if d is None or (kind != 2 and mn != mx):
                return None
            if _width(body)[0] == 0:
                return None

            def rep(s, i, d=d, mn=mn, mx=mx):
                k = 0
                while k < mx:
                    j = d(s, i)
                    if j < 0:
                        break
                    i = j
                    k += 1
                return i if k >= mn else -1

            return rep
        if op == BOL:
            if node[1]:
                return lambda s, i: i if (i == 0 or s[i - 1] == 10) else -1
            return lambda s, i: i if i == 0 else -1
        if op == EOL:
            if node[1]:
                return lambda s, i: i if (i == len(s) or s[i] == 10) else -1

            def eol(s, i):
                n = len(s)
                return i if (i == n or (i == n - 1 and s[i] == 10)) else -1

            return eol
        if op == BOS:
            return lambda s, i: i if i == 0 else -1
        if op == EOS:
            return lambda s, i: i if i == len(s) else -1
        if op == WB or op == NWB:
            asc = node[1]
            want = op == WB

            def wb(s, i, asc=asc, want=want):
                if not s:
                    return -1  # CPython: neither \b nor \B matches an empty string
                a = _wordbefore(s, i, asc) if i > 0 else 0
                b = _wordat(s, i, asc) if i < len(s) else 0
                return i if (a != b) == want else -1

            return wb
        return None

    # -- groups, repeats, assertions

    def group(self, node, nxt, nlit):
        g = node[1]
        gi = 2 * g + 2
        li = self.li
        d = self.det(node[2])
        if d is not None:
            def grp(s, i, c, d=d, gi=gi, g=g, li=li, nxt=nxt):
                j = d(s, i)
                if j < 0:
                    return -1
                a = c[gi]
                b = c[gi + 1]
                l = c[li]
                c[gi] = i
                c[gi + 1] = j
                c[li] = g
                r = nxt(s, j, c)
                if r < 0:
                    c[gi] = a
                    c[gi + 1] = b
                    c[li] = l
                return r

            return grp
        tmp = self.slot()

        def close(s, i, c, gi=gi, g=g, li=li, tmp=tmp, nxt=nxt):
            a = c[gi]
            b = c[gi + 1]
            l = c[li]
            c[gi] = c[tmp]
            c[gi + 1] = i
            c[li] = g
            r = nxt(s, i, c)
            if r < 0:
                c[gi] = a
                c[gi + 1] = b
                c[li] = l
            return r

        body = self.comp(node[2], close, nlit)

        def open_(s, i, c, tmp=tmp, body=body):
            o = c[tmp]
            c[tmp] = i
            r = body(s, i, c)
            c[tmp] = o
            return r

        return open_

    def rep(self, node, nxt, nlit):
        body, mn, mx, kind = node[1], node[2], node[3], node[4]
        if mx == 0:
            return nxt
        if kind == 2:
            d = self.det(node)
            if d is not None:
                return self.detnext(d, nxt)
            return self.atomic((REP, body, mn, mx, 0), nxt)
        ct = self.chartab(body)
        if ct is not None:
            ab = body[1].allbut() if body[0] == SET else None
            return self.rep_char(ct, ab, mn, mx, kind == 1, nxt, nlit)
        d = self.det(body)
        if d is not None and _width(body)[0] > 0:
            return self.rep_det(d, mn, mx, kind == 1, nxt)
        return self.rep_gen(body, mn, mx, kind == 1, nxt)

    def rep_char(self, ct, ab, mn, mx, lazy, nxt, nlit):
        tab, hi = ct
        utf8 = self.utf8
        fast = ab is not None and mx == _INF
        abyte = bytes((ab,)) if (fast and ab >= 0) else None

        def must(s, i, tab=tab, hi=hi, mn=mn):
            # the first mn characters: their end, or -1
            n = len(s)
            k = 0
            while k < mn:
                if i >= n:
                    return -1
                v = tab[s[i]]
                if v == 1:
                    i += 1
                elif v == 2:
                    i = _hstep(s, i, hi)
                    if i < 0:
                        return -1
                else:
                    return -1
                k += 1
            return i

        if lazy:
            if fast and nlit is not None:
                def lazy_find(s, i, c, must=must, mn=mn, nlit=nlit, abyte=abyte, ab=ab,
                              nxt=nxt, utf8=utf8):
                    j = must(s, i) if mn else i
                    if j < 0:
                        return -1
                    n = len(s)
                    while True:
                        p = s.find(nlit, j)
                        if p < 0:
                            return -1
                        if abyte is not None and s.find(abyte, j, p) >= 0:
                            return -1
                        r = nxt(s, p, c)
                        if r >= 0:
                            return r
                        if s[p] == ab:
                            return -1
                        j = p + 1
                        if utf8:
                            while j < n and s[j] & 0xC0 == 0x80:
                                j += 1

                return lazy_find

            def lazy_loop(s, i, c, must=must, mn=mn, mx=mx, tab=tab, hi=hi, nlit=nlit,
                          nxt=nxt):
                j = must(s, i) if mn else i
                if j < 0:
                    return -1
                n = len(s)
                k = mn
                while True:
                    if nlit is None or s.startswith(nlit, j):
                        r = nxt(s, j, c)
                        if r >= 0:
                            return r
                    if k >= mx or j >= n:
                        return -1
                    v = tab[s[j]]
                    if v == 1:
                        j += 1
                    elif v == 2:
                        j = _hstep(s, j, hi)
                        if j < 0:
                            return -1
                    else:
                        return -1
                    k += 1

            return lazy_loop

        def greedy(s, i, c, must=must, mn=mn, mx=mx, tab=tab, hi=hi, fast=fast,
                   abyte=abyte, nlit=nlit, nxt=nxt, utf8=utf8):
            j = must(s, i) if mn else i
            if j < 0:
                return -1
            lo = j
            n = len(s)
            if fast:
                if abyte is None:
                    j = n
                else:
                    e = s.find(abyte, j)
                    j = n if e < 0 else e
            else:
                k = mn
                while k < mx and j < n:
                    v = tab[s[j]]
                    if v == 1:
                        j += 1
                    elif v == 2:
                        e = _hstep(s, j, hi)
                        if e < 0:
                            break
                        j = e
                    else:
                        break
                    k += 1
            if nlit is not None:
                ln = len(nlit)
                while j >= lo:
                    p = s.rfind(nlit, lo, j + ln)
                    if p < 0:
                        return -1
                    r = nxt(s, p, c)
                    if r >= 0:
                        return r
                    j = p - 1
                return -1
            while True:
                r = nxt(s, j, c)
                if r >= 0:
                    return r
                if j <= lo:
                    return -1
                j -= 1
                if utf8:
                    while s[j] & 0xC0 == 0x80:
                        j -= 1

        return greedy

    def rep_det(self, d, mn, mx, lazy, nxt):
        if lazy:
            def lazy_det(s, i, c, d=d, mn=mn, mx=mx, nxt=nxt):
                k = 0
                while k < mn:
                    i = d(s, i)
                    if i < 0:
                        return -1
                    k += 1
                while True:
                    r = nxt(s, i, c)
                    if r >= 0:
                        return r
                    if k >= mx:
                        return -1
                    i = d(s, i)
                    if i < 0:
                        return -1
                    k += 1

            return lazy_det

        def greedy_det(s, i, c, d=d, mn=mn, mx=mx, nxt=nxt):
            ends = [i]
            k = 0
            while k < mx:
                i = d(s, i)
                if i < 0:
                    break
                ends.append(i)
                k += 1
            while k >= mn:
                r = nxt(s, ends[k], c)
                if r >= 0:
                    return r
                k -= 1
            return -1

        return greedy_det

    def rep_gen(self, body, mn, mx, lazy, nxt):
        # c[cs]: iterations done, c[cs + 1]: where the current one started
        cs = self.slot(2)
        ref = []  # again, defined below (defaults are bound at definition)

        def after(s, i, c, cs=cs, ref=ref):
            cnt = c[cs]
            c[cs] = cnt + 1
            r = ref[0](s, i, c)
            c[cs] = cnt
            return r

        bm = self.comp(body, after, None)

        def again(s, i, c, cs=cs, bm=bm, mn=mn, mx=mx, lazy=lazy, nxt=nxt):
            cnt = c[cs]
            if cnt < mn:
                return bm(s, i, c)  # (the empty-iteration guard starts after min)
            last = c[cs + 1]
            if lazy:
                r = nxt(s, i, c)
                if r >= 0 or cnt >= mx or i == last:
                    return r
                c[cs + 1] = i
                r = bm(s, i, c)
                c[cs + 1] = last
                return r
            # an iteration that matched nothing ends the loop (as in CPython)
            if cnt < mx and i != last:
                c[cs + 1] = i
                r = bm(s, i, c)
                c[cs + 1] = last
                if r >= 0:
                    return r
            return nxt(s, i, c)

        ref.append(again)

        def enter(s, i, c, cs=cs, again=again):
            a = c[cs]
            b = c[cs + 1]
            c[cs] = 0
            c[cs + 1] = -1
            r = again(s, i, c)
            c[cs] = a
            c[cs + 1] = b
            return r

        return enter

    def atomic(self, body, nxt):
        bm = self.comp(body, _accept, None)
        keep = _hasgroups(body)

        def atom(s, i, c, bm=bm, keep=keep, nxt=nxt):
            saved = c[:] if keep else None
            j = bm(s, i, c)
            if j < 0:
                return -1
            r = nxt(s, j, c)
            if r < 0 and keep:
                c[:] = saved
            return r

        return atom

    def look(self, node, nxt):
        behind, neg, body, width = node[1], node[2], node[3], node[4]
        bm = self.comp(body, _accept, None)
        keep = _hasgroups(body)
        utf8 = self.utf8

        def start(s, i, behind=behind, width=width, utf8=utf8):
            if not behind:
                return i
            j = i
            for k in range(width):
                if j <= 0:
                    return -1
                j -= 1
                if utf8:
                    while s[j] & 0xC0 == 0x80:
                        j -= 1
            return j

        def look(s, i, c, start=start, bm=bm, keep=keep, neg=neg, nxt=nxt):
            saved = c[:] if keep else None
            j = start(s, i)
            ok = j >= 0 and bm(s, j, c) >= 0
            if ok == neg:
                if keep:
                    c[:] = saved
                return -1
            r = nxt(s, i, c)
            if r < 0 and keep:
                c[:] = saved
            return r

        return look

    def bref(self, node, nxt):
        gi = 2 * node[1] + 2
        ic = node[2]
        asc = node[3] or self.byt

        def bref(s, i, c, gi=gi, ic=ic, asc=asc, byt=self.byt, nxt=nxt):
            a = c[gi]
            if a < 0:
                return -1
            t = s[a:c[gi + 1]]
            n = len(t)
            if s.startswith(t, i):
                return nxt(s, i + n, c)
            if ic and _foldeq(t, s[i:i + n], asc, byt):
                return nxt(s, i + n, c)
            return -1

        return bref


def _foldeq(a, b, asc, byt):
    if len(a) != len(b):
        return False
    if not byt:
        try:
            a = a.decode()
            b = b.decode()
        except UnicodeError:
            return False  # b cuts a character in two: not the same text
        if len(a) != len(b):
            return False
        for x, y in zip(a, b):
            x = ord(x)
            y = ord(y)
            if x != y and _lower(x, asc) != _lower(y, asc) and _upper(x, asc) != _upper(y, asc):
                return False
        return True
    for x, y in zip(a, b):
        if x != y and _lower(x, True) != _lower(y, True):
            return False
    return True


# --- translation for the C engine -------------------------------------------------
# re1.5 knows literals, ., [...] (byte ranges), \d \w \s, (...), (?:...),
# * + ? (and lazy forms), | and ^ $ (start and end of the subject). It works
# on bytes with signed comparisons, cannot contain NUL, and recurses once per
# repeat, so a loop over something that can match empty would never end.
# The translation is done per subject kind: 'A' a str that is all ASCII,
# 'U' any other str (its UTF-8 bytes), 'B' bytes.

class _NoC(Exception):
    pass


_CSPEC = frozenset(b"\\.[()?*+|^$")
_CLSPEC = frozenset(b"\\]-^")
_MULTI = b"[\xc0-\xff][\x80-\xbf]+"  # one non-ASCII character


def _cclass(members, neg):
    # a re1.5 class for sorted byte values 1..255 (ranges never cross 0x80,
    # where the signed comparison wraps)
    out = [b"[^" if neg else b"["]
    pairs = 0
    k = 0
    n = len(members)
    while k < n:
        j = k
        while (j + 1 < n and members[j + 1] == members[j] + 1
               and members[j + 1] != 0x80 and members[j + 1] not in _CLSPEC
               and members[j] not in _CLSPEC):
            j += 1
        lo = members[k]
        hi = members[j]
        if lo in _CLSPEC:
            out.append(bytes((92, lo)))
        elif hi - lo >= 2:
            out.append(bytes((lo, 45, hi)))
        else:
            for b in range(lo, hi + 1):
                out.append(bytes((b,)))
                pairs += 1
        pairs += 1
        k = j + 1
    if pairs > 120:
        raise _NoC
    out.append(b"]")
    return b"".join(out)


class _CEmit:
    def __init__(self, ngroups, kind):
        self.kind = kind
        self.n = 0  # re1.5 groups so far
        self.gmap = [[0]] + [[] for _ in range(ngroups)]
        self.bol = False  # has ^ or \A (wrong on a sliced subject)
        self.eol = False  # has a non-MULTILINE $ (wrong before a final \n)

    def emit(self, node):
        # -> (bytes, whether it is one atom a quantifier can follow)
        op = node[0]
        if op == LIT:
            cp = node[1]
            if cp == 0:
                raise _NoC
            if cp < 128 or self.kind == "B":
                return (bytes((92, cp)) if cp in _CSPEC else bytes((cp,))), True
            return chr(cp).encode(), False
        if op == SET:
            return self.cset(node[1]), True
        if op == CAT:
            parts = [self.emit(x) for x in node[1]]
            if len(parts) == 1:
                return parts[0]
            return b"".join([p[0] for p in parts]), False
        if op == ALT:
            return b"(?:" + b"|".join([self.emit(x)[0] for x in node[1]]) + b")", True
        if op == GRP:
            self.n += 1
            self.gmap[node[1]].append(self.n)
            return b"(" + self.emit(node[2])[0] + b")", True
        if op == REP:
            return self.rep(node), False
        if op == BOS or (op == BOL and not node[1]):
            self.bol = True
            return b"^", False
        if op == EOS:
            return b"$", False
        if op == EOL and not node[1]:
            self.eol = True
            return b"$", False
        raise _NoC

    def rep(self, node):
        body, mn, mx, kind = node[1], node[2], node[3], node[4]
        if kind == 2 or mn > 100 or (mx != _INF and mx - mn > 40):
            raise _NoC
        if mx == _INF and _width(body)[0] == 0:
            raise _NoC
        lazy = b"?" if kind == 1 else b""

        def one():
            f, single = self.emit(body)
            if not f:
                raise _NoC
            return f if single else b"(?:" + f + b")"

        parts = [one() for _ in range(mn)]
        if mx == _INF:
            if parts:
                parts[-1] += b"+" + lazy
            else:
                parts.append(one() + b"*" + lazy)
        elif mx > mn:
            opts = [one() for _ in range(mx - mn)]
            acc = b""
            for f in reversed(opts):
                acc = (f + b"?" + lazy) if not acc else b"(?:" + f + acc + b")?" + lazy
            parts.append(acc)
        return b"".join(parts)

    def cset(self, cs):
        kind = self.kind
        if kind != "U":
            top = 256 if kind == "B" else 128
            if cs.has(0):
                comp = [b for b in range(1, top) if not cs.has(b)]
                return _cclass(comp, True) if comp else b"."
            return _cclass([b for b in range(1, top) if cs.has(b)], False)
        # a str with non-ASCII text: a character may take several bytes
        hk = cs.hikind()
        extra = []
        if hk == 2:
            extra = cs.explicit_hi()
            if extra is None:
                raise _NoC
        alts = []
        if cs.has(0):
            comp = [b for b in range(1, 128) if not cs.has(b)] + list(range(128, 256))
            alts.append(_cclass(comp, True))
        else:
            mem = [b for b in range(1, 128) if cs.has(b)]
            if mem or hk == 0:
                alts.append(_cclass(mem, False))
        if hk == 0:
            return alts[0]
        if hk == 1:
            alts.append(_MULTI)
        for cp in extra:
            alts.append(chr(cp).encode())
        return b"(?:" + b"|".join(alts) + b")"


# --- Pattern and Match ---------------------------------------------------------------

_FALLBACK = object()
_HIGH = _ure.compile(b"[\x80-\xff]")  # finds a non-ASCII character
_last = [None, b"", True]  # the last str subject, its bytes, whether ASCII


class _Conv:
    """Byte offsets in a non-ASCII subject -> character offsets (cached
    forward, so walking a string's matches in order stays linear)."""

    def __init__(self, b):
        self.b = b
        self.lb = 0
        self.lc = 0

    def __call__(self, x):
        if x < 0:
            return -1
        if x < self.lb:
            self.lb = self.lc = 0
        if x > self.lb:
            self.lc += len(self.b[self.lb:x].decode())
            self.lb = x
        return self.lc


class _Out:
    """The text sub() builds, from bytes pieces: joined (and decoded) every
    256 pieces into blocks that merge as they grow, so few objects stay
    alive and the heap does not fragment into small live pieces."""

    def __init__(self, byt):
        self.byt = byt
        self.parts = []
        self.blocks = []
        self.sizes = []  # bytes in each block (len() of a str counts characters)

    def add(self, x):
        self.parts.append(x)
        if len(self.parts) >= 256:
            self.flush()

    def flush(self):
        t = b"".join(self.parts)
        self.parts = []
        n = len(t)
        if not self.byt:
            t = t.decode()
        blocks = self.blocks
        sizes = self.sizes
        while blocks and sizes[-1] <= 2 * n:
            t = blocks.pop() + t
            n += sizes.pop()
        blocks.append(t)
        sizes.append(n)

    def value(self):
        self.flush()
        return (b"" if self.byt else "").join(self.blocks)


class _Each:
    """The C engine's callback for Pattern._each (a bound method keeps the
    call cheap: MicroPython heap-allocates closures' calls with many
    captured variables)."""

    def __init__(self, pat, cp, visit):
        self.pat = pat
        self.k = cp[2] + 1
        self.gm = cp[1]
        self.visit = visit
        self.n = 0
        self.last = 0
        self.busy = False

    def cb(self, m):
        r = list(m.span(0))
        if self.k > 1:
            for g in range(1, self.k):
                r.extend(m.span(g))
            if self.gm is not None:
                r = self.pat._cregs(r, self.gm, 0)
        self.busy = True
        self.visit(r, -2)
        self.busy = False
        self.n += 1
        self.last = r[1]
        return b""


class _Sub:
    """sub() with a function, or a template the C engine cannot expand."""

    def __init__(self, ctx, fn, tpl, byt):
        self.ctx = ctx
        self.s = ctx[2]
        self.fn = fn
        self.tpl = tpl
        self.byt = byt
        self.out = _Out(byt)
        self.last = 0

    def visit(self, r, li):
        self.out.add(self.s[self.last:r[0]])
        m = Match(self.ctx, r, li)
        v = self.fn(m) if self.fn is not None else _expand(self.tpl, m)
        self.out.add(self.check(v))
        self.last = r[1]

    def check(self, v):
        if v is None:
            return b""  # as in CPython: a function returning None removes the match
        if self.byt:
            if not isinstance(v, (bytes, bytearray)):
                raise TypeError("expected a bytes-like object, %s found" % _typename(v))
            return v
        if not isinstance(v, str):
            raise TypeError("expected str instance, %s found" % _typename(v))
        return v.encode()


def _typename(x):
    return type(x).__name__


def _alias(cls, item):
    try:
        from typing import _class_getitem  # a generic alias printing as CPython's
    except ImportError:
        return cls
    return _class_getitem(cls, item)


class Pattern:
    def __init__(self, pattern, flags):
        byt = not isinstance(pattern, str)
        if byt:
            if flags & U:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            if flags & A and flags & L:
                raise ValueError("ASCII and LOCALE flags are incompatible")
        else:
            if flags & L:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & A and flags & U:
                raise ValueError("ASCII and UNICODE flags are incompatible")
        p = _Parser(pattern, flags)
        self._tree = p.parse()
        fl = p.flags
        if not byt and not fl & A:
            fl |= U
        self.pattern = pattern
        self.flags = fl
        self.groups = p.ng - 1
        self.groupindex = dict(p.names)
        self._names = dict([(v, k) for k, v in p.names.items()])
        self._parent = p.parent
        self._byt = byt
        self._nullable = _width(self._tree)[0] == 0
        self._cc = {}
        self._prog = None
        self._tpls = {}

    def __repr__(self):
        fl = self.flags
        if not self._byt and not fl & A:
            fl &= ~U
        names = [n for v, n in _FLAGNAMES if fl & v]
        if fl & U:
            names.append("UNICODE")
        pat = repr(self.pattern)
        if len(pat) > 200:
            pat = pat[:200]
        if names:
            return "re.compile(%s, %s)" % (pat, "|".join(["re." + n for n in names]))
        return "re.compile(%s)" % pat

    def __eq__(self, other):
        return (isinstance(other, Pattern) and self.pattern == other.pattern
                and self.flags == other.flags and self._byt == other._byt)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self  # immutable, as in CPython

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return _alias(cls, item)  # re.Pattern[str] in type hints

    # -- engines

    def _c(self, kind, full=False):
        # the C engine program for this kind of subject, or None
        if not _USE_C:
            return None
        key = kind + "F" if full else kind
        r = self._cc.get(key, _FALLBACK)
        if r is _FALLBACK:
            r = None
            em = _CEmit(self.groups, kind)
            try:
                f = em.emit(self._tree)[0]
                if full:
                    f = b"(?:" + f + b")$"
                if len(f) <= 4000:
                    ident = True
                    for g in range(1, self.groups + 1):
                        if em.gmap[g] != [g]:
                            ident = False
                    r = (_ure.compile(f), None if ident else em.gmap, em.n, em.bol, em.eol)
            except (_NoC, ValueError, RuntimeError, MemoryError):
                r = None
            self._cc[key] = r
        return r

    def _cok(self, cp, s, bp):
        if bp and cp[3]:
            return False  # ^ would match at the slice start
        if cp[4] and s[-1:] == b"\n":
            return False  # $ also matches before a final newline
        return True

    def _cregs(self, r, gmap, off):
        # re1.5 spans (flat list) -> spans of our groups
        if gmap is None:
            if off:
                return [x + off if x >= 0 else -1 for x in r]
            return r
        out = [-1] * (2 * self.groups + 2)
        for g in range(self.groups + 1):
            for k in reversed(gmap[g]):
                a = r[2 * k]
                if a >= 0:
                    out[2 * g] = a + off
                    out[2 * g + 1] = r[2 * k + 1] + off
                    break
        return out

    def _py(self):
        if self._prog is None:
            comp = _PyComp(self.groups, self._byt)
            prog = comp.comp(self._tree, _final, None)
            self._ns = comp.ns
            self._first = comp.firsttab(self._tree)
            self._pre = _prefix(self._tree, self._byt)[0] or None
            self._anch = _anchor(self._tree)
            self._prog = prog
        return self._prog

    def _pyrun(self, s, pos, mode, forbid, utf8):
        # mode 0 search, 1 match, 2 fullmatch -> (spans, lastindex) or None
        self._py()
        c = [-1] * self._ns
        c[0] = forbid
        li = 2 * self.groups + 4
        if mode:
            if mode == 2:
                c[1] = len(s)
            e = self._call(s, pos, c)
            if e < 0:
                return None
            c[2] = pos
            c[3] = e
        elif self._scan(s, pos, c, utf8) < 0:
            return None
        return c[2:li], c[li]

    def _call(self, s, i, c):
        try:
            return self._prog(s, i, c)
        except RuntimeError:
            raise RuntimeError("regular expression too complex for this input: maximum "
                               "recursion depth exceeded (a repeated group matched too many times)")

    def _scan(self, s, i, c, utf8):
        # the first match from i: its start (c[2], c[3] hold its span) or -1
        if self._anch == 1:
            e = self._call(s, i, c)
            if e < 0:
                return -1
            c[2] = i
            c[3] = e
            return i
        pre = self._pre
        ft = self._first
        line = self._anch == 2
        n = len(s)
        while i <= n:
            if line:
                # (?m)^ first: only line starts can match
                if i and s[i - 1] != 10:
                    i = s.find(b"\n", i) + 1
                    if i == 0:
                        return -1
                if ft is not None and (i >= n or not ft[s[i]]):
                    c[0] = -1
                    i += 1
                    continue
            elif pre is not None:
                i = s.find(pre, i)
                if i < 0:
                    return -1
            elif ft is not None:
                while i < n and not ft[s[i]]:
                    i += 1
                if i >= n:
                    return -1
            e = self._call(s, i, c)
            if e >= 0:
                c[2] = i
                c[3] = e
                return i
            c[0] = -1
            i += 1
            if utf8:
                while i < n and s[i] & 0xC0 == 0x80:
                    i += 1
        return -1

    def _run1(self, s, bp, mode, kind):
        cp = self._c(kind, mode == 2)
        if cp is not None and self._cok(cp, s, bp):
            try:
                sub = s[bp:] if bp else s
                m = cp[0].search(sub) if mode == 0 else cp[0].match(sub)
            except RuntimeError:
                m = _FALLBACK  # too deep for the C engine's recursion
            if m is None:
                return None
            if m is not _FALLBACK:
                r = []
                for k in range(cp[2] + 1):
                    a, b = m.span(k)
                    r.append(a)
                    r.append(b)
                return self._cregs(r, cp[1], bp), -2
        return self._pyrun(s, bp, mode, -1, kind == "U")

    def _allregs(self, s, bp, kind, limit):
        # every match from bp on (at most limit if > 0), as (spans, lastindex)
        cp = self._c(kind)
        if cp is not None and not self._nullable and self._cok(cp, s, bp):
            # one pass of the C engine records the spans, flat, in chunks
            # (no object per match, no huge list to reallocate)
            chunks = [[]]
            k = cp[2] + 1
            if k == 1:
                def cb(m):
                    c = chunks[-1]
                    c.extend(m.span(0))
                    if len(c) >= 4096:
                        chunks.append([])
                    return b""
            else:
                def cb(m):
                    c = chunks[-1]
                    for g in range(k):
                        c.extend(m.span(g))
                    if len(c) >= 4096:
                        chunks.append([])
                    return b""
            try:
                cp[0].sub(cb, s[bp:] if bp else s, limit)
                return self._unflat(chunks, 2 * k, cp[1], bp)
            except RuntimeError:
                pass  # too deep for the C engine's recursion
        return self._pyiter(s, bp, kind, limit)

    def _unflat(self, chunks, w, gmap, off):
        plain = gmap is None and not off
        for c in chunks:
            for j in range(0, len(c), w):
                r = c[j:j + w]
                yield (r if plain else self._cregs(r, gmap, off)), -2

    def _each(self, s, kind, limit, visit):
        # calls visit(spans, lastindex) for every match (at most limit if
        # > 0) and returns how many there were. The C engine calls back per
        # match; if it gives up half way (recursion), the Python matcher
        # goes on from the last match, so visit never sees a match twice.
        cp = self._c(kind)
        done = 0
        last = 0
        if cp is not None and not self._nullable and self._cok(cp, s, 0):
            ev = _Each(self, cp, visit)
            try:
                cp[0].sub(ev.cb, s, limit)
                return ev.n
            except RuntimeError:
                if ev.busy:
                    raise  # from the caller's code, not the C engine
            done = ev.n
            last = ev.last
            if limit and done >= limit:
                return done
        for r, li in self._pyiter(s, last, kind, limit - done if limit else 0):
            visit(r, li)
            done += 1
        return done

    def _pyiter(self, s, i, kind, limit):
        self._py()
        n = len(s)
        li = 2 * self.groups + 4
        c = [-1] * self._ns
        fresh = c[2:li + 1]
        k = 0
        utf8 = kind == "U"
        while i <= n:
            if self._scan(s, i, c, utf8) < 0:
                return
            yield c[2:li], c[li]
            a = c[2]
            i = c[3]
            c[2:li + 1] = fresh  # forget the groups for the next search
            c[0] = i if a == i else -1  # after an empty match, no empty match here
            k += 1
            if k == limit:
                return

    def _prep(self, string, pos, endpos):
        # -> subject bytes (cut at endpos), start byte offset, offset
        # converter, subject kind, pos, endpos, whether s is the whole subject
        if self._byt:
            if isinstance(string, bytes):
                s = string
            elif isinstance(string, bytearray):
                s = bytes(string)
            elif isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            else:
                raise TypeError("expected string or bytes-like object, got '%s'" % _typename(string))
            asc = None
        else:
            if not isinstance(string, str):
                if isinstance(string, (bytes, bytearray)):
                    raise TypeError("cannot use a string pattern on a bytes-like object")
                raise TypeError("expected string or bytes-like object, got '%s'" % _typename(string))
            if string is _last[0]:
                s = _last[1]
                asc = _last[2]
            else:
                s = string.encode()
                asc = len(s) == len(string)
                _last[0] = string
                _last[1] = s
                _last[2] = asc
        n = len(s) if asc is not False else len(string)
        pos = 0 if pos < 0 else n if pos > n else pos
        endpos = 0 if endpos < 0 else n if endpos > n else endpos
        if asc is False:
            bp = len(string[:pos].encode()) if pos else 0
            be = len(s) if endpos == n else len(string[:endpos].encode())
        else:
            bp = pos
            be = endpos
        whole = be == len(s)
        if not whole:
            s = s[:be]
        kind = "B" if asc is None else "A" if asc else "U"
        return s, bp, (_Conv(s) if asc is False else None), kind, pos, endpos, whole

    def _direct(self, string, full):
        # the C program that can run on the subject object itself (from its
        # start to its end, no copy, positions straight from the engine)
        if self._byt:
            if not isinstance(string, bytes):
                return None
            cp = self._c("B", full)
            nl = b"\n"
        else:
            if not isinstance(string, str):
                return None
            cp = self._c("A" if _HIGH.search(string) is None else "U", full)
            nl = "\n"
        if cp is None or (cp[4] and string.endswith(nl)):
            return None
        return cp

    def _exec(self, string, pos, endpos, mode):
        if not pos and endpos == _MAXPOS:
            cp = self._direct(string, mode == 2)
            if cp is not None:
                try:
                    m = cp[0].search(string) if mode == 0 else cp[0].match(string)
                except RuntimeError:
                    m = _FALLBACK  # too deep for the C engine's recursion
                if m is not _FALLBACK:
                    if m is None:
                        return None
                    if cp[1] is None:
                        return Match((self, string, None, 0, None, None), None, -2, m)
                    r = []
                    for k in range(cp[2] + 1):
                        r.extend(m.span(k))
                    return Match((self, string, None, 0, None, None),
                                 self._cregs(r, cp[1], 0), -2, m)
        s, bp, cv, kind, pos, endpos, whole = self._prep(string, pos, endpos)
        if endpos < pos:
            return None
        r = self._run1(s, bp, mode, kind)
        if r is None:
            return None
        return Match((self, string, s, pos, endpos, cv), r[0], r[1])

    # -- the public methods

    def search(self, string, pos=0, endpos=_MAXPOS):
        return self._exec(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXPOS):
        return self._exec(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXPOS):
        return self._exec(string, pos, endpos, 2)

    def finditer(self, string, pos=0, endpos=_MAXPOS):
        s, bp, cv, kind, pos, endpos, whole = self._prep(string, pos, endpos)
        if endpos < pos:
            return iter(())
        ctx = (self, string, s, pos, endpos, cv)
        return (Match(ctx, r, li) for r, li in self._allregs(s, bp, kind, 0))

    def findall(self, string, pos=0, endpos=_MAXPOS):
        G = self.groups
        byt = self._byt
        empty = b"" if byt else ""
        cp = None
        if not pos and endpos == _MAXPOS and not self._nullable:
            cp = self._direct(string, False)
        if cp is not None:
            # one pass of the C engine over the subject itself: groups come
            # back as str without any offset conversion
            out = []
            gm = cp[1]
            if G == 0:
                def cb(m):
                    out.append(m.group(0))
                    return empty
            elif G == 1 and gm is None:
                def cb(m):
                    out.append(m.group(1) or empty)
                    return empty
            elif G == 1:
                def cb(m):
                    out.append(_cgroup(m, gm, 1, empty))
                    return empty
            else:
                def cb(m):
                    out.append(tuple([_cgroup(m, gm, g, empty) for g in range(1, G + 1)]))
                    return empty
            try:
                cp[0].sub(cb, string)
                return out
            except RuntimeError:
                pass
        s, bp, cv, kind, pos, endpos, whole = self._prep(string, pos, endpos)
        if endpos < pos:
            return []
        res = []
        for r, li in self._allregs(s, bp, kind, 0):
            if G == 0:
                t = s[r[0]:r[1]]
                res.append(t if byt else t.decode())
            else:
                vals = []
                for g in range(1, G + 1):
                    a = r[2 * g]
                    if a < 0:
                        vals.append(empty)
                    else:
                        t = s[a:r[2 * g + 1]]
                        vals.append(t if byt else t.decode())
                res.append(vals[0] if G == 1 else tuple(vals))
        return res

    def split(self, string, maxsplit=0):
        s, bp, cv, kind, pos, endpos, whole = self._prep(string, 0, _MAXPOS)
        if maxsplit < 0:
            return [string if not self._byt else s]
        byt = self._byt
        out = []
        last = 0
        for r, li in self._allregs(s, 0, kind, maxsplit):
            t = s[last:r[0]]
            out.append(t if byt else t.decode())
            for g in range(1, self.groups + 1):
                a = r[2 * g]
                if a < 0:
                    out.append(None)
                else:
                    t = s[a:r[2 * g + 1]]
                    out.append(t if byt else t.decode())
            last = r[1]
        t = s[last:]
        out.append(t if byt else t.decode())
        return out

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count, False)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count, True)

    def _subx(self, repl, string, count, want_n):
        byt = self._byt
        empty = b"" if byt else ""
        fn = repl if callable(repl) else None
        tpl = None if fn is not None else self._template(repl)
        cp = None
        if fn is None and not self._nullable and count >= 0:
            cp = self._direct(string, False)
        if cp is not None and string.find(b"\0" if byt else "\0") < 0 and not _hasnul(tpl):
            # the C engine's sub reads the replacement as a C string (up to a
            # NUL) and as a template: backslashes are doubled
            n = [0]
            subject = string
            bs = b"\\" if byt else "\\"
            bs2 = bs + bs
            if not isinstance(tpl, list):
                if not want_n:
                    arg = tpl  # no backslash in it: the C engine copies it as is
                else:
                    def arg(m):
                        n[0] += 1
                        return tpl
            elif not want_n and cp[1] is None:
                # the same template in the C engine's syntax: \g<n>, \\
                parts = []
                for it in tpl:
                    if isinstance(it, int):
                        parts.append(("\\g<%d>" % it).encode() if byt else "\\g<%d>" % it)
                    else:
                        parts.append(it.replace(bs, bs2))
                arg = empty.join(parts)
            else:
                gm = cp[1]
                esc = string.find(bs) >= 0  # can a group hold a backslash
                # literal chunks and groups alternate: head, (group, chunk)...
                head = empty
                pairs = []
                for it in tpl:
                    if isinstance(it, int):
                        pairs.append([it, empty])
                    elif pairs:
                        pairs[-1][1] = it.replace(bs, bs2)
                    else:
                        head = it.replace(bs, bs2)

                def arg(m):
                    n[0] += 1
                    parts = [head]
                    for g, lit in pairs:
                        v = m.group(g) if gm is None else _cgroup(m, gm, g, None)
                        if v:
                            parts.append(v.replace(bs, bs2) if esc else v)
                        parts.append(lit)
                    return empty.join(parts)

            try:
                return cp[0].sub(arg, subject, count), n[0]
            except RuntimeError:
                pass
        s, bp, cv, kind, pos, endpos, whole = self._prep(string, 0, _MAXPOS)
        if count < 0:
            return string, 0
        sb = _Sub((self, string, s, 0, endpos, cv), fn, tpl, byt)
        n = self._each(s, kind, count, sb.visit)
        if not n:
            return string, 0
        sb.out.add(s[sb.last:])
        return sb.out.value(), n

    def _template(self, repl):
        t = self._tpls.get(repl)
        if t is None:
            t = _parse_template(self, repl)
            if len(self._tpls) < 64:
                self._tpls[repl] = t
        return t


def _hasnul(tpl):
    for it in (tpl if isinstance(tpl, list) else (tpl,)):
        if not isinstance(it, int) and it.find("\0" if isinstance(it, str) else b"\0") >= 0:
            return True
    return False


def _cgroup(m, gm, g, default):
    # group g of a C-engine match, through the group map
    if gm is None:
        v = m.group(g)
    else:
        v = None
        for k in reversed(gm[g]):
            v = m.group(k)
            if v is not None:
                break
    return default if v is None else v


def _parse_template(pat, repl):
    # -> repl itself when it has no backslash, else a list of literal
    # chunks and group numbers
    byt = pat._byt
    if byt:
        if not isinstance(repl, (bytes, bytearray)):
            raise TypeError("expected a bytes-like object, %s found" % _typename(repl))
        chars = [chr(b) for b in repl]
    else:
        if not isinstance(repl, str):
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % _typename(repl))
        chars = list(repl)
    if "\\" not in chars:
        return repl
    items = []
    lit = []
    n = len(chars)
    i = 0

    def flush():
        if lit:
            t = "".join(lit)
            items.append(bytes([ord(x) for x in t]) if byt else t)
            del lit[:]

    while i < n:
        ch = chars[i]
        i += 1
        if ch != "\\":
            lit.append(ch)
            continue
        if i >= n:
            raise error("bad escape (end of pattern)", repl, i - 1)
        ch = chars[i]
        i += 1
        if ch == "g":
            if i >= n or chars[i] != "<":
                raise error("missing <", repl, i)
            j = i + 1
            while j < n and chars[j] != ">":
                j += 1
            name = "".join(chars[i + 1:j])
            if not name:
                raise error("missing group name", repl, i + 1)
            if j >= n:
                raise error("missing >, unterminated name", repl, i + 1)
            if name.isdigit():
                g = int(name)
                if g > pat.groups:
                    raise error("invalid group reference %d" % g, repl, i + 1)
            elif _isident(name):
                g = pat.groupindex.get(name)
                if g is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                raise error("bad character in group name %r" % name, repl, i + 1)
            flush()
            items.append(g)
            i = j + 1
        elif ch == "0":
            d = "0"
            while len(d) < 3 and i < n and chars[i] in _OCT:
                d += chars[i]
                i += 1
            lit.append(chr(int(d, 8)))
        elif ch in _DIG:
            start = i - 1
            d = ch
            if i < n and chars[i] in _DIG:
                if (ch in _OCT and chars[i] in _OCT and i + 1 < n and chars[i + 1] in _OCT):
                    d = ch + chars[i] + chars[i + 1]
                    v = int(d, 8)
                    if v > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" % d,
                                    repl, start - 1)
                    lit.append(chr(v))
                    i += 2
                    continue
                d += chars[i]
                i += 1
            g = int(d)
            if g > pat.groups:
                raise error("invalid group reference %d" % g, repl, start)
            flush()
            items.append(g)
        elif ch in _ESC:
            lit.append(chr(_ESC[ch]))
        elif _isletter(ch):
            raise error("bad escape \\%s" % ch, repl, i - 2)
        else:
            lit.append("\\")
            lit.append(ch)
    flush()
    return items


def _expand(tpl, m):
    if not isinstance(tpl, list):
        return tpl
    parts = []
    for it in tpl:
        if isinstance(it, int):
            v = m._get(it)
            if v is not None:
                parts.append(v)
        else:
            parts.append(it)
    return (b"" if m.re._byt else "").join(parts)


class Match:
    # ctx: (pattern, subject, its bytes, pos, endpos, offset converter),
    # shared by the matches of one call. Either _m, a match of the C engine
    # on the subject itself (groups and spans come from it), or _r, spans
    # (bytes offsets into ctx[2], or character offsets when that is None).
    def __init__(self, ctx, regs, li, m=None):
        self._x = ctx
        self.re = ctx[0]
        self._r = regs
        self._li = li
        self._m = m

    @property
    def string(self):
        return self._x[1]

    @property
    def pos(self):
        return self._x[3]

    @property
    def endpos(self):
        e = self._x[4]
        return len(self._x[1]) if e is None else e  # (None: the subject's end)

    def _idx(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            k = self.re.groupindex.get(g)
            if k is not None:
                return k
        raise IndexError("no such group")

    def _get(self, g, default=None):
        r = self._r
        if r is None:
            v = self._m.group(g)
            return default if v is None else v
        a = r[2 * g]
        if a < 0:
            return default
        b = self._x[2]
        if b is None:
            return self._x[1][a:r[2 * g + 1]]
        t = b[a:r[2 * g + 1]]
        return t if self.re._byt else t.decode()

    def _span(self, g):
        r = self._r
        if r is None:
            return self._m.span(g)
        a = r[2 * g]
        e = r[2 * g + 1]
        cv = self._x[5]
        if cv is not None and a >= 0:
            return cv(a), cv(e)
        return a, e

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._idx(args[0]))
        return tuple([self._get(self._idx(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._idx(g))

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for name, g in self.re.groupindex.items():
            d[name] = self._get(g, default)
        return d

    def start(self, group=0):
        return self._span(self._idx(group))[0]

    def end(self, group=0):
        return self._span(self._idx(group))[1]

    def span(self, group=0):
        return self._span(self._idx(group))

    def expand(self, template):
        return _expand(self.re._template(template), self)

    @property
    def regs(self):
        return tuple([self._span(g) for g in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        li = self._li
        if li == -2:
            # from the C engine: the group that closed last, i.e. the one
            # ending last, an enclosing group before the groups inside it
            li = -1
            be = -1
            for g in range(1, self.re.groups + 1):
                a, e = self._span(g)
                if a >= 0:
                    if e > be or (e == be and not self._encloses(li, g)):
                        li = g
                        be = e
            self._li = li
        return None if li < 0 else li

    def _encloses(self, a, g):
        parent = self.re._parent
        g = parent[g]
        while g:
            if g == a:
                return True
            g = parent[g]
        return False

    @property
    def lastgroup(self):
        li = self.lastindex
        return None if li is None else self.re._names.get(li)

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return _alias(cls, item)

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


# --- module functions -------------------------------------------------------------------

_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if not isinstance(pattern, (str, bytes)):
            raise TypeError("first argument must be string or compiled pattern")
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def purge():
    _cache.clear()


class RegexFlag:
    """The flag constants (CPython's is an enum.IntFlag; these are ints)."""

    NOFLAG = NOFLAG
    TEMPLATE = T = TEMPLATE
    IGNORECASE = I = IGNORECASE
    LOCALE = L = LOCALE
    MULTILINE = M = MULTILINE
    DOTALL = S = DOTALL
    UNICODE = U = UNICODE
    VERBOSE = X = VERBOSE
    DEBUG = DEBUG
    ASCII = A = ASCII


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    if isinstance(pattern, str):
        return "".join(["\\" + ch if ch in _SPECIAL else ch for ch in pattern])
    out = bytearray()
    for b in pattern:
        if b < 128 and chr(b) in _SPECIAL:
            out.append(92)
        out.append(b)
    return bytes(out)
