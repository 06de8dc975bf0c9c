# string: constants, capwords, Template (substitute, safe_substitute, errors,
# subclasses), Formatter.
import string
from string import Template


def err(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)


for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace", "printable"):
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.capwords("hello   wORLD  foo\tbar"))
print(string.capwords("  a-b c-d  ", "-"))
print(string.capwords(""), repr(string.capwords("x,y,,z", ",")))

t = Template("$who likes $what; ${who}'s cost: $$10 ${n}th")
print(t.substitute(who="tim", what="kung pao", n=3))
print(t.substitute({"who": "ann", "what": "tea", "n": 1}))
print(t.substitute({"who": "ann", "what": "tea", "n": 1}, who="bob"))
print(t.safe_substitute(who="tim"))
print(t.template)
err(lambda: t.substitute(who="tim"))
err(lambda: Template("$who is $").substitute(who="x"))
err(lambda: Template("line1\nline2 $1").substitute())
err(lambda: Template("${bad name}").substitute())
err(lambda: Template("${}").substitute())
try:
    Template("$who").substitute({}, {})
except TypeError:
    print("TypeError")
print(Template("$who is $").safe_substitute(who="x"))
print(Template("${bad name} $ok ${ok} $$ $1").safe_substitute(ok="fine"))
print(Template("$a$b${c}d$e_f $g.h").substitute(a=1, b=2.5, c=None, e_f=[1], g="G"))
print(Template("no placeholders").substitute())
print(Template("$").safe_substitute(), Template("$$").substitute(), Template("x$").safe_substitute())
print(Template("$x $y ${z} $x $$ $1").get_identifiers(), Template("$x $1").is_valid(), Template("$x ${y}").is_valid())
print(Template("$Name_1 ${CAPS}").substitute(Name_1="n", CAPS="c"))
print(Template("café $où").safe_substitute(où="x"))


class Percent(Template):
    delimiter = "%"


print(Percent("%who owes %amount%% ${x}").substitute(who="A", amount=5))


class Dollar2(Template):
    delimiter = "$$"


print(Dollar2("$$a and $$$$ and $b").substitute(a=1))

print("-- Formatter")
f = string.Formatter()
print(f.format("{} and {}", "a", "b"))
print(f.format("{0}{1}{0}", "ab", "cd"))
print(f.format("{name!r:>10}|{x:.2f}|{{}}", name="n", x=3.14159))
class Obj:
    attr = "A"


print(f.format("{0[1]} {d[k]} {o.attr}", [1, 2], d={"k": "v"}, o=Obj()))
print(f.format("{:{w}d}", 42, w=6))
print(list(f.parse("a{0}b{x!r:>5}c{{d}}")))
err(lambda: f.format("{0} {}", 1, 2))
err(lambda: f.format("{"))
err(lambda: f.format("}"))
