import re

text = "Hello, world! It's 3:45pm; e-mail me at a.b@c.io (or not).\tNew\nline... $19.99 isn't 20%"

print(text.split())
print(re.split(r"[,;!\s]+", text))
print(re.split(r"\W+", "one, two;three  four"))
print(re.split(r"(\d+)", "a1bb22ccc333"))
print(re.split(r"\s*[;,]\s*", "x ; y,z ,  w"))
print("a,b,,c,".split(","), "a  b".split(" "), "  a b  ".split())
print("k1=v1&k2=v2&k3".split("&", 1), "path/to/file.tar.gz".rsplit(".", 2))
print("line1\r\nline2\nline3\r".splitlines(), "x\n\ny".splitlines(keepends=True))

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(?:\.\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[+\-*/()=])
  | (?P<SKIP>\s+)
  | (?P<ERROR>.)
""", re.VERBOSE)

def tokenize(expr):
    out = []
    for m in TOKEN.finditer(expr):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        out.append((kind, m.group()))
    return out

for expr in ["x = 3.5 * (y + 42)", "total=price*qty-discount", "a ? b"]:
    print(tokenize(expr))
