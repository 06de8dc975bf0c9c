# Lookaround, backreferences, conditionals, atomic groups and possessive
# repeats, lazy/greedy choices, and long inputs.
import re

print(re.findall(r"\w+(?=:)", "key: value, other: x"))
print(re.findall(r"\b\w+\b(?!:)", "key: value, other: x"))
print(re.findall(r"(?<=\$)\d+(?:\.\d+)?", "cost $5.25 or $100, not 7"))
print(re.findall(r"(?<!\$)\b\d+\b", "cost $5 or 100"))
print(re.findall(r"(?<=\b[A-Z])\w+", "Alpha beta Gamma"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.findall(r"(?=(\w\w))", "abcd"))
print(re.search(r"(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}", "Passw0rdX"))
print(re.search(r"^(?!.*password).*$", "my secret"), re.search(r"^(?!.*password).*$", "my password"))
print(re.findall(r"(\w+) \1", "hello hello world world x y"))
print(re.findall(r"(?P<ch>\w)(?P=ch)", "aabbcdd"))
print(re.sub(r"(\w)\1+", r"\1", "aaabccdddd"))
print(re.search(r"(?i)(\w+) \1", "Hello HELLO"))
print(re.findall(r"(<)?(\w+)(?(1)>|$)", "<a> b <c d"))
print(re.findall(r"^(\()?\d+(?(1)\))$", "(12)\n34\n(56\n", re.M))
print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)ab", "aaab"))
print(re.match(r"a++b", "aab"), re.match(r"a++ab", "aab"), re.match(r"\d*+\d", "123"))
print(re.match(r"(?:ab)*+c", "ababc"), re.match(r"[ab]{2,}+b", "abab"))
print(re.match(r"<.*>", "<a><b>").group(), re.match(r"<.*?>", "<a><b>").group())
print(re.match(r"a{2,4}", "aaaaa").group(), re.match(r"a{2,4}?", "aaaaa").group())
print(re.match(r"(a+)(a+)", "aaaa").groups(), re.match(r"(a+?)(a+)", "aaaa").groups())
print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"(a*)*b", "aab").groups(), re.match(r"(a*)+b", "b").groups())
print(re.match(r"(a|)+b", "aab").groups(), re.match(r"(?:a?)*?b", "aab").group())
print(re.match(r"((a)|b)+", "ab").groups(), re.match(r"((a)|b)+", "ba").groups())
print(re.match(r"(a)(b)?", "a").lastindex, re.match(r"(a(b))", "ab").lastindex,
      re.match(r"(a)()", "a").lastindex, re.match(r"(?P<x>a)|(?P<y>b)", "b").lastgroup)
print(re.search(r"(\d+)-(\d+)?", "12-").groups(), re.search(r"(\d+)-(\d+)?", "12-").groups(0))
print(re.match(r"(?:(\w)-)*(\w)", "a-b-c").groups())
print(re.findall(r"\d+|[a-z]+|\S", "ab12+cd 3!"))
print(re.findall(r"(?:a|b|c)+", "abcxcba"), re.findall(r"(?:foo|foobar)bar", "foobarbar"))

# long subjects: beyond what the C engine's recursion takes
long = "a" + "x" * 50000 + "b"
print(re.search(r"a.*b", long).span(), re.fullmatch(r"a[^b]*b", long).span())
print(len(re.findall(r"x+", long)[0]), re.sub(r"x+", "-", long))
print(re.search(r"(a)(x*)(b)", long).span(2), re.match(r".*?b", long).end())
lines = "\n".join("row %d: %s" % (i, "v" * (i % 7)) for i in range(3000))
print(len(re.findall(r"^row (\d+): (v*)$", lines, re.M)), re.findall(r"row (29\d\d): v{6}$", lines, re.M)[:3])
print(len(re.split(r"\n", lines)), re.subn(r"v+", "V", lines)[1])
print(len(re.match(r"(?:ab|cd)*", "ab" * 30000).group()),
      [len(q) for q in re.findall(r'"(?:[^"\\]|\\.)*"', '"' + 'x\\"' * 20000 + '" "b"')],
      len(re.match(r"(?:\d+,)*\d+$", "12," * 20000 + "7").group()))
words = " ".join(["w%d" % i for i in range(20000)])
print(len(re.findall(r"\bw\d+\b", words)), re.search(r"w19999$", words).span())
