import re

template = "Hello {name}, your balance is {balance} as of {date}. {name}, thanks!"
placeholders = list(re.finditer(r"\{(\w+)\}", template))
for m in placeholders:
    print(f"{m.group(1):<8} at {m.span()} -> {m.group(0)!r}")
print("unique:", sorted({m.group(1) for m in placeholders}))

values = {"name": "Ana", "balance": "$1,020.50", "date": "2024-05-01"}
print(re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template))

DATE = re.compile(r"""
    (?P<year>\d{4})   # year
    [-/]
    (?P<month>\d{2})  # month
    [-/]
    (?P<day>\d{2})    # day
""", re.VERBOSE)

text = "Shipped 2024-03-15, returned 2024/04/02, refunded 2024-04-10; bad 2024-4-1."
for m in DATE.finditer(text):
    print(m.group("year"), m.group("month"), m.group("day"), m.start(), m.end())
print(DATE.sub(r"\g<day>.\g<month>.\g<year>", text))
print(re.findall(r"\b(\w)(\w*)\1\b", "level noon abca test otto xyzx"))
print(re.search(r"(?i)RETURNED\s+(\S+)", text).group(1).rstrip(","))
print(re.fullmatch(r"[A-Z]{3}-\d{4}", "ABC-1234") is not None, re.fullmatch(r"[A-Z]{3}-\d{4}", "ABC-12345"))
print(re.compile(r"(\d+)-(\d+)").match("10-20").groups(), re.escape("a.b*c?"))
print(re.sub(r"\s+", " ", "  too   many    spaces  ").strip(), re.subn(r"o", "0", "foo boo"))
