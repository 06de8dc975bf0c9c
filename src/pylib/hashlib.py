"""Secure hashes, as in CPython's hashlib module: sha256, sha1 and md5.

MicroPython's built-in hashlib (still reachable as `uhashlib`) has a sha256
object with update() and a digest() that can be called once. This module
wraps it with CPython's interface: hexdigest(), digest() any number of
times, update() after digest(), copy(), name, digest_size, block_size and
hashlib.new(). The data is kept until the object goes away, since the
built-in state cannot be copied. md5 and sha1 (uuid3/uuid5, checksums in
old formats) are computed here in Python; the other algorithms raise
ValueError saying so.
"""

import uhashlib as _h
from binascii import hexlify as _hexlify
from math import sin as _sin
from struct import pack as _pack, unpack as _unpack

algorithms_guaranteed = {"sha256", "sha1", "md5"}
algorithms_available = {"sha256", "sha1", "md5"}

_M32 = 0xFFFFFFFF


def _sha256(data):
    c = _h.sha256()
    c.update(data)
    return c.digest()


def _padded(data, length_order):
    # The message, a 1 bit, zeros to 56 bytes mod 64, the bit length.
    n = len(data)
    return data + b"\x80" + b"\x00" * ((55 - n) % 64) + (8 * n).to_bytes(8, length_order)


_MD5_SHIFT = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
_MD5_K = [int(abs(_sin(i + 1)) * 4294967296) & _M32 for i in range(64)]


def _md5(data):
    h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476]
    msg = _padded(data, "little")
    for off in range(0, len(msg), 64):
        m = _unpack("<16I", msg[off:off + 64])
        a, b, c, d = h
        for i in range(64):
            if i < 16:
                f, g = (b & c) | (~b & d), i
            elif i < 32:
                f, g = (d & b) | (~d & c), (5 * i + 1) % 16
            elif i < 48:
                f, g = b ^ c ^ d, (3 * i + 5) % 16
            else:
                f, g = c ^ (b | (~d & _M32)), (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & _M32
            s = _MD5_SHIFT[i]
            a, d, c = d, c, b
            b = (b + ((f << s) | (f >> (32 - s)))) & _M32
        h = [(x + y) & _M32 for x, y in zip(h, (a, b, c, d))]
    return _pack("<4I", *h)


def _sha1(data):
    h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
    msg = _padded(data, "big")
    for off in range(0, len(msg), 64):
        w = list(_unpack(">16I", msg[off:off + 64]))
        for i in range(16, 80):
            x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
            w.append(((x << 1) | (x >> 31)) & _M32)
        a, b, c, d, e = h
        for i in range(80):
            if i < 20:
                f, k = (b & c) | (~b & d), 0x5A827999
            elif i < 40:
                f, k = b ^ c ^ d, 0x6ED9EBA1
            elif i < 60:
                f, k = (b & c) | (b & d) | (c & d), 0x8F1BBCDC
            else:
                f, k = b ^ c ^ d, 0xCA62C1D6
            t = (((a << 5) | (a >> 27)) + f + e + k + w[i]) & _M32
            a, b, c, d, e = t, a, ((b << 30) | (b >> 2)) & _M32, c, d
        h = [(x + y) & _M32 for x, y in zip(h, (a, b, c, d, e))]
    return _pack(">5I", *h)


# name: (digest function, digest size, block size)
_ALGORITHMS = {"sha256": (_sha256, 32, 64), "sha1": (_sha1, 20, 64), "md5": (_md5, 16, 64)}


class HASH:
    def __init__(self, data=b"", name="sha256"):
        self.name = name
        self._compute, self.digest_size, self.block_size = _ALGORITHMS[name]
        self._chunks = []
        self._digest = None
        if data:
            self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        if not isinstance(data, bytes):
            data = bytes(data)  # a copy: bytearrays change
        chunks = self._chunks
        chunks.append(data)
        # merge small pieces as they come, keeping few chunks alive
        while len(chunks) > 1 and len(chunks[-2]) <= 2 * len(chunks[-1]):
            last = chunks.pop()
            chunks[-1] = chunks[-1] + last
        self._digest = None

    def digest(self):
        if self._digest is None:
            self._digest = self._compute(b"".join(self._chunks))
        return self._digest

    def hexdigest(self):
        return _hexlify(self.digest()).decode()

    def copy(self):
        other = HASH(name=self.name)
        other._chunks = list(self._chunks)
        other._digest = self._digest
        return other

    def __repr__(self):
        return "<%s HASH object>" % self.name


def sha256(data=b"", *, usedforsecurity=True):
    return HASH(data)


def sha1(data=b"", *, usedforsecurity=True):
    return HASH(data, "sha1")


def md5(data=b"", *, usedforsecurity=True):
    return HASH(data, "md5")


def _unavailable(name):
    def missing(*args, **kwargs):
        raise ValueError("unsupported hash type %s: only sha256, sha1 and md5 are "
                         "available in this sandbox" % name)
    return missing


sha224 = _unavailable("sha224")
sha384 = _unavailable("sha384")
sha512 = _unavailable("sha512")
blake2b = _unavailable("blake2b")
blake2s = _unavailable("blake2s")
sha3_224 = _unavailable("sha3_224")
sha3_256 = _unavailable("sha3_256")
sha3_384 = _unavailable("sha3_384")
sha3_512 = _unavailable("sha3_512")


def new(name, data=b"", *, usedforsecurity=True):
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    algorithm = name.lower().replace("-", "")
    if algorithm in _ALGORITHMS:
        return HASH(data, algorithm)
    raise ValueError("unsupported hash type %s: only sha256, sha1 and md5 are available "
                     "in this sandbox" % name)
