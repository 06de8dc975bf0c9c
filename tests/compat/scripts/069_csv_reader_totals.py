import csv
import io

data = """region,product,units,unit_price
North,Widget,10,2.50
South,Widget,4,2.50
North,Gadget,3,10.00
East,Gizmo,7,4.25
South,Gadget,1,10.00
North,Widget,6,2.40
East,Widget,12,2.50
"""

reader = csv.reader(io.StringIO(data))
header = next(reader)
print("columns:", header)

totals = {}
rows = 0
for row in reader:
    region, product, units, price = row
    totals[region] = totals.get(region, 0.0) + int(units) * float(price)
    rows += 1

print(f"{rows} rows")
for region, total in sorted(totals.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{region:<6} {total:8.2f}")
print(f"{'ALL':<6} {sum(totals.values()):8.2f}")
