"""Compression compatible with zlib, as in CPython's zlib module.

Built on MicroPython's deflate module (zlib, raw and gzip streams in C).
The output is valid zlib/deflate/gzip data that CPython and other tools
decompress, but not byte for byte what CPython's zlib makes: the level is
not used (MicroPython has one compression setting). compressobj() returns
its output when flushed with Z_FINISH; the other flush modes return what is
ready. crc32 is binascii's, in C.
"""

import binascii
import deflate
import io

__all__ = [
    "adler32", "compress", "compressobj", "crc32", "decompress", "decompressobj", "error",
]

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"

Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1

Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4

Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


class error(Exception):
    pass


def _buffer(data, what="a bytes-like object"):
    if isinstance(data, (bytes, bytearray)):
        return data
    raise TypeError("%s is required, not '%s'" % (what, type(data).__name__))


def _format(wbits, compressing):
    # The stream format and window size a wbits value stands for:
    # 9..15 zlib, -9..-15 raw deflate, 25..31 gzip; decompressing also takes
    # 0 (window from the zlib header) and 40..47 (zlib or gzip, detected).
    low = 9 if compressing else 8
    if low <= wbits <= 15:
        return deflate.ZLIB, wbits
    if -15 <= wbits <= -low:
        return deflate.RAW, -wbits
    if low + 16 <= wbits <= 31:
        return deflate.GZIP, wbits - 16
    if not compressing:
        if wbits == 0:
            return deflate.ZLIB, 15
        if 40 <= wbits <= 47:
            return deflate.AUTO, wbits - 32
    if compressing:
        raise error("Error -2 while compressing data: inconsistent stream state")
    raise ValueError("Invalid initialization option")


def _check_level(level):
    if not -1 <= level <= 9:
        raise error("Bad compression level")


def _empty_stream(fmt, window):
    # MicroPython's compressor writes nothing at all for no input; this is
    # the stream CPython makes: an empty final block, and the trailer.
    block = b"\x03\x00"
    if fmt == deflate.RAW:
        return block
    if fmt == deflate.GZIP:
        return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + block + bytes(8)
    cmf = ((window - 8) << 4) | 8
    flg = 0x80 + (31 - (cmf * 256 + 0x80) % 31) % 31
    return bytes((cmf, flg)) + block + b"\x00\x00\x00\x01"


