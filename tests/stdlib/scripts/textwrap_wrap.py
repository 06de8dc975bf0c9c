# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper options on prose.
import textwrap

prose = ("The quick brown fox jumps over the lazy dog. It was a well-known fact that "
         "state-of-the-art foxes -- unlike dogs -- never sleep. Supercalifragilistic"
         "expialidocious words, e-mail addresses like someone@example.com and URLs such as "
         "https://example.com/a/very/long/path/that/goes/on/and/on must be handled too!  "
         "Tabs\there, newlines\nthere; the end.")

for width in (10, 20, 33, 50, 70, 100):
    print("-- width", width)
    for line in textwrap.wrap(prose, width):
        print(repr(line))
print(textwrap.fill(prose, 40))
print(textwrap.fill(prose, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(prose, 30, break_long_words=False))
print(textwrap.fill(prose, 30, break_on_hyphens=False))
print(textwrap.fill(prose, 25, break_long_words=False, break_on_hyphens=False))
print(textwrap.wrap(prose, 30, drop_whitespace=False)[:6])
print(textwrap.wrap(prose, 30, expand_tabs=False, replace_whitespace=False)[:8])
print(textwrap.wrap("a\tb\tc", 20, tabsize=4))
print(textwrap.fill("One sentence. Another one! A third? Yes.", 20, fix_sentence_endings=True))
print("-- max_lines")
for n in (1, 2, 3):
    print(textwrap.wrap(prose, 30, max_lines=n))
print(textwrap.wrap(prose, 30, max_lines=2, placeholder="..."))
print(textwrap.fill("Hello world, this is a test", 12, max_lines=2, placeholder=" (more)"))
print("-- shorten")
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(prose, 60))
print(textwrap.shorten("   lots   of    spaces   here   ", 100))
print("-- hyphens and dashes")
for s in ["well-known", "state-of-the-art", "word--word", "a-b-c", "x---y", "1-2-3", "re-enter"]:
    print(s, textwrap.wrap("aaa " + s + " bbb", 6))
print(textwrap.wrap("extraordinarily-long-hyphenated-compound-word", 12))
print(textwrap.wrap("extraordinarilylongunhyphenatedword", 12))
print("-- edge cases")
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap("x"), textwrap.fill(""))
print(textwrap.wrap("  leading and trailing  ", 10))
print(textwrap.wrap("  leading", 10, drop_whitespace=False))
for bad in (0, -1):
    try:
        textwrap.wrap("abc", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.wrap("abc def", 4, max_lines=1, placeholder=" [......]")
except ValueError as e:
    print("ValueError", e)
w = textwrap.TextWrapper(width=15, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap("a b c d e f g h i j k l m n o p q r s t"))
w.width = 9
print(w.fill("a b c d e f g h i j k l m n o p q r s t"))
print(w.width, w.break_long_words, w.max_lines, repr(w.placeholder), w.tabsize)

print("-- dedent")
for t in ["    hello\n      world\n    ", "\thello\n\t  world", "  a\n\n  b\n   \n  c\n", "no indent\n  x",
          "    x\n  y\n      z", " \t a\n \t b", "", "   ", "  a\n\t b", "  a\r\n  b"]:
    print(repr(textwrap.dedent(t)))
code = '''
    def f(x):
        return x + 1
'''
print(textwrap.dedent(code))
print("-- indent")
print(repr(textwrap.indent("a\nb\n\nc\n", "  ")))
print(repr(textwrap.indent("a\nb\n  \nc", "+ ", lambda line: True)))
print(repr(textwrap.indent("one\ntwo\r\nthree", "# ", predicate=lambda l: "t" in l)))
print(textwrap.indent(textwrap.fill(prose, 40), "    "))
