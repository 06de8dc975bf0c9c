rows = [
    ("Widget", 4, 3.5),
    ("Gadget Pro Max", 12, 129.99),
    ("Nut", 1000, 0.02),
    ("Thingamajig", 7, 15.0),
]
headers = ("Item", "Qty", "Price", "Total")

table = [(name, str(q), f"{p:.2f}", f"{q * p:,.2f}") for name, q, p in rows]
widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(headers)]

def line(cells, aligns):
    out = []
    for cell, w, a in zip(cells, widths, aligns):
        out.append(cell.ljust(w) if a == "<" else cell.rjust(w))
    return "| " + " | ".join(out) + " |"

sep = "+-" + "-+-".join("-" * w for w in widths) + "-+"
print(sep)
print(line(headers, "<<<<"))
print(sep.replace("-", "="))
for r in table:
    print(line(r, "<>>>"))
print(sep)
total = sum(q * p for _, q, p in rows)
print(f"{'Grand total':>{sum(widths) + 3 * len(widths) - 2}} {total:,.2f}")

print("[" + "centered".center(20) + "]")
print("[" + "centered".center(21, "*") + "]")
print("[" + "7".zfill(4) + "] [" + "-7".zfill(4) + "]")
print(f"[{'left':<10}][{'right':>10}][{'mid':^10}][{'fill':_^10}]")
