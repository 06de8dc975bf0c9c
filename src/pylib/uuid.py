"""UUID objects (RFC 4122), as in CPython's uuid module.

UUID, uuid4() and the NAMESPACE_* constants. uuid4() draws from the random
module, which the sandbox seeds per interpreter. uuid3() and uuid5() need
MD5 and SHA-1, which this hashlib lacks, and uuid1() needs the machine's
address and clock: they raise NotImplementedError (uuid3/uuid5 work if
hashlib provides md5/sha1).
"""

import random

__all__ = [
    "UUID", "uuid1", "uuid3", "uuid4", "uuid5", "NAMESPACE_DNS", "NAMESPACE_URL",
    "NAMESPACE_OID", "NAMESPACE_X500", "RESERVED_NCS", "RFC_4122",
    "RESERVED_MICROSOFT", "RESERVED_FUTURE", "SafeUUID",
]

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

_int = int
_bytes = bytes


class SafeUUID:
    safe = 0
    unsafe = -1
    unknown = None


def _reorder_le(b):
    # bytes_le stores the first three fields little-endian.
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


class UUID:
    """A UUID; made from one of hex, bytes, bytes_le, fields or int."""

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given")
        if hex is not None:
            hex = hex.replace("urn:", "").replace("uuid:", "")
            hex = hex.strip("{}").replace("-", "")
            if len(hex) != 32:
                raise ValueError("badly formed hexadecimal UUID string")
            try:
                int = _int(hex, 16)
            except ValueError:
                raise ValueError("badly formed hexadecimal UUID string")
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = _reorder_le(_bytes(bytes_le))
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            int = _int.from_bytes(bytes, "big")
        if fields is not None:
            if len(fields) != 6:
                raise ValueError("fields is not a 6-tuple")
            time_low, time_mid, time_hi_version, clock_seq_hi_variant, clock_seq_low, node = fields
            for value, bits, n in ((time_low, 32, 1), (time_mid, 16, 2), (time_hi_version, 16, 3),
                                   (clock_seq_hi_variant, 8, 4), (clock_seq_low, 8, 5),
                                   (node, 48, 6)):
                if not 0 <= value < 1 << bits:
                    raise ValueError("field %d out of range (need a %d-bit value)" % (n, bits))
            clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
            int = ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64)
                   | (clock_seq << 48) | node)
        if not 0 <= int < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            # the RFC 4122 variant, then the version number
            int &= ~(0xC000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xF000 << 64)
            int |= version << 76
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, UUID):
            return self.int != other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    def __str__(self):
        h = "%032x" % self.int
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        return _reorder_le(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xFFFF

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xFFFF

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xFF

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xFF

    @property
    def time(self):
        return (((self.time_hi_version & 0x0FFF) << 48) | (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3F) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xFFFFFFFFFFFF

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # only RFC 4122 UUIDs have a version
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xF
        return None


def uuid4():
    """A random UUID."""
    value = 0
    for _ in range(4):
        value = (value << 32) | random.getrandbits(32)
    return UUID(int=value, version=4)


def _hashed(name, namespace, algorithm, version):
    import hashlib

    if isinstance(name, str):
        name = name.encode()
    make = getattr(hashlib, algorithm, None)
    try:
        if make is None:
            raise ValueError
        digest = make(namespace.bytes + name).digest()
    except ValueError:
        # the sandbox's hashlib names it but cannot compute it
        raise NotImplementedError("uuid%d needs hashlib.%s, which this sandbox lacks"
                                  % (version, algorithm))
    return UUID(bytes=digest[:16], version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    return _hashed(name, namespace, "md5", 3)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    return _hashed(name, namespace, "sha1", 5)


def uuid1(node=None, clock_seq=None):
    raise NotImplementedError("uuid1 needs the machine's address and clock; use uuid4")


def getnode():
    raise NotImplementedError("the sandbox has no hardware address")


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