def compress(data, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Compress data to a zlib stream (or raw deflate or gzip, by wbits)."""
    data = _buffer(data)
    _check_level(level)
    fmt, window = _format(wbits, True)
    if not data:
        return _empty_stream(fmt, window)
    out = io.BytesIO()
    f = deflate.DeflateIO(out, fmt, window)
    f.write(data)
    f.close()
    return out.getvalue()


def _check_header(data, fmt):
    # CPython's message for data that does not start as the format does.
    if len(data) < 2:
        return
    if fmt == deflate.ZLIB:
        bad = data[0] & 0x0F != 8 or (data[0] * 256 + data[1]) % 31
    elif fmt == deflate.GZIP:
        bad = data[0] != 0x1F or data[1] != 0x8B
    else:
        bad = False
    if bad:
        raise error("Error -3 while decompressing data: incorrect header check")


def _inflate(data, fmt, window):
    # (output, complete, bytes of input used): reads until the stream ends
    # or the input runs out (a truncated stream gives what it holds).
    _check_header(data, fmt)
    src = io.BytesIO(data)
    f = deflate.DeflateIO(src, fmt, window)
    chunks = []
    complete = False
    try:
        while True:
            chunk = f.read(DEF_BUF_SIZE)
            if not chunk:
                complete = True
                break
            chunks.append(chunk)
    except EOFError:
        pass
    except OSError:
        raise error("Error -3 while decompressing data: invalid or corrupted data")
    return b"".join(chunks), complete, src.tell()


def decompress(data, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Decompress a whole zlib stream (or raw deflate or gzip, by wbits)."""
    data = _buffer(data)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    fmt, window = _format(wbits, False)
    out, complete, used = _inflate(data, fmt, window)
    if not complete:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


def crc32(data, value=0):
    return binascii.crc32(_buffer(data), value) & 0xFFFFFFFF


_ADLER_BASE = 65521


def _adler32_combine(adler1, adler2, len2):
    # The Adler-32 of a + b from those of a and b (as zlib's adler32_combine).
    rem = len2 % _ADLER_BASE
    sum1 = adler1 & 0xFFFF
    sum2 = (rem * sum1) % _ADLER_BASE
    sum1 += (adler2 & 0xFFFF) + _ADLER_BASE - 1
    sum2 += ((adler1 >> 16) & 0xFFFF) + ((adler2 >> 16) & 0xFFFF) + _ADLER_BASE - rem
    return (sum1 % _ADLER_BASE) | ((sum2 % _ADLER_BASE) << 16)


def adler32(data, value=1):
    data = _buffer(data)
    if len(data) < 64:
        a = value & 0xFFFF
        b = (value >> 16) & 0xFFFF
        for x in data:
            a += x
            b += a
        return ((b % _ADLER_BASE) << 16) | (a % _ADLER_BASE)
    # A zlib stream ends with the Adler-32 of its data, and compressing runs
    # in C: much faster than summing byte by byte here.
    out = io.BytesIO()
    f = deflate.DeflateIO(out, deflate.ZLIB, 9)
    f.write(data)
    f.close()
    fresh = int.from_bytes(out.getvalue()[-4:], "big")
    if value == 1:
        return fresh
    return _adler32_combine(value & 0xFFFFFFFF, fresh, len(data))


class _Compress:
    def __init__(self, fmt, window):
        self._out = io.BytesIO()
        self._stream = deflate.DeflateIO(self._out, fmt, window)
        self._format = (fmt, window)
        self._read = 0
        self._wrote = False
        self._done = False

    def _take(self):
        # the output written since the last call
        self._out.seek(self._read)
        data = self._out.read()
        self._read += len(data)
        return data

    def compress(self, data):
        if self._done:
            raise error("Error -2 while compressing data: inconsistent stream state")
        data = _buffer(data)
        if data:
            self._stream.write(data)
            self._wrote = True
        return self._take()

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH or self._done:
            return b""
        if mode == Z_FINISH:
            self._done = True
            if not self._wrote:
                return _empty_stream(*self._format)
            self._stream.close()
        # MicroPython's compressor cannot end a block mid-stream: the other
        # modes return what is ready, the rest comes with Z_FINISH.
        return self._take()

    def copy(self):
        raise NotImplementedError("compressobj.copy() is not supported")


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    _check_level(level)
    if method != DEFLATED:
        raise ValueError("Invalid initialization option")
    if zdict is not None:
        raise NotImplementedError("zdict is not supported")
    fmt, window = _format(wbits, True)
    return _Compress(fmt, window)


# What unconsumed_tail holds while output held back by max_length remains:
# CPython callers pass unconsumed_tail back in to get more output.
_TAIL = b"\x00(pending output)"


class _Decompress:
    def __init__(self, fmt, window):
        self._fmt = fmt
        self._window = window
        self._input = bytearray()
        self._given = 0  # output bytes made so far
        self._pending = b""  # output held back by max_length
        self._tried = 0  # input size at the last incomplete attempt
        self._ended = False  # the stream's end has been read
        self.unused_data = b""

    @property
    def eof(self):
        return self._ended and not self._pending

    @property
    def unconsumed_tail(self):
        return _TAIL if self._pending else b""

    def _attempt(self):
        # MicroPython's inflater needs the stream from its start, so each
        # attempt decompresses all input so far; attempts are made when the
        # input has doubled, which keeps the total work linear.
        out, complete, used = _inflate(bytes(self._input), self._fmt, self._window)
        if complete:
            self._ended = True
            self.unused_data = bytes(self._input[used:])
        else:
            self._tried = len(self._input)
        new = out[self._given:]
        self._given = len(out)
        return new

    def _emit(self, data, max_length):
        data = self._pending + data
        if max_length and len(data) > max_length:
            self._pending = data[max_length:]
            return data[:max_length]
        self._pending = b""
        return data

    def decompress(self, data, max_length=0):
        data = _buffer(data)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self._pending and data[:len(_TAIL)] == _TAIL:
            data = data[len(_TAIL):]
        if self._ended:
            self.unused_data += data
            return self._emit(b"", max_length)
        self._input.extend(data)
        new = b""
        if len(self._input) >= 2 * self._tried:
            new = self._attempt()
        return self._emit(new, max_length)

    def flush(self, length=DEF_BUF_SIZE):
        new = b""
        if not self._ended and self._input:
            new = self._attempt()
        return self._emit(new, 0)

    def copy(self):
        raise NotImplementedError("decompressobj.copy() is not supported")


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    if zdict:
        raise NotImplementedError("zdict is not supported")
    fmt, window = _format(wbits, False)
    return _Decompress(fmt, window)
