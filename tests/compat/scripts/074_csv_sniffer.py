import csv
import io

samples = {
    "comma": "name,age,city\nAnn,34,Oslo\nBo,28,Rome\n",
    "semicolon": "name;age;city\nAnn;34;Oslo\nBo;28;Rome\n",
    "tab": "name\tage\tcity\nAnn\t34\tOslo\nBo\t28\tRome\n",
    "pipe": "name|age|city\nAnn|34|Oslo\nBo|28|Rome\n",
}

sniffer = csv.Sniffer()
for label, text in samples.items():
    dialect = sniffer.sniff(text, delimiters=",;\t|")
    has_header = sniffer.has_header(text)
    rows = list(csv.reader(io.StringIO(text), dialect))
    print(f"{label:<10} delimiter={dialect.delimiter!r} header={has_header} rows={rows[1:]}")

# Fallback when sniffing fails
try:
    sniffer.sniff("just one value", delimiters=",;")
except csv.Error as e:
    print("csv.Error:", e)
