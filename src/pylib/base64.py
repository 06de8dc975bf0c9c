"""Base16, Base32 and Base64 encodings, as in CPython's base64 module.

Base64 runs in C (MicroPython's binascii); Base32 and Base16 are done here.
Decoders take bytes, bytearray or an ASCII str; errors are binascii.Error
(a ValueError), which MicroPython's binascii lacks, so it is defined here
when missing.
"""

import binascii

try:
    Error = binascii.Error
except AttributeError:

    class Error(ValueError):
        """binascii.Error: invalid encoded data."""


__all__ = [
    "encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
    "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
    "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode",
]


def _input_bytes(s):
    # What a decoder accepts: bytes-like, or a str of ASCII characters.
    if isinstance(s, str):
        b = s.encode()
        if len(b) != len(s):
            raise ValueError("string argument should contain only ASCII characters")
        return b
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % type(s).__name__)


def _data_bytes(s):
    # What an encoder accepts: bytes-like only.
    if isinstance(s, (bytes, bytearray)):
        return s
    raise TypeError("a bytes-like object is required, not %r" % type(s).__name__)


def _swap(s, frm, to):
    # s with the two characters of frm replaced by those of to (a
    # translation; a placeholder byte keeps a swap from colliding).
    if frm == to:
        return s
    s = s.replace(frm[0:1], b"\x00")
    s = s.replace(frm[1:2], to[1:2])
    return s.replace(b"\x00", to[0:1])


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(_data_bytes(s), newline=False)
    if altchars is not None:
        altchars = _data_bytes(altchars)
        if len(altchars) != 2:
            raise ValueError("altchars must be of length 2")
        encoded = _swap(encoded, b"+/", bytes(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _input_bytes(s)
    if altchars is not None:
        altchars = _input_bytes(altchars)
        if len(altchars) != 2:
            raise ValueError("altchars must be of length 2")
        s = _swap(s, altchars, b"+/")
    if validate:
        body = s.rstrip(b"=")
        if len(s) - len(body) > 2 or (body and not body.replace(b"+", b"a").replace(b"/", b"a").isalnum()):
            raise Error("Non-base64 digit found")
    try:
        return binascii.a2b_base64(s)
    except ValueError as e:
        raise Error(str(e).capitalize())


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b"-_")


def urlsafe_b64decode(s):
    return b64decode(s, b"-_")


# --- Base32 --------------------------------------------------------------------

_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# Characters produced for the last 1..4 bytes of input, and '=' to pad to 8.
_B32_TAIL = {1: 2, 2: 4, 3: 5, 4: 7}


def _b32encode(alphabet, s):
    s = _data_bytes(s)
    out = bytearray()
    n = len(s)
    full = n - n % 5
    for i in range(0, full, 5):
        v = int.from_bytes(s[i:i + 5], "big")
        for shift in (35, 30, 25, 20, 15, 10, 5, 0):
            out.append(alphabet[(v >> shift) & 31])
    rest = n - full
    if rest:
        v = int.from_bytes(bytes(s[full:]) + bytes(5 - rest), "big")
        chars = _B32_TAIL[rest]
        for shift in (35, 30, 25, 20, 15, 10, 5, 0)[:chars]:
            out.append(alphabet[(v >> shift) & 31])
        out.extend(b"=" * (8 - chars))
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _input_bytes(s)
    if len(s) % 8:
        raise Error("Incorrect padding")
    if map01 is not None:
        map01 = _input_bytes(map01)
        s = s.replace(b"0", b"O").replace(b"1", map01)
    if casefold:
        s = s.upper()
    body = s.rstrip(b"=")
    pad = len(s) - len(body)
    if pad not in (0, 1, 3, 4, 6):
        raise Error("Incorrect padding")
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(body), 8):
        group = body[i:i + 8]
        v = 0
        for c in group:
            d = values.get(c)
            if d is None:
                raise Error("Non-base32 digit found")
            v = (v << 5) | d
        v <<= 5 * (8 - len(group))
        out.extend(v.to_bytes(5, "big"))
    if pad:
        # the bytes the padding stands for were never there
        return bytes(out[:len(out) - {1: 1, 3: 2, 4: 3, 6: 4}[pad]])
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


# --- Base16 --------------------------------------------------------------------


def b16encode(s):
    return binascii.hexlify(_data_bytes(s)).upper()


def b16decode(s, casefold=False):
    s = _input_bytes(s)
    if casefold:
        s = s.upper()
    # digits and A-F only: isalnum() rules out the rest of ASCII, max() the
    # letters after F (and all lower case)
    if s and (not s.isalnum() or max(s) > 70):
        raise Error("Non-base16 digit found")
    try:
        return binascii.unhexlify(s)
    except ValueError:
        raise Error("Odd-length string")


# --- MIME (lines of 76 characters) -------------------------------------------

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    s = _data_bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    try:
        return binascii.a2b_base64(_data_bytes(s))
    except ValueError as e:
        raise Error(str(e).capitalize())


def encode(input, output):
    """Encode the binary file input to the file output, in MIME lines."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode the Base64 lines of the file input to the file output."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(decodebytes(line))
