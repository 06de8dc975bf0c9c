# base64: Base64 (standard, URL-safe, MIME), Base32, Base16.
# Errors are binascii.Error in CPython; MicroPython's binascii has no Error,
# so the tests catch ValueError (its base) and print the class name.
import base64

data = b"hello, world! \x00\xff\xfe binary"
enc = base64.b64encode(data)
print(enc, base64.b64decode(enc) == data, type(enc).__name__)
for n in range(7):
    s = bytes(range(n))
    print(n, base64.b64encode(s), base64.b64decode(base64.b64encode(s)) == s)
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs bG8=\n"), base64.b64decode(bytearray(b"aGk=")))
print(base64.b64encode(bytearray(b"abc")), base64.standard_b64encode(b"abc"), base64.standard_b64decode("YWJj"))
print(base64.b64encode(b"\xfb\xff\xbf", altchars=b"-_"), base64.b64decode(b"-_-_", altchars=b"-_"))
print(base64.urlsafe_b64encode(b"\xfb\xff\xbf\xfa"), base64.urlsafe_b64decode("-_-_-g=="))
print(base64.urlsafe_b64decode(base64.urlsafe_b64encode(bytes(range(256)))) == bytes(range(256)))
print(base64.b64decode(b"aG!k="), base64.b64decode("YWJj", validate=True))
for bad in (b"aGk", b"a===", "YWJ"):
    try:
        base64.b64decode(bad)
    except ValueError as e:
        print(type(e).__name__, isinstance(e, ValueError))
try:
    base64.b64decode(b"aG!k=", validate=True)
except ValueError as e:
    print(type(e).__name__, "validate")
try:
    base64.b64encode("text")
except TypeError:
    print("TypeError: encode str")
try:
    base64.b64decode("é")
except ValueError:
    print("ValueError: non-ASCII")
try:
    base64.b64decode(12)
except TypeError:
    print("TypeError: decode int")

long = bytes(range(256)) * 2
mime = base64.encodebytes(long)
print(mime.count(b"\n"), max(len(line) for line in mime.split(b"\n")), mime[:20])
print(base64.decodebytes(mime) == long, base64.encodebytes(b""), base64.encodebytes(b"hi"))

print(base64.b32encode(b"hello"), base64.b32encode(b""), base64.b32encode(b"a"))
for n in range(7):
    s = bytes(range(40, 40 + n))
    e = base64.b32encode(s)
    print(n, e, base64.b32decode(e) == s)
print(base64.b32decode("NBSWY3DP"), base64.b32decode(b"nbswy3dp", casefold=True))
print(base64.b32decode("ME======"), base64.b32decode(b"MFRGG==="))
print(base64.b32hexencode(b"hello"), base64.b32hexdecode(b"D1IMOR3F"))
print(base64.b32decode("0E======", map01=b"L") if False else base64.b32decode("ON======"))
for bad in ("NBSWY3D", "NBSWY3D!", "nbswy3dp", "M======="):
    try:
        base64.b32decode(bad)
    except ValueError as e:
        print(type(e).__name__, bad)

print(base64.b16encode(b"\x00\x01\xab\xff"), base64.b16decode("0001ABFF"), base64.b16decode(b"abff", casefold=True))
for bad in ("abff", "0G", "ABC"):
    try:
        base64.b16decode(bad)
    except ValueError as e:
        print(type(e).__name__, bad)

import io
src = io.BytesIO(long)
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue() == mime)
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == long)
