# zlib: streams CPython's zlib made (these literals) decompress here, and
# ours decompress in CPython (the expected output is CPython's own).
import zlib

Z15 = b'x\x9c\x0b\xc9HU(,\xcdL\xceVH*\xca/\xcfSH\xcb\xafP\xc8*\xcd-(V\xc8/K-R(\x01J\xe7$VU*\xa4\xe4\xa7\xeb)\x84\x8c*\x1eU<\xaa\x98\xda\x8a\x19\x18\x99\x98YX\xd9\xd898\xb9\xb8yx\xf9\xf8\x05\x04\x85\x84ED\xc5\xc4%$\xa5\xa4ed\xe5\xe4\x15\x14\x95\x94UT\xd5\xd454\xb5\xb4ut\xf5\xf4\r\x0c\x8d\x8cML\xcd\xcc-,\xad\xacml\xed\xec\x1d\x1c\x9d\x9c]\\\xdd\xdc=<\xbd\xbc}|\xfd\xfc\x03\x02\x83\x82CB\xc3\xc2#"\xa3\xa2cb\xe3\xe2\x13\x12\x93\x92SR\xd3\xd232\xb3\xb2sr\xf3\xf2\x0b\n\x8b\x8aKJ\xcb\xca+*\xab\xaakj\xeb\xea\x1b\x1a\x9b\x9a[Z\xdb\xda;:\xbb\xba{z\xfb\xfa\'L\x9c4y\xca\xd4i\xd3g\xcc\x9c5{\xce\xdcy\xf3\x17,\\\xb4x\xc9\xd2e\xcbW\xac\\\xb5z\xcd\xdau\xeb7l\xdc\xb4y\xcb\xd6m\xdbw\xec\xdc\xb5{\xcf\xde}\xfb\x0f\x1c<t\xf8\xc8\xd1c\xc7O\x9c<u\xfa\xcc\xd9s\xe7/\\\xbct\xf9\xca\xd5k\xd7o\xdc\xbcu\xfb\xce\xdd{\xf7\x1f<|\xf4\xf8\xc9\xd3g\xcf_\xbc|\xf5\xfa\xcd\xdbw\xef?|\xfc\xf4\xf9\xcb\xd7o\xdf\x7f\xfc\xfc\xf5\xfb\xcf\xdf\x7f\xff\x01\x14\x97\xc2\x9c'
Z9 = b'x\xda\xcbH\xcd\xc9\xc9W\xc8@\x90\x00:.\x06}'
RAW = b'+J,WHIM\xcbI,IUHI,IT(\xa2\x82\x00\x00'
GZ = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03K\xaf\xca,P\xc8M\xcdMJ-RHI,I\xe4J']\x00\x00\xf4\r\x815D\x00\x00\x00"
Z1 = b'x\x01KLJN\x84!\x00\x1d\xe0\x04\x99'
Z0 = b'x\x01\x01\x06\x00\xf9\xffstored\t<\x02\x92'
Z9W9 = b'\x18\xd3+\xceM\xcc\xc9Q(\xcf\xccK\xc9/W(\x1e\x08\x0e\x00\xb3\x131k'

DATA = b"The quick brown fox jumps over the lazy dog. " * 20 + bytes(range(256))

print(zlib.decompress(Z15) == DATA, len(zlib.decompress(Z15)))
print(zlib.decompress(Z9), zlib.decompress(Z1), zlib.decompress(Z0))
print(zlib.decompress(RAW, -15), zlib.decompress(RAW, -zlib.MAX_WBITS) == b"raw deflate data " * 5)
print(zlib.decompress(GZ, 31), zlib.decompress(GZ, 47) == zlib.decompress(GZ, 31))
print(zlib.decompress(Z15, 47) == DATA, zlib.decompress(Z9W9, 9), zlib.decompress(Z9W9, 0)[:12])
print(zlib.decompress(bytearray(Z9)), zlib.decompress(Z9 + b"trailing junk"))

# Round trips through our compressor, in every format.
for wbits in (15, 9, 12, -15, -9, 31, 25):
    for payload in (DATA, b"", b"x", bytes(3000), b"abc" * 1000):
        c = zlib.compress(payload, 6, wbits)
        assert zlib.decompress(c, wbits) == payload, (wbits, len(payload))
print("round trips ok")
for level in range(-1, 10):
    assert zlib.decompress(zlib.compress(DATA, level)) == DATA
print("levels ok", zlib.compress(b"")[:2], zlib.decompress(zlib.compress(b"")))
print(len(zlib.compress(b"a" * 10000)) < 200, zlib.compress(DATA)[:2], zlib.compress(DATA, wbits=31)[:3])

print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b"hello", 12345), zlib.crc32(DATA))
print(zlib.crc32(b"world", zlib.crc32(b"hello ")) == zlib.crc32(b"hello world"))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(DATA), zlib.adler32(bytes(100000)))
print(zlib.adler32(b"abc" * 500, 7), zlib.adler32(b"abc", 123456789))
print(zlib.adler32(b" world", zlib.adler32(b"hello")) == zlib.adler32(b"hello world"))
part = zlib.adler32(DATA[:1000])
print(zlib.adler32(DATA[1000:], part) == zlib.adler32(DATA))

print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_BEST_SPEED,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.Z_NO_FLUSH,
      zlib.DEF_BUF_SIZE, zlib.Z_DEFAULT_STRATEGY)

for bad in (b"not compressed", Z15[:-3], Z15[:20], b"", b"x\x9c\xff\xff\xff"):
    try:
        zlib.decompress(bad)
        print("no error")
    except zlib.error as e:
        print("error", isinstance(e, Exception))
try:
    zlib.decompress(GZ)
except zlib.error:
    print("error: gzip data read as zlib")
try:
    zlib.compress("text")
except TypeError:
    print("TypeError: str")
try:
    zlib.crc32("text")
except TypeError:
    print("TypeError: crc32 of str")
try:
    zlib.compress(b"x", 12)
except zlib.error:
    print("error: bad level")
