import csv
import io

inventory = [
    {"sku": "A-100", "name": "Blue mug", "qty": 14, "price": 7.5},
    {"sku": "A-101", "name": "Red mug", "qty": 0, "price": 7.5},
    {"sku": "B-200", "name": "Teapot, large", "qty": 3, "price": 32.0},
    {"sku": "C-300", "name": "Coasters (set of 4)", "qty": 40, "price": 4.99},
]

for item in inventory:
    item["value"] = round(item["qty"] * item["price"], 2)
    item["status"] = "reorder" if item["qty"] < 5 else "ok"

out = io.StringIO()
fieldnames = ["sku", "name", "qty", "price", "value", "status"]
writer = csv.DictWriter(out, fieldnames=fieldnames, lineterminator="\n")
writer.writeheader()
writer.writerows(inventory)
print(out.getvalue())

# only some columns, ignore the rest
out2 = io.StringIO()
w2 = csv.DictWriter(out2, fieldnames=["sku", "status"], extrasaction="ignore", lineterminator="\n")
w2.writeheader()
for item in inventory:
    if item["status"] == "reorder":
        w2.writerow(item)
print(out2.getvalue(), end="")

try:
    csv.DictWriter(io.StringIO(), fieldnames=["sku"]).writerow({"sku": 1, "oops": 2})
except ValueError as e:
    print("ValueError:", e)
print("total value:", sum(i["value"] for i in inventory))
