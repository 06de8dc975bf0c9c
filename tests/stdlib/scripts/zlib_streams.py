# zlib: compressobj and decompressobj.
import zlib

DATA = b"".join(b"line %d: some repetitive text for the compressor\n" % i for i in range(400))

c = zlib.compressobj()
parts = [c.compress(DATA[i:i + 1000]) for i in range(0, len(DATA), 1000)]
parts.append(c.flush())
stream = b"".join(parts)
print(zlib.decompress(stream) == DATA, stream[:2])

c = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = c.compress(DATA) + c.flush(zlib.Z_FINISH)
print(zlib.decompress(raw, -15) == DATA)

c = zlib.compressobj(wbits=31)
gz = c.compress(b"gzip stream") + c.compress(b" in parts") + c.flush()
print(zlib.decompress(gz, 31), gz[:2])

c = zlib.compressobj()
print(zlib.decompress(c.flush()), zlib.decompress(c.compress(b"") + c.flush() if False else zlib.compress(b"")))

# decompressobj: in pieces, any size, the result is the whole data
full = zlib.compress(DATA)
for size in (1, 7, 100, 4096, 1 << 20):
    d = zlib.decompressobj()
    out = b"".join(d.decompress(full[i:i + size]) for i in range(0, len(full), size))
    out += d.flush()
    print(size, out == DATA, d.eof, d.unused_data)

d = zlib.decompressobj()
out = d.decompress(full + b"extra bytes")
print(out == DATA, d.eof, d.unused_data)

d = zlib.decompressobj(-15)
print(d.decompress(raw) == DATA, d.eof)
d = zlib.decompressobj(31)
print(d.decompress(gz), d.eof)
d = zlib.decompressobj(47)
print(d.decompress(gz), d.decompress(b"more"), d.unused_data)

# max_length: what does not fit comes when unconsumed_tail is passed back
d = zlib.decompressobj()
first = d.decompress(full, 100)
print(len(first), first == DATA[:100], d.eof, len(d.unconsumed_tail) > 0)
rest = b""
while d.unconsumed_tail:
    rest += d.decompress(d.unconsumed_tail, 5000)
rest += d.flush()
print(first + rest == DATA, d.eof, d.unconsumed_tail)

# a truncated stream: what it holds, and no eof
d = zlib.decompressobj()
part = d.decompress(full[:len(full) // 2]) + d.flush()
print(DATA.startswith(part), d.eof)
try:
    d = zlib.decompressobj()
    d.decompress(b"garbage that is not zlib")
    d.flush()
except zlib.error:
    print("error")
