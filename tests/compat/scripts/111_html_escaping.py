import html
import re

comments = [
    "Great product! <3",
    '<script>alert("xss")</script>',
    "Tom & Jerry's \"best\" episode",
    "5 > 3 && 2 < 4",
]
for c in comments:
    print(html.escape(c))
print(html.escape("'single' & \"double\"", quote=False))

encoded = "&lt;p&gt;Caf&eacute; &amp; cr&egrave;me &#8364;5 &#x263A;&lt;/p&gt;"
print(html.unescape(encoded))


def strip_tags(markup):
    text = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", markup, flags=re.S | re.I)
    text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(re.sub(r"\s+", " ", text)).strip()


page = """<html><head><style>p {color: red}</style></head>
<body><h1>Report &amp; Summary</h1><p>Revenue grew <b>12%</b>.</p>
<script>track()</script><p>Next review: Q3</p></body></html>"""
print(strip_tags(page))

rows = [("Widget", 3), ("Gadget <new>", 12)]
table = "<table>\n" + "\n".join(f"  <tr><td>{html.escape(n)}</td><td>{q}</td></tr>" for n, q in rows) + "\n</table>"
print(table)
