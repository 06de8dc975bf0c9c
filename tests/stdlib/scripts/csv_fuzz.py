# csv: generated inputs (quotes, delimiters, newlines, escapes) read with many
# dialect settings must give CPython's rows and errors; written rows must read back.
import csv
import io

seed = 3


def r(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return (seed >> 8) % n


alphabet = ['a', 'b', ',', ',', '"', '"', '\n', '\r\n', ' ', '\\', ';', 'x y', '""']
options = [
    {}, {"skipinitialspace": True}, {"escapechar": "\\"}, {"doublequote": False, "escapechar": "\\"},
    {"quoting": csv.QUOTE_NONE}, {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"strict": True},
    {"delimiter": ";"}, {"quotechar": "'"}, {"doublequote": False},
]
for case in range(400):
    text = "".join(alphabet[r(len(alphabet))] for _ in range(r(25)))
    opts = options[r(len(options))]
    src = [io.StringIO(text), text.splitlines(True), text.split("\n")][r(3)]
    try:
        rd = csv.reader(src, **opts)
        rows = []
        for row in rd:
            rows.append((rd.line_num, row))
        out = rows
    except csv.Error as e:
        out = "Error: %s" % e
    print(case, repr(text), sorted(opts.items()), out)

for case in range(200):
    row = ["".join(alphabet[r(len(alphabet))] for _ in range(r(4))) for _ in range(1 + r(4))]
    opts = [{}, {"quoting": csv.QUOTE_ALL}, {"escapechar": "\\"}, {"escapechar": "\\", "doublequote": False},
            {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"lineterminator": "\n"}][r(6)]
    buf = io.StringIO()
    try:
        csv.writer(buf, **opts).writerow(row)
        back = list(csv.reader(io.StringIO(buf.getvalue()), **opts))
        print(case, repr(buf.getvalue()), back == [row])
    except csv.Error as e:
        print(case, "Error: %s" % e)
