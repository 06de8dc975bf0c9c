import csv
import io

samples = [
    "id,name,price\n1,Widget,9.99\n2,Gadget,19.5\n3,Thing,7\n",
    "a;b;c\n1;2;3\n4;5;6\n",
    "col1\tcol2\nx\t1\ny\t2\n",
    '"name","note"\n"Ann","likes, commas"\n"Bo","plain"\n',
    "name, city\nAnn, Oslo\nBo, Rome\n",
    "1,2,3\n4,5,6\n7,8,9\n",
]
s = csv.Sniffer()
for text in samples:
    d = s.sniff(text)
    print(repr(d.delimiter), repr(d.quotechar), d.skipinitialspace, s.has_header(text))
    print(list(csv.reader(io.StringIO(text), d))[-1])
for bad in ["", "word"]:
    try:
        s.sniff(bad)
    except csv.Error as e:
        print("Error:", e)
