"""Secure hashes, as in CPython's hashlib module (sha256 only).

MicroPython's built-in hashlib (still reachable as `uhashlib`) has a sha256
object with update() and a digest() that can be called once. This module
wraps it with CPython's interface: hexdigest(), digest() any number of
times, update() after digest(), copy(), name, digest_size, block_size and
hashlib.new(). The data is kept until the object goes away, since the
built-in state cannot be copied. No other algorithm is built in: md5,
sha1 and the others raise ValueError saying so.
"""

import uhashlib as _h
from binascii import hexlify as _hexlify

algorithms_guaranteed = {"sha256"}
algorithms_available = {"sha256"}


class HASH:
    name = "sha256"
    digest_size = 32
    block_size = 64

    def __init__(self, data=b""):
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
            c = _h.sha256()
            for chunk in self._chunks:
                c.update(chunk)
            self._digest = c.digest()
        return self._digest

    def hexdigest(self):
        return _hexlify(self.digest()).decode()

    def copy(self):
        other = HASH()
        other._chunks = list(self._chunks)
        other._digest = self._digest
        return other

    def __repr__(self):
        return "<%s HASH object>" % self.name


def sha256(data=b"", *, usedforsecurity=True):
    return HASH(data)


def _unavailable(name):
    def missing(*args, **kwargs):
        raise ValueError("unsupported hash type %s: only sha256 is available in this "
                         "sandbox (use hashlib.sha256)" % name)
    return missing


md5 = _unavailable("md5")
sha1 = _unavailable("sha1")
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
    if name.lower().replace("-", "") == "sha256":
        return HASH(data)
    raise ValueError("unsupported hash type %s: only sha256 is available in this sandbox"
                     % name)
