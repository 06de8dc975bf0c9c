import csv
import io

records = [
    ["id", "name", "comment", "amount"],
    [1, "Smith, John", 'Said "hello"', 10.5],
    [2, "O'Reilly", "multi\nline", 0],
    [3, "Plain", "", -3.25],
    [4, "Tab\tName", "semi;colon", 1e6],
]

for label, quoting in [("MINIMAL", csv.QUOTE_MINIMAL), ("ALL", csv.QUOTE_ALL), ("NONNUMERIC", csv.QUOTE_NONNUMERIC)]:
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=quoting)
    writer.writerows(records)
    print(f"--- QUOTE_{label} ---")
    print(repr(buf.getvalue()))

buf = io.StringIO()
w = csv.writer(buf, delimiter="|", lineterminator="\n")
w.writerows(records[:3])
print(buf.getvalue(), end="")

back = list(csv.reader(io.StringIO(buf.getvalue()), delimiter="|"))
print(back)
