# Flags: IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped.
import re

print(re.I == re.IGNORECASE, re.M == re.MULTILINE, re.S == re.DOTALL,
      re.X == re.VERBOSE, re.A == re.ASCII, re.U == re.UNICODE)
print(int(re.I), int(re.M), int(re.S), int(re.X), int(re.A), int(re.I | re.M))
print(re.compile("a").flags, re.compile("a", re.I).flags, re.compile("(?im)a").flags,
      re.compile("a", re.A).flags, re.compile(b"a").flags)

text = "First line\nsecond Line\nTHIRD LINE\n"
print(re.findall(r"line", text), re.findall(r"line", text, re.I))
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text), re.findall(r"\w+$", text, re.M))
print(re.findall(r"^.*$", text, re.M))
print(re.search(r"First.*Line", text), re.search(r"First.*Line", text, re.S))
print(re.findall(r"(?im)^[a-z]+ line$", text))
print(re.findall(r"(?i:s)econd|(?i:t)hird", text))
print(re.findall(r"(?i)[a-c]", "AbCd"), re.findall(r"(?i)[^a-c]", "AbCd"))
print(re.findall(r"[A-Z]", "aBc", re.I))
print(re.sub(r"(?i)hello", "bye", "Hello HELLO hello"))
print(re.split(r"(?i)and", "a AND b and c"))

pat = re.compile(r"""
    (?P<year>\d{4})   # year
    -
    (?P<month>\d\d)   # month
    (?:-(?P<day>\d\d))?  # optional day
    \ ok              # an escaped space
    [ ]end            # a space in a class
""", re.VERBOSE)
print(pat.match("2024-05-17 ok end").groupdict(), pat.match("2024-05 ok end").groupdict())
print(re.findall(r"(?x) a  b   c # comment", "abc a b c"))
print(re.findall(r"\w+", "café", re.ASCII), re.findall(r"(?a)\w+", "café"))
print(re.findall(r"\bcaf", "café caf"), re.findall(r"\bcaf\b", "café caf", re.A))
print(re.match(r"(?s).+", "a\nb").group(), re.match(r".+", "a\nb").group())
print(re.findall(r"^", "a\nb\n", re.M), re.findall(r"$", "a\nb\n", re.M))
print(re.findall(r"a$", "a\na\n"), re.findall(r"a\Z", "a\na\n"), re.findall(r"\Aa", "a\na", re.M))
print(re.search(r"(?m)^b", "a\nb").span())
print(re.findall(r"(?i)ǅ|k", "ǅ ǆ Ǆ K k"))
print(re.fullmatch(r"(?i)[a-z]+", "HeLLo"), re.fullmatch(r"[a-z]+", "HeLLo", re.I))
print(re.compile(r"(?i)x").search("aXb").span())
print([re.compile("x", f) for f in (0, re.I, re.M, re.S, re.X, re.A, re.I | re.S)])
