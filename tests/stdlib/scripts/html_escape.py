# html.escape and html.unescape.
import html


def show(s):
    # ASCII view, so control characters are visible.
    return "".join(c if 32 <= ord(c) < 127 else "\\u%04x" % ord(c) for c in s)


for s in ["Tom & Jerry", "<script>alert('x')</script>", 'say "hi"', "5 > 3 && 2 < 4",
          "", "plain", "&amp; already", "café €5"]:
    print(show(html.escape(s)), "|", show(html.escape(s, quote=False)), "|",
          html.unescape(html.escape(s)) == s)

cases = [
    "&lt;p&gt;Caf&eacute; &amp; cr&egrave;me &#8364;5 &#x263A;&lt;/p&gt;",
    "&quot;quoted&quot; &apos;single&apos; &#39;x&#39; &#x27;y&#x27;",
    "&copy; 2024 &reg; &trade; &nbsp;|&nbsp; &hellip; &mdash; &ndash; &bull;",
    "&euro;&pound;&yen;&cent; &frac12; &frac14; &sup2; &deg;C &plusmn;1 &times; &divide;",
    "&alpha;&beta;&gamma; &Omega; &pi; &sum; &infin; &ne; &le; &ge; &rarr; &larr; &hearts;",
    "&lsquo;x&rsquo; &ldquo;y&rdquo; &laquo;z&raquo; &lang;a&rang;",
    "&amp &lt &gt &quot &copy2024 &AMP; &LT;b&GT; &COPY &nbspx",
    "&notit; &notin; &not &ampx &hellip &unknown; &; & ;& &&amp;",
    "&#65;&#66&#67; &#x41;&#X42;&#x43 &#; &#x; &#xZ; &#65abc",
    "&#0; &#13; &#128; &#129; &#150; &#159; &#160; &#55296; &#xD800; &#1114111; &#1114112;",
    "&#1; &#11; &#127; &#64976; &#65534; &#xFFFF; &#x1FFFE; &#9731; &#x1F600;",
    "&Tab;|&NewLine;|&lpar;&rpar;&colon;&semi;&check;&cross;&star;",
    "&aacute;&Aacute;&ccedil;&ntilde;&ouml;&szlig;&oslash;&aring;&AElig;&thorn;&yuml;",
    "no entities here", "&amp;lt;", "&" * 3, "&" + "a" * 40 + ";",
    "&abcdefghijklmnopqrstuvwxyzabcdefgh;",
]
for c in cases:
    print(show(c))
    print("  ->", show(html.unescape(c)))
