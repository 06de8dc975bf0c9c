# Patterns agents write, on typical text; every case runs twice: the second
# time with the sandbox's pure-Python matcher forced (re._USE_C = False; an
# unused attribute in CPython), so both engines are checked against CPython.
import re

LOG = """2024-01-15 10:23:45 INFO  [auth] user=alice ip=10.0.0.1 login ok
2024-01-15 10:24:02 ERROR [db] timeout after 30s (query id=981)
2024-01-15 10:25:13 WARN  [auth] user=bob ip=192.168.1.20 bad password
2024-01-16 08:00:00 INFO  [cron] job=backup done in 12.5s"""

TEXT = ("Contact us at support@example.com or sales@shop.example.org. "
        "Call (555) 123-4567 or 555.987.6543! Prices: $1,234.56, $99, $0.50. "
        "Visit https://example.com/path?q=1&r=2 or http://test.org. "
        "The the quick brown fox; THE end. Dates: 2023-12-31, 1999-01-01.")

CASES = [
    (r"\d{4}-\d{2}-\d{2}", 0, TEXT),
    (r"(\d{4})-(\d{2})-(\d{2})", 0, LOG),
    (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", 0, TEXT),
    (r"(?P<user>[\w.+-]+)@(?P<domain>[\w.-]+\.\w+)", 0, TEXT),
    (r"\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}", 0, TEXT),
    (r"\$\d{1,3}(?:,\d{3})*(?:\.\d{2})?", 0, TEXT),
    (r"https?://[^\s,]+", 0, TEXT),
    (r"\bthe\b", 0, TEXT),
    (r"\bthe\b", re.I, TEXT),
    (r"\b(\w+)\s+\1\b", re.I, TEXT),
    (r"\b[A-Z][a-z]+\b", 0, TEXT),
    (r"[A-Z]{2,}", 0, TEXT),
    (r"^(\S+) (\S+) (\w+)\s+\[(\w+)\] (.*)$", re.M, LOG),
    (r"^(?P<date>[\d-]+) (?P<time>[\d:]+) (?P<level>ERROR|WARN)\b", re.M, LOG),
    (r"(\w+)=(\S+)", 0, LOG),
    (r"user=(\w+).*?ip=([\d.]+)", 0, LOG),
    (r"\d+(?:\.\d+)?s\b", 0, LOG),
    (r"^\d{4}", re.M, LOG),
    (r"ok$", re.M, LOG),
    (r"\[(.*?)\]", 0, LOG),
    (r"(?i)error|warn", 0, LOG),
    (r"[^\w\s]", 0, "a-b, c! d?"),
    (r"\s+", 0, "a  b\tc\n d"),
    (r"(?<=\$)\d+", 0, TEXT),
    (r"\d+(?=\.\d)", 0, TEXT),
    (r"(?<![\d.])\d{2}(?![\d.])", 0, "1 22 333 44 5.55 66"),
    (r"<([a-z]+)>(.*?)</\1>", 0, "<b>bold</b> <i>it</i> <b>x</i>"),
    (r'"([^"\\]|\\.)*"', 0, r'say "hi \"there\"" and "x"'),
    (r"(\d+)\s*(kg|g|lb)s?\b", re.I, "5 KG, 10g and 3 lbs"),
    (r"#[0-9a-fA-F]{6}\b", 0, "#FFAA00 #12345 #abcdef1 #a1b2c3"),
    (r"(?x) (\d{3}) [-.]? (\d{4})  # local number", 0, "555-1234 5551234 555.1234"),
    (r"colou?r", 0, "color colour colouur"),
    (r"\w+ing\b", 0, "singing and dancing in the rain, ring"),
    (r"(?:ab)+|c{2,3}", 0, "abab ccccc abc"),
    (r"a.c", re.S, "a\nc abc"),
    (r"^$", re.M, "a\n\nb\n"),
    (r"x*", 0, "axxb"),
    (r"(a|b)*c", 0, "abac"),
    (r"\w+$", 0, "line one\nline two\n"),
]

def run():
    for pat, flags, text in CASES:
        p = re.compile(pat, flags)
        m = p.search(text)
        print(repr(pat))
        print("  search:", m and (m.span(), m.group(), m.groups()))
        print("  findall:", p.findall(text))
        print("  finditer:", [(m.start(), m.lastindex) for m in p.finditer(text)])
        print("  sub:", p.sub("<\\g<0>>", text[:80]))
        print("  split:", p.split(text[:60]))

run()
re.purge()
re._USE_C = False
print("--- Python matcher")
run()
