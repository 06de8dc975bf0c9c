# csv.DictReader / DictWriter and dialect registration.
import csv
import io


def err(fn):
    try:
        fn()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


text = "id,name,score\r\n1,Ann,9.5\r\n\r\n2,Bo\r\n3,Cy,7,extra,more\r\n"
r = csv.DictReader(io.StringIO(text))
print(r.fieldnames)
for row in r:
    print(r.line_num, row)

r = csv.DictReader(io.StringIO(text), restkey="rest", restval="?")
print(list(r))
r = csv.DictReader(["a,b", "c,d"], fieldnames=["x", "y"])
print(list(r))
r = csv.DictReader(iter(["1;2", "3;4"]), fieldnames=("p", "q"), delimiter=";")
print(list(r), r.fieldnames)
r = csv.DictReader(io.StringIO(""))
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO("h1,h2\n"))
print(r.fieldnames, list(r))
r = csv.DictReader(io.StringIO('"a b","c,d"\n1,2\n'))
print(list(r))
rows = list(csv.DictReader(io.StringIO("city,pop\nOslo,700\nRome,2800\n")))
print(sum(int(x["pop"]) for x in rows), [x["city"] for x in rows])

print("-- DictWriter")
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["id", "name", "score"])
print(w.writeheader())
w.writerow({"id": 1, "name": "Ann", "score": 9.5})
w.writerow({"name": "Bo, Jr."})
w.writerows([{"id": 3, "score": None}, {"score": 1, "id": 4, "name": 'Q"'}])
print(repr(buf.getvalue()))
err(lambda: w.writerow({"id": 5, "bogus": 1}))
buf = io.StringIO()
w = csv.DictWriter(buf, ["a", "b"], restval="NA", extrasaction="ignore", lineterminator="\n")
w.writeheader()
w.writerow({"a": 1, "zzz": 2})
w.writerow({"b": 2})
print(repr(buf.getvalue()))
err(lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="bad"))
buf = io.StringIO()
w = csv.DictWriter(buf, ("a", "b"), quoting=csv.QUOTE_ALL)
w.writeheader()
w.writerow({"a": 1, "b": "x"})
print(repr(buf.getvalue()))
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["k"], extrasaction="RAISE")
err(lambda: w.writerow({"j": 1}))

print("-- round trip")
recs = [{"n": str(i), "sq": str(i * i), "txt": "a,b" if i % 2 else 'q"'} for i in range(5)]
buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=list(recs[0]))
w.writeheader()
w.writerows(recs)
print(list(csv.DictReader(io.StringIO(buf.getvalue()))) == recs)

print("-- dialects")
print(sorted(csv.list_dialects()))
d = csv.get_dialect("excel")
print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
      repr(d.lineterminator), d.quoting, d.escapechar, d.strict)
d = csv.get_dialect("excel-tab")
print(repr(d.delimiter), repr(d.lineterminator))
d = csv.get_dialect("unix")
print(repr(d.lineterminator), d.quoting)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(list(csv.reader(["a|b|'c'"], "pipes")))
buf = io.StringIO()
csv.writer(buf, "pipes").writerow([1, "x"])
print(repr(buf.getvalue()))
print(repr(csv.get_dialect("pipes").delimiter), csv.get_dialect("pipes").quoting)
csv.unregister_dialect("pipes")
err(lambda: csv.get_dialect("pipes"))
err(lambda: csv.unregister_dialect("pipes"))


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


print(list(csv.reader(["1;2;'3'"], Semi)))
buf = io.StringIO()
csv.writer(buf, Semi).writerow(["a;b", 2])
csv.writer(buf, Semi()).writerow(["c", 3])
print(repr(buf.getvalue()))
csv.register_dialect("semi", Semi)
print(list(csv.reader(["x;y"], "semi")))
csv.register_dialect("semi2", "semi", delimiter=":")
print(list(csv.reader(["x:y;z"], "semi2")))
r = csv.reader(["a"], delimiter=":")
print(r.dialect.delimiter, csv.excel.delimiter, csv.excel_tab.delimiter)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(csv.field_size_limit())
old = csv.field_size_limit(10)
err(lambda: list(csv.reader(['"' + "x" * 20 + '"'])))
print(csv.field_size_limit(old))
