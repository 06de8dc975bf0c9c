"""codecs.encode / codecs.decode for the codecs agents use, following
CPython: the text encodings 'utf-8' (and 'utf-8-sig'), 'ascii', 'latin-1'
and 'cp1252', with the error handlers 'strict', 'ignore', 'replace',
'backslashreplace' and 'xmlcharrefreplace' (encoding only); 'unicode_escape';
and the str-to-str and bytes-to-bytes codecs 'rot13', 'hex' and 'base64'.
Also lookup() (name, encode, decode), getencoder(), getdecoder() and the
BOM constants. Encoding names are matched as CPython does ('UTF8',
'latin1', 'iso-8859-1', 'rot_13', ...).

str.encode and bytes.decode know utf-8, ascii and latin-1 themselves
(patch 0058); this module adds the rest and CPython's codecs API. Errors
are the built-in UnicodeEncodeError and UnicodeDecodeError.
"""

import binascii

__all__ = ["encode", "decode", "lookup", "getencoder", "getdecoder",
           "CodecInfo", "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8", "BOM_UTF16",
           "BOM_UTF16_BE", "BOM_UTF16_LE", "BOM_UTF32", "BOM_UTF32_BE",
           "BOM_UTF32_LE"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


# What bytes 0x80-0x9F mean in Windows-1252; the five undefined ones stand
# for themselves here and are listed in _CP1252_UNDEFINED.
_CP1252_HIGH = ("\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
                "\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c"
                "\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153"
                "\x9d\u017e\u0178")
_CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def _norm(encoding):
    e = str(encoding).lower().replace("-", "_").replace(" ", "_")
    return _ALIASES.get(e, e)


_ALIASES = {
    "utf8": "utf_8", "u8": "utf_8", "utf": "utf_8", "cp65001": "utf_8",
    "utf8_sig": "utf_8_sig",
    "us_ascii": "ascii", "646": "ascii", "us": "ascii", "ansi_x3.4_1968": "ascii",
    "latin1": "latin_1", "latin": "latin_1", "l1": "latin_1",
    "iso8859_1": "latin_1", "iso_8859_1": "latin_1", "8859": "latin_1",
    "cp819": "latin_1", "iso_ir_100": "latin_1",
    "windows_1252": "cp1252",
    "rot_13": "rot_13", "rot13": "rot_13",
    "hex_codec": "hex", "hex": "hex",
    "base64_codec": "base64", "base_64": "base64", "base64": "base64",
    "unicodeescape": "unicode_escape",
}

# The names lookup() reports, as CPython's CodecInfo.name.
_NAMES = {"utf_8": "utf-8", "utf_8_sig": "utf-8-sig", "ascii": "ascii",
          "latin_1": "iso8859-1", "cp1252": "cp1252", "rot_13": "rot-13",
          "hex": "hex", "base64": "base64",
          "unicode_escape": "unicode-escape"}


def _char_escape(c):
    o = ord(c)
    if o < 0x100:
        return "\\x%02x" % o
    if o < 0x10000:
        return "\\u%04x" % o
    return "\\U%08x" % o


def _encode_error(codec, s, start, end, limit, errors):
    """What replaces s[start:end] (characters the codec cannot encode)."""
    if errors == "strict":
        if end - start == 1:
            where = "character '%s' in position %d" % (
                _char_escape(s[start]), start)
        else:
            where = "characters in position %d-%d" % (start, end - 1)
        raise UnicodeEncodeError("'%s' codec can't encode %s: %s" % (
            codec, where, limit))
    bad = s[start:end]
    if errors == "ignore":
        return b""
    if errors == "replace":
        return b"?" * len(bad)
    if errors == "backslashreplace":
        return "".join(_char_escape(c) for c in bad).encode()
    if errors == "xmlcharrefreplace":
        return "".join("&#%d;" % ord(c) for c in bad).encode()
    raise LookupError("unknown error handler name '%s'" % errors)


def _encode_table(s, errors, codec, limit, encodable):
    # Encode s, a character at a time, with encodable(c) giving the byte
    # value of c or None.
    out = bytearray()
    i, n = 0, len(s)
    while i < n:
        v = encodable(s[i])
        if v is not None:
            out.append(v)
            i += 1
            continue
        j = i + 1
        while j < n and encodable(s[j]) is None:
            j += 1
        out += _encode_error(codec, s, i, j, limit, errors)
        i = j
    return bytes(out)


def _ascii_byte(c):
    o = ord(c)
    return o if o < 128 else None


def _latin1_byte(c):
    o = ord(c)
    return o if o < 256 else None


_CP1252_ENCODE = {}
for _i in range(32):
    if 0x80 + _i not in _CP1252_UNDEFINED:
        _CP1252_ENCODE[_CP1252_HIGH[_i]] = 0x80 + _i


def _cp1252_byte(c):
    o = ord(c)
    if o < 0x80 or 0xA0 <= o < 0x100:
        return o
    return _CP1252_ENCODE.get(c)


def _decode_error(codec, data, start, end, reason, errors):
    """What replaces data[start:end] (bytes the codec cannot decode)."""
    if errors == "strict":
        if end - start == 1:
            where = "byte 0x%02x in position %d" % (data[start], start)
        else:
            where = "bytes in position %d-%d" % (start, end - 1)
        raise UnicodeDecodeError("'%s' codec can't decode %s: %s" % (
            codec, where, reason))
    if errors == "ignore":
        return ""
    if errors == "replace":
        return "\ufffd"
    if errors == "backslashreplace":
        return "".join("\\x%02x" % b for b in data[start:end])
    raise LookupError("unknown error handler name '%s'" % errors)


def _decode_table(data, errors, codec, limit, table):
    # table(b): the character for byte b, or None.
    out = []
    for i in range(len(data)):
        c = table(data[i])
        if c is None:
            c = _decode_error(codec, data, i, i + 1, limit, errors)
        out.append(c)
    return "".join(out)


def _cp1252_char(b):
    if 0x80 <= b < 0xA0:
        if b in _CP1252_UNDEFINED:
            return None
        return _CP1252_HIGH[b - 0x80]
    return chr(b)


# Bytes after which this interpreter's own decoder may accept what UTF-8
# forbids (overlong forms, surrogates, code points beyond U+10FFFF).
_SUSPECT = [bytes([b]) for b in (0xC0, 0xC1, 0xE0, 0xED, 0xF0, 0xF4, 0xF5,
                                 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC,
                                 0xFD, 0xFE, 0xFF)]


def _utf8_decode(data, errors):
    data = bytes(data)
    try:
        s = data.decode()
        ok = True
    except UnicodeError:
        ok = False
    if ok:
        for b in _SUSPECT:
            if b in data:
                break
        else:
            return s
    # Byte by byte, with CPython's rules for what one error covers: an
    # invalid start byte, or the longest valid beginning of a sequence.
    out = []
    i, n = 0, len(data)
    start = 0  # beginning of the current run of plain bytes
    while i < n:
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        if 0xC2 <= b <= 0xDF:
            need, lo, hi = 1, 0x80, 0xBF
        elif 0xE0 <= b <= 0xEF:
            need = 2
            lo, hi = (0xA0 if b == 0xE0 else 0x80), (0x9F if b == 0xED
                                                     else 0xBF)
        elif 0xF0 <= b <= 0xF4:
            need = 3
            lo, hi = (0x90 if b == 0xF0 else 0x80), (0x8F if b == 0xF4
                                                     else 0xBF)
        else:
            out.append(data[start:i].decode())
            out.append(_decode_error("utf-8", data, i, i + 1,
                                     "invalid start byte", errors))
            i += 1
            start = i
            continue
        j = i + 1
        reason = None
        for k in range(need):
            if j >= n:
                reason = "unexpected end of data"
                break
            c = data[j]
            if not (lo <= c <= hi if k == 0 else 0x80 <= c <= 0xBF):
                reason = "invalid continuation byte"
                break
            j += 1
        if reason is None:
            i = j
            continue
        out.append(data[start:i].decode())
        out.append(_decode_error("utf-8", data, i, j, reason, errors))
        i = j
        start = i
    out.append(data[start:].decode())
    return "".join(out)


_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "a": "\x07", "b": "\x08",
            "f": "\x0c", "n": "\n", "r": "\r", "t": "\t", "v": "\x0b",
            "\n": ""}


