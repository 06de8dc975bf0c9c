import hashlib, uuid
for data in [b"", b"abc", b"a" * 55, b"a" * 56, b"a" * 64, b"a" * 119, bytes(range(256)) * 5, "héllo".encode()]:
    print(hashlib.md5(data).hexdigest(), hashlib.sha1(data).hexdigest(), hashlib.sha256(data).hexdigest()[:16])
h = hashlib.new("md5"); h.update(b"ab"); h.update(b"c"); c = h.copy(); c.update(b"d")
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, hashlib.new("SHA1", b"x").hexdigest(), h.block_size)
print(uuid.uuid5(uuid.NAMESPACE_DNS, "example.com"), uuid.uuid3(uuid.NAMESPACE_URL, "https://x.org"))
