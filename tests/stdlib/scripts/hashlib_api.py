# hashlib: sha256 with CPython's interface; other algorithms are missing in
# the sandbox (they raise ValueError there), so only sha256 is checked here.
import hashlib

print(hashlib.sha256(b"abc").hexdigest())
print(hashlib.sha256(b"").hexdigest())
print(hashlib.sha256("héllo wörld".encode()).hexdigest())
print(hashlib.sha256(b"abc").digest())
h = hashlib.sha256()
h.update(b"a")
h.update(bytearray(b"b"))
h.update(b"c")
print(h.hexdigest(), h.hexdigest() == hashlib.sha256(b"abc").hexdigest())
print(h.digest() == h.digest())
h.update(b"def")
print(h.hexdigest() == hashlib.sha256(b"abcdef").hexdigest())
c = h.copy()
c.update(b"!")
print(h.hexdigest() == hashlib.sha256(b"abcdef").hexdigest(), c.hexdigest() == hashlib.sha256(b"abcdef!").hexdigest())
print(h.name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()))
print(hashlib.new("sha256", b"abc").hexdigest(), hashlib.new("SHA256").hexdigest()[:16])
big = hashlib.sha256()
for i in range(2000):
    big.update(("line %d\n" % i).encode())
print(big.hexdigest() == hashlib.sha256("".join("line %d\n" % i for i in range(2000)).encode()).hexdigest())
print(hashlib.sha256(b"x" * 100000).hexdigest())
print("sha256" in hashlib.algorithms_available, "sha256" in hashlib.algorithms_guaranteed)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", str(e).split(":")[0])
