import csv
import io

# Semicolon-separated export with decimal commas, as produced by European Excel
raw = """Datum;Artikel;Menge;Preis
01.03.2024;Kaffee;2;12,90
01.03.2024;Tee;1;4,50
02.03.2024;Kaffee;1;12,90
05.03.2024;Kuchen;3;3,20
05.03.2024;Tee;4;4,50
"""


def parse_decimal(text):
    return float(text.replace(".", "").replace(",", "."))


reader = csv.DictReader(io.StringIO(raw), delimiter=";")
per_day = {}
per_item = {}
for row in reader:
    amount = int(row["Menge"]) * parse_decimal(row["Preis"])
    per_day[row["Datum"]] = per_day.get(row["Datum"], 0) + amount
    per_item[row["Artikel"]] = per_item.get(row["Artikel"], 0) + amount

def fmt_eur(x):
    s = f"{x:,.2f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".") + " €"

for day, total in per_day.items():
    print(day, fmt_eur(total))
print()
for item, total in sorted(per_item.items()):
    print(f"{item:<8}{fmt_eur(total):>12}")
print("Gesamt:", fmt_eur(sum(per_item.values())))
print(fmt_eur(1234567.891))
