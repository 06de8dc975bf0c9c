# re.error for bad patterns (message, position) and the TypeErrors and
# IndexErrors agents run into.
import re

BAD = ["*", "a**", "(a", "a)", "[a", "[z-a]", r"\q", "(?P<1a>x)", "(?P=x)",
       "(?<x>a)", "a{2,1}", "(?i", "(?z)", "a(?i)b", r"(a)\2", r"[\q]", r"\x1",
       "(?P<a>x)(?P<a>y)", "(?#abc", "^*", r"\b*", "a{1,2}{3}", "a*?+",
       r"[\d-z]", r"\777", "(?P<a", "a|*", "\\", "(?P<>a)", "(?(1)a|b)",
       "(a)(?(1)b|c|d)", "x(?m)y", "(?P", "(?", "(?<=a+)b", "(?<!ab|c)x"]
for p in BAD:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)

try:
    re.compile("a\n(b")
except re.error as e:
    print(e, e.lineno, e.colno)

print(issubclass(re.error, Exception))

OK = ["x{", "a{}", "a{,3}", "[]]", "[^]]", "[]a]", "(?:)*", r"(?P<n>a)(?P=n)",
      r"(a)|\1", "(?x) a b # c", "(?x)[ ]", "(?i:A)b", "(?-i:a)", "{", "a{1", "x}"]
for p in OK:
    print(repr(p), re.compile(p).groups)

def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

print(err(re.search, "a", b"a"))
print(err(re.search, b"a", "a"))
print(err(re.search, "a", None))
print(err(re.search, "a", 5))
print(err(re.findall, r"\d", ["1"]))
print(err(re.compile, 5))
print(err(re.compile, re.compile("a"), re.I))
m = re.match(r"(a)(?P<n>b)?", "a")
print(err(m.group, 5), err(m.group, "x"), err(m.group, -1), err(m.span, 3))
print(err(re.sub, "(a)", r"\2", "a"), err(re.sub, "(a)", r"\g<x>", "a"))
print(err(re.sub, "(a)", r"\g<", "a"), err(re.sub, "(a)", r"\q", "a"))
print(err(re.sub, "a", lambda m: None, "a"), err(re.sub, "a", 5, "a"))
print(err(re.sub, "(a)", r"\g<2>", "a"), err(re.sub, "(a)", "\\", "a"))
print(repr(re.sub("(a)", r"\0\101\1a\n\t\\", "a")))
