import csv
import io
from dataclasses import dataclass, asdict
from itertools import groupby
from operator import attrgetter

SOURCE = """sku,warehouse,on_hand,reserved,unit_cost
MUG-01,north,120,20,3.10
MUG-01,south,15,15,3.10
TEA-02,north,0,0,1.25
TEA-02,south,80,5,1.30
KET-03,north,7,2,18.00
KET-03,east,12,0,17.50
CUP-04,east,300,120,0.80
"""


@dataclass
class Stock:
    sku: str
    warehouse: str
    on_hand: int
    reserved: int
    unit_cost: float

    @property
    def available(self):
        return self.on_hand - self.reserved


records = [Stock(r["sku"], r["warehouse"], int(r["on_hand"]), int(r["reserved"]), float(r["unit_cost"]))
           for r in csv.DictReader(io.StringIO(SOURCE))]

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["sku", "warehouses", "available", "value", "flag"])
for sku, group in groupby(sorted(records, key=attrgetter("sku")), key=attrgetter("sku")):
    group = list(group)
    available = sum(s.available for s in group)
    value = sum(s.on_hand * s.unit_cost for s in group)
    flag = "STOCKOUT" if available == 0 else ("LOW" if available < 20 else "")
    writer.writerow([sku, "/".join(sorted(s.warehouse for s in group)), available, f"{value:.2f}", flag])
print(out.getvalue())

by_wh = {}
for s in records:
    by_wh.setdefault(s.warehouse, []).append(asdict(s))
for wh in sorted(by_wh):
    print(wh, [d["sku"] for d in by_wh[wh]], sum(d["on_hand"] for d in by_wh[wh]))
