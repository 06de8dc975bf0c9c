# unicodedata: normalization forms and the slugify idiom.
import codecs
import unicodedata


def codes(s):
    return " ".join("%04X" % ord(c) for c in s)


names = ["Crème Brûlée", "Zoë", "Ångström", "Łódź", "Nguyễn Thị Minh Khai", "Ærøskøbing",
         "François Müller", "Dvořák", "Þór", "İstanbul", "Škoda", "Ćević", "ǅemal", "Ǖ",
         "ﬁnancial ﬂow", "½ cup, ¼ tsp, ¾", "x² + y³", "™ © ®", "H₂O", "Ⅳ Ⅻ ⅱ", "ｆｕｌｌ ｗｉｄｔｈ！",
         "№ 5 ℃ ℉ K Å", "…", "a\u00a0b\u2009c", "Ｈｅｌｌｏ", "Ωmega ΐ ά", "Ёлка йод", "가나다 한글",
         "がぎぐ ぱ ヴ", "e\u0301\u0327", "a\u0328\u0301\u0323", "\u0301start", "≠ ≤ ∉", "ſt ﬆ"]
for s in names:
    print(s)
    for form in ("NFC", "NFD", "NFKC", "NFKD"):
        n = unicodedata.normalize(form, s)
        print("  %-4s %s" % (form, codes(n)))
    print("  ascii", codecs.encode(unicodedata.normalize("NFKD", s), "ascii", "ignore"))
    print("  same", unicodedata.is_normalized("NFC", s), unicodedata.normalize("NFC", unicodedata.normalize("NFD", s)) == unicodedata.normalize("NFC", s))


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFD", text)
                   if unicodedata.category(c) != "Mn")


def slug(text):
    text = codecs.decode(codecs.encode(unicodedata.normalize("NFKD", text), "ascii", "ignore"), "ascii")
    out = []
    for c in text.lower():
        out.append(c if c.isalnum() else "-")
    return "-".join(p for p in "".join(out).split("-") if p)


for s in names[:12]:
    print(strip_accents(s), "|", slug(s))
print(unicodedata.normalize("NFC", ""), unicodedata.normalize("NFD", "plain ascii"))
for bad in [("NFX", "a"), ("nfc", "a")]:
    try:
        unicodedata.normalize(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    unicodedata.normalize("NFC", b"x")
except TypeError as e:
    print(type(e).__name__)
print(unicodedata.unidata_version)
