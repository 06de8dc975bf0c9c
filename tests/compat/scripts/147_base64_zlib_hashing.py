import base64
import hashlib
import json
import zlib

payload = {"user": "ana", "roles": ["admin", "editor"], "exp": 1717171717}
raw = json.dumps(payload, separators=(",", ":")).encode()
print(len(raw), raw)

b64 = base64.b64encode(raw).decode("ascii")
print(b64)
print(base64.b64decode(b64) == raw)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe").decode(), base64.b64encode(b"\xfb\xff\xfe").decode())
print(base64.b16encode(b"hi!").decode(), base64.b32encode(b"hi!").decode())
token = base64.urlsafe_b64encode(raw).rstrip(b"=").decode()
padded = token + "=" * (-len(token) % 4)
print(json.loads(base64.urlsafe_b64decode(padded)))

text = ("timestamp,level,message\n" + "2024-01-01T00:00:00,INFO,heartbeat ok\n" * 50).encode()
compressed = zlib.compress(text, 9)
print(f"{len(text)} -> {len(compressed)} bytes ({len(compressed) / len(text):.1%})")
print(zlib.decompress(compressed) == text)
print("crc32:", zlib.crc32(b"hello world"), hex(zlib.crc32(b"hello world")))
print("adler32:", zlib.adler32(b"hello world"))

print(hashlib.sha256(b"hello world").hexdigest())
print(hashlib.md5(b"hello world").hexdigest())
print(hashlib.sha1(b"abc").hexdigest())
h = hashlib.sha256()
for chunk in (b"hello ", b"world"):
    h.update(chunk)
print(h.hexdigest()[:16], h.digest_size)
