# unicodedata: category, combining, decomposition, digits, names.
import unicodedata as ud

chars = "Aa1 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\t\n\x7f\xa0¡¢£¤¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÆÇÈ×Øßàæçèéêëìíîïðñòóôõöøùúûüýþÿ"
chars += "ĀāĂăĆćČčĐđĒēĚěĞğİıĲĳĸĹĺŁłŃńŇňŉŊŋŐőŒœŘřŚśŞşŠšŢţŤťŮůŰűŸŹźŻżŽžſƀƁƂƃƏƒǄǅǆǇǈǉǍǎǕǖǗǘǞǟǰǱǲǳȘșȚțȷɐəʰʲʼˆˇ˘˙˚˛˜˝"
chars += "\u0300\u0301\u0302\u0303\u0308\u030a\u030c\u0327\u0328\u0345\u034f\u0361ΑΩάαωϐЁЖжёѢ\u0483\u05d0\u05b8\u0627\u064b\u0660\u06f5\u0966"
chars += "ḀḁẞẠạẾếỳ\u2002\u2003\u2009\u200b\u200d\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2028\u2030\u2044\u2070\u2074\u2080\u20ac\u20b9\u20d7"
chars += "℃℉ℕ№™Ω℮⅓⅔⅛ⅠⅫⅰ←↑→⇒∀∂∅∈∑−√∞≈≠≤≥⌘⏰①②⓪─│█■□▲●★☆☺♠♥♪✓✔❤\u3000、。「」ぁあアー中丁가각힣\ud7a3\ue000\ufb01\ufb02\ufe0f\ufeff！１Ａａ｡ｱ￥"
chars += "\U0001f600\U0001f44d\U0001f1fa\U0001f3fb\U00020000\U0010ffff"
for c in chars:
    print("%04X" % ord(c), ud.category(c), ud.combining(c), repr(ud.decomposition(c)),
          ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None))
for c in "Az09 !~{@":
    n = ud.name(c)
    print(repr(c), n, ud.lookup(n) == c, ud.lookup(n.lower()) == c)
print(ud.name("中"), ud.lookup("CJK UNIFIED IDEOGRAPH-4E2D"), ud.name("\x00", "no name"))
for bad in ["\x00", "\x7f"]:
    try:
        print(ud.name(bad))
    except ValueError as e:
        print("name", type(e).__name__, e)
try:
    ud.lookup("NO SUCH THING")
except KeyError as e:
    print("lookup", type(e).__name__, e)
for f in (ud.decimal, ud.digit, ud.numeric):
    try:
        f("x")
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "ab", 5]:
    try:
        ud.category(bad)
    except TypeError as e:
        print("category", type(e).__name__)
