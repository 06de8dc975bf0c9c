# csv.writer: quoting modes, value conversion, line terminators, escaping.
import csv
import io


def out(rows, **kw):
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    for row in rows:
        try:
            w.writerow(row)
        except Exception as e:
            print(type(e).__name__, e)
    print(repr(buf.getvalue()))


rows = [
    ["name", "qty", "price", "note"],
    ["apple", 3, 1.25, "fresh, red"],
    ["pear", 0, 0.1, 'say "hi"'],
    ["fig", -2, 1e20, "two\nlines"],
    ["kiwi", 10**20, 2.0, None],
    ["", True, False, " spaced "],
]
print("-- minimal (default)")
out(rows)
print("-- QUOTE_ALL")
out(rows, quoting=csv.QUOTE_ALL)
print("-- QUOTE_NONNUMERIC")
out(rows, quoting=csv.QUOTE_NONNUMERIC)
print("-- QUOTE_NONE with escapechar")
out(rows, quoting=csv.QUOTE_NONE, escapechar="\\")
print("-- QUOTE_NONE without escapechar")
out([["a", "b"], ["a,b"], ['q"']], quoting=csv.QUOTE_NONE)
print("-- lineterminator and delimiter")
out(rows[:3], lineterminator="\n")
out(rows[:3], delimiter=";")
out(rows[:3], delimiter="\t")
out(rows[:3], dialect="excel-tab")
out(rows[:3], dialect="unix")
out([["a;b", "c,d"]], delimiter=";")
out([["it's", "x"]], quotechar="'")
print("-- escapechar with quoting")
out([["a,b", 'c"d', "e\\f"]], escapechar="\\")
out([["a,b", 'c"d', "e\\f"]], escapechar="\\", doublequote=False)
out([['c"d']], doublequote=False)
print("-- empty fields and rows")
out([[""], [None], [], ["", ""], [None, None]])
out([[""]], quoting=csv.QUOTE_NONE)
print("-- other iterables")
out([("t", 1), range(3), "abc", (x * x for x in range(3))])
out([5])
print("-- carriage return only")
out([["a\rb"]])
out([["a\rb"]], lineterminator="\n")
print("-- writerows and return value")
buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(["a", "b"]))
print(w.writerows([[1, 2], [3, 4]]))
print(repr(buf.getvalue()))
print(w.dialect.delimiter, repr(w.dialect.lineterminator), w.dialect.quoting)

print("-- round trip")
data = [["x", 'q"uote', "com,ma", "new\nline", "", " lead"], ["1", "2", "3", "4", "5", "6"]]
buf = io.StringIO()
csv.writer(buf).writerows(data)
print(list(csv.reader(io.StringIO(buf.getvalue()))) == data)
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    buf = io.StringIO()
    csv.writer(buf, quoting=q).writerows(data)
    print(q, list(csv.reader(io.StringIO(buf.getvalue()), quoting=q)) == data)
