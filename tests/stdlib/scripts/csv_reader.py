# csv.reader: input sources, quoting, multi-line fields, dialect options, errors.
import csv
import io


def show(rows):
    for r in rows:
        print(r)


def err(fn):
    try:
        fn()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)


text = 'name,age,city\r\nAlice,30,"New York, NY"\r\nBob,25,"He said ""hi"""\r\n\r\nCarol,,Paris\r\n'
print("-- StringIO")
r = csv.reader(io.StringIO(text))
for row in r:
    print(r.line_num, row)
print("-- splitlines")
show(csv.reader(text.splitlines()))
print("-- split on newline")
show(csv.reader("a,b\nc,d\n".split("\n")))
print("-- list of lines without newlines")
show(csv.reader(["1,2,3", "4,5,6"]))

print("-- quoted newlines")
multi = 'id,note\n1,"line one\nline two"\n2,"x\r\ny"\n3,plain\n'
r = csv.reader(io.StringIO(multi))
for row in r:
    print(r.line_num, row)
show(csv.reader(['a,"b', 'c",d']))

print("-- edge cases")
show(csv.reader(["", "\n", "\r\n", ",", ",,", '""', '"",""', "a,", ",a", " a , b "]))
show(csv.reader(['"ab"c,d', 'x"y,z', '"a""b",c', '"""",x', '"unterminated']))
show(csv.reader(["a\tb\tc"], dialect="excel-tab"))
show(csv.reader(["a\tb\tc"], csv.excel_tab))
show(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'"))
show(csv.reader(['a, "b,c",  d'], skipinitialspace=True))
show(csv.reader(['a, "b,c", d']))
show(csv.reader(["a b  c"], delimiter=" ", skipinitialspace=True))
show(csv.reader(["a\\,b,c\\\\d", "e\\", "f"], escapechar="\\"))
show(csv.reader(['"a\\"b",c'], escapechar="\\"))
show(csv.reader(['"a""b",c'], doublequote=False))
show(csv.reader(['a,"b,c"'], quoting=csv.QUOTE_NONE))
show(csv.reader(['1,2.5,"x",,-3e2, 7'], quoting=csv.QUOTE_NONNUMERIC))
show(csv.reader(["a|b|c"], delimiter="|"))
show(csv.reader(["café,naïve,日本"]))

print("-- long input")
rows = [[str(i), "n%d" % i, "v,%d" % i, 'q"%d' % i] for i in range(500)]
buf = io.StringIO()
csv.writer(buf).writerows(rows)
back = list(csv.reader(io.StringIO(buf.getvalue())))
print(back == rows, len(back), back[-1])

print("-- errors")
err(lambda: list(csv.reader(['"abc'], strict=True)))
err(lambda: list(csv.reader(['"ab"c'], strict=True)))
err(lambda: list(csv.reader(["a\rb"])))
err(lambda: list(csv.reader([b"a,b"])))
err(lambda: list(csv.reader(["a,b"], quoting=csv.QUOTE_NONNUMERIC)))
err(lambda: csv.reader([], delimiter="ab"))
err(lambda: csv.reader([], delimiter=""))
err(lambda: csv.reader([], quoting=9))
err(lambda: csv.reader([], bogus=1))
err(lambda: csv.reader([], dialect="nope"))
try:
    csv.reader(5)
except TypeError as e:
    print("TypeError")
print(issubclass(csv.Error, Exception))