def _unicode_escape_decode(data, errors):
    # Bytes stand for the Latin-1 characters, except for backslash escapes.
    if isinstance(data, str):
        data = data.encode()
    data = bytes(data)
    out = []
    i, n = 0, len(data)
    while i < n:
        j = data.find(b"\\", i)
        if j < 0:
            j = n
        out.append("".join(chr(b) for b in data[i:j]))
        if j >= n:
            break
        if j + 1 >= n:
            out.append(_decode_error("unicodeescape", data, j, n,
                                     "\\ at end of string", errors))
            break
        c = chr(data[j + 1])
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
            i = j + 2
        elif "0" <= c <= "7":
            k = j + 1
            while k < n and k < j + 4 and 48 <= data[k] <= 55:
                k += 1
            out.append(chr(int(data[j + 1:k], 8)))
            i = k
        elif c in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[c]
            digits = data[j + 2:j + 2 + width]
            good = len(digits) == width and all(
                chr(d) in "0123456789abcdefABCDEF" for d in digits)
            if good and int(digits, 16) <= 0x10FFFF:
                out.append(chr(int(digits, 16)))
                i = j + 2 + width
            else:
                k = j + 2
                while k < n and k < j + 2 + width and \
                        chr(data[k]) in "0123456789abcdefABCDEF":
                    k += 1
                if good:
                    reason = "illegal Unicode character"
                else:
                    reason = "truncated \\%sXX%s escape" % (
                        c, "XX" * (width // 2 - 1))
                out.append(_decode_error("unicodeescape", data, j,
                                         k if not good else j + 2 + width,
                                         reason, errors))
                i = k if not good else j + 2 + width
        else:
            out.append("\\" + c)  # unknown escapes stay as they are
            i = j + 2
    return "".join(out)


def _unicode_escape_encode(s, errors):
    out = []
    for c in s:
        o = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif 32 <= o < 127:
            out.append(c)
        else:
            out.append(_char_escape(c))
    return "".join(out).encode()


_ROT13 = None


def _rot13(s):
    global _ROT13
    if _ROT13 is None:
        lo = "abcdefghijklmnopqrstuvwxyz"
        up = lo.upper()
        _ROT13 = str.maketrans(lo + up, lo[13:] + lo[:13] + up[13:] + up[:13])
    return s.translate(_ROT13)


def _hex_decode(data):
    if isinstance(data, str):
        data = data.encode()
    if len(data) % 2:
        raise _BinasciiError("Odd-length string")
    try:
        return binascii.unhexlify(data)
    except ValueError:
        raise _BinasciiError("Non-hexadecimal digit found") from None


def _base64_encode(data):
    # Lines of 76 characters (57 bytes), each ending in a newline.
    data = bytes(data)
    return b"".join(binascii.b2a_base64(data[i:i + 57])
                    for i in range(0, len(data), 57))


def _base64_decode(data):
    try:
        return binascii.a2b_base64(data)
    except ValueError:
        raise _BinasciiError("Incorrect padding") from None


def _need_str(obj, fn):
    if not isinstance(obj, str):
        raise TypeError("%s() argument 1 must be str, not %s"
                        % (fn, type(obj).__name__))


_BYTES_LIKE = (bytes, bytearray)
try:
    _BYTES_LIKE += (memoryview,)
except NameError:  # not in this interpreter
    pass


def _make_error():
    class Error(ValueError):
        # binascii.Error, which this interpreter's binascii lacks.
        pass
    return Error


_BinasciiError = getattr(binascii, "Error", None) or _make_error()


def _need_bytes(obj):
    if not isinstance(obj, _BYTES_LIKE):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(obj).__name__)


def _do_encode(codec, obj, errors):
    if codec == "utf_8" or codec == "utf_8_sig":
        _need_str(obj, "utf_8_encode")
        if errors not in ("strict", "ignore", "replace", "backslashreplace",
                          "xmlcharrefreplace", "surrogateescape",
                          "surrogatepass"):
            raise LookupError("unknown error handler name '%s'" % errors)
        return (BOM_UTF8 if codec == "utf_8_sig" else b"") + obj.encode()
    if codec == "ascii":
        _need_str(obj, "ascii_encode")
        return _encode_table(obj, errors, "ascii", "ordinal not in range(128)",
                             _ascii_byte)
    if codec == "latin_1":
        _need_str(obj, "latin_1_encode")
        return _encode_table(obj, errors, "latin-1",
                             "ordinal not in range(256)", _latin1_byte)
    if codec == "cp1252":
        _need_str(obj, "charmap_encode")
        return _encode_table(obj, errors, "charmap",
                             "character maps to <undefined>", _cp1252_byte)
    if codec == "unicode_escape":
        _need_str(obj, "unicode_escape_encode")
        return _unicode_escape_encode(obj, errors)
    if codec == "rot_13":
        if not isinstance(obj, str):
            raise TypeError("descriptor 'translate' for 'str' objects doesn't "
                            "apply to a '%s' object" % type(obj).__name__)
        return _rot13(obj)
    if codec == "hex":
        _need_bytes(obj)
        return binascii.hexlify(obj)
    if codec == "base64":
        _need_bytes(obj)
        return _base64_encode(obj)
    raise LookupError("unknown encoding: %s" % codec)


def _do_decode(codec, obj, errors):
    if codec == "utf_8" or codec == "utf_8_sig":
        _need_bytes(obj)
        s = _utf8_decode(obj, errors)
        if codec == "utf_8_sig" and s[:1] == "\ufeff":
            s = s[1:]
        return s
    if codec == "ascii":
        _need_bytes(obj)
        return _decode_table(bytes(obj), errors, "ascii",
                             "ordinal not in range(128)",
                             lambda b: chr(b) if b < 128 else None)
    if codec == "latin_1":
        _need_bytes(obj)
        return "".join(chr(b) for b in bytes(obj))
    if codec == "cp1252":
        _need_bytes(obj)
        return _decode_table(bytes(obj), errors, "charmap",
                             "character maps to <undefined>", _cp1252_char)
    if codec == "unicode_escape":
        if not isinstance(obj, str):
            _need_bytes(obj)
        return _unicode_escape_decode(obj, errors)
    if codec == "rot_13":
        if not isinstance(obj, str):
            raise TypeError("descriptor 'translate' for 'str' objects doesn't "
                            "apply to a '%s' object" % type(obj).__name__)
        return _rot13(obj)
    if codec == "hex":
        if not isinstance(obj, str):
            _need_bytes(obj)
        return _hex_decode(obj)
    if codec == "base64":
        if isinstance(obj, str):
            raise TypeError("expected bytes-like object, not str")
        _need_bytes(obj)
        return _base64_decode(obj)
    raise LookupError("unknown encoding: %s" % codec)


def _run(action, fn, obj, encoding, errors):
    codec = _norm(encoding)
    if codec not in _NAMES:
        raise LookupError("unknown encoding: %s" % encoding)
    try:
        return fn(codec, obj, errors)
    except (TypeError, ValueError, LookupError) as e:
        if isinstance(e, UnicodeError):
            raise
        # CPython names the codec in the message, keeping the type.
        raise type(e)("%s with '%s' codec failed (%s: %s)" % (
            action, encoding, type(e).__name__, e)) from None


def encode(obj, encoding="utf-8", errors="strict"):
    """obj encoded with the codec named encoding."""
    return _run("encoding", _do_encode, obj, encoding, errors)


def decode(obj, encoding="utf-8", errors="strict"):
    """obj decoded with the codec named encoding."""
    return _run("decoding", _do_decode, obj, encoding, errors)


class CodecInfo:
    """What lookup() returns: name, encode and decode (the functions return
    (output, length consumed)). CPython's is also a tuple; this one is not."""

    def __init__(self, encode, decode, name):
        self.name = name
        self.encode = encode
        self.decode = decode

    def __repr__(self):
        return "<codecs.CodecInfo object for encoding %s>" % self.name


def lookup(encoding):
    codec = _norm(encoding)
    if codec not in _NAMES:
        raise LookupError("unknown encoding: %s" % encoding)

    def enc(obj, errors="strict"):
        return _do_encode(codec, obj, errors), len(obj)

    def dec(obj, errors="strict"):
        return _do_decode(codec, obj, errors), len(obj)

    return CodecInfo(enc, dec, _NAMES[codec])


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode
