import textwrap

paragraph = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
             "liquor jugs. How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.")

print(textwrap.fill(paragraph, width=40))
print()
for line in textwrap.wrap(paragraph, width=60):
    print(f"| {line:<60} |")
print()
print(textwrap.fill(paragraph, width=50, initial_indent="  * ", subsequent_indent="    "))
print()
print(textwrap.shorten(paragraph, width=60))
print(textwrap.shorten("Hello   world,   spaces   collapse", width=30, placeholder=" [...]"))

code = """
    def greet(name):
        return f"Hello, {name}"
"""
print(textwrap.dedent(code).strip())
print(textwrap.indent("line one\nline two\n\nline four", "> "))
print(textwrap.indent("a\nb", "+ ", predicate=lambda line: line.startswith("b")))
