import csv
import io
import json

csv_text = """id,name,price,in_stock,tags
1,Laptop,999.99,true,electronics|computers
2,Desk chair,149.5,false,furniture
3,USB cable,7,true,electronics|accessories|cables
4,Notebook,,true,
"""


def convert(row):
    out = {"id": int(row["id"]), "name": row["name"]}
    out["price"] = float(row["price"]) if row["price"] else None
    out["in_stock"] = row["in_stock"].lower() == "true"
    out["tags"] = row["tags"].split("|") if row["tags"] else []
    return out


items = [convert(r) for r in csv.DictReader(io.StringIO(csv_text))]
print(json.dumps(items, indent=2))

index = {str(item["id"]): item["name"] for item in items}
print(json.dumps(index))
priced = [i for i in items if i["price"] is not None]
print("average price:", round(sum(i["price"] for i in priced) / len(priced), 2))
all_tags = sorted({t for i in items for t in i["tags"]})
print("tags:", all_tags)
