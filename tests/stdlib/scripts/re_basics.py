# The re API agents use most: search/match/fullmatch, findall, finditer,
# sub/subn, split, escape, Match and Pattern objects.
import re

m = re.search(r"(\d{4})-(\d{2})-(\d{2})", "Released on 2024-03-15, updated 2024-04-01.")
print(m)
print(m.group(), m.group(0), m.group(1), m.group(1, 3), m[2])
print(m.groups(), m.span(), m.start(), m.end(), m.span(2), m.start(3), m.end(1))
print(m.string[m.start():m.end()], m.pos, m.endpos, m.lastindex, m.lastgroup)
print(m.re.pattern, m.re.groups, m.regs)
print(bool(m), re.search("zzz", "abc"))

print(re.match(r"\w+", "hello world"))
print(re.match(r"world", "hello world"))
print(re.fullmatch(r"\d+", "12345"), re.fullmatch(r"\d+", "123a"))
print(re.fullmatch(r"a|ab", "ab"))

# named groups
m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?: \((?P<nick>\w+)\))?", "Ada Lovelace")
print(m.groupdict(), m.groupdict("-"), m.group("first"), m["last"])
print(m.groups(), m.groups("?"), m.span("last"), m.start("nick"), m.lastgroup, m.lastindex)
print(m.re.groupindex == {"first": 1, "last": 2, "nick": 3})

# findall: whole matches, one group, several groups
text = "alice@example.com, bob.smith@mail.co.uk; not-an-email; carol+tag@x.org"
print(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", text))
print(re.findall(r"([\w.+-]+)@([\w-]+\.[\w.]+)", text))
print(re.findall(r"@([\w.-]+)", text))
print(re.findall(r"(a)|(b)", "abc"))
print(re.findall(r"\d+", "no digits"))

# finditer
for m in re.finditer(r"(?P<key>\w+)=(?P<val>[^;]*)", "a=1; b=two; c="):
    print(m.span(), m.group("key"), repr(m.group("val")), m.groupdict())
print([m.group() for m in re.finditer(r"\b[A-Z]\w*", "Alice and Bob met Carol")])

# sub / subn
print(re.sub(r"\s+", " ", "  lots   of \t\n space  "))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@host, ann@box"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"))
print(re.sub(r"(\d+)", r"\g<1>0", "1 2 3"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.subn(r"o", "0", "foo boo"))
print(re.sub(r"o", "0", "foo boo", count=2))
print(re.sub("a", "b", "xyz"))

# split
print(re.split(r"[,;]\s*", "a, b;c,  d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"\s+", " leading and trailing "))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"x*", "axbc"))
print(re.split(r"(?P<sep>[-/])", "2024-03/15"))

# escape
print(re.escape("1+1=2? (yes) [a-z] $5.00 a_b"))
print(re.findall(re.escape("a.b*c"), "a.b*c and aXbbc"))

# compiled patterns
p = re.compile(r"(\w+)=(\d+)")
print(p, p.pattern, p.groups, p.flags == re.compile("").flags)
print(p.search("x=1 y=22").groups(), p.findall("x=1 y=22 z=q"))
print(p.match("  a=1"), p.match("  a=1", 2))
print(p.search("a=1 b=2", 3), p.findall("a=1 b=2 c=3", 2, 9))
print([m.span() for m in p.finditer("a=1 b=2 c=3", 4)])
print(p.sub(r"\2=\1", "a=1 b=2"), p.subn("", "a=1 b=2"))
print(p.split("a=1,b=2"))
print(p.fullmatch("ab=12"), p.fullmatch("ab=12", 0, 4))
print(re.compile(p) is p, p == re.compile(r"(\w+)=(\d+)"))
print(re.compile("a", re.I), re.compile(b"x+"), re.compile("a", re.M | re.S))

# empty matches (CPython 3.7+ rules)
print(re.sub("x*", "-", "abxd"))
print(re.findall("", "ab"), re.findall(r"\b", "a b"))
print(re.split(r"\b", "hi there"))
print([m.span() for m in re.finditer(r"a*", "baaac")])

# expand
m = re.search(r"(\w+) (?P<b>\w+)", "hello world")
print(m.expand(r"\2, \1! \g<b>"))

# bytes patterns
print(re.findall(rb"\d+", b"a1b22c333"), re.sub(rb"[aeiou]", b"*", b"education"))
m = re.search(rb"(?P<k>\w+):(\w+)", b"key:value")
print(m, m.groups(), m.groupdict(), m.span(2))

# types and copies
import copy
p = re.compile(r"(\w+)")
m = p.match("word")
print(isinstance(p, re.Pattern), isinstance(m, re.Match), copy.copy(p) is p, copy.deepcopy(m) is m)
print(re.compile(p) is p, hash(p) == hash(re.compile(r"(\w+)")), p != re.compile(r"(\w+)", re.I))
