import base64
import struct

res = read_only_sql_query("shop", "SELECT product_id, mime_type, image FROM product_images ORDER BY product_id LIMIT 5")
print(res["columns"])

for pid, mime, image in res["rows"]:
    raw = base64.b64decode(image["$base64"])
    is_png = raw[:8] == b"\x89PNG\r\n\x1a\n"
    # IHDR chunk: length(4) type(4) width(4) height(4) depth(1) colour type(1)
    width, height = struct.unpack(">II", raw[16:24])
    depth, colour = raw[24], raw[25]
    print(f"product {pid}: {mime}, {len(raw)} bytes, png={is_png}, {width}x{height}, depth={depth}, colour type={colour}")

sizes = read_only_sql_query("shop", "SELECT MIN(length(image)), MAX(length(image)), COUNT(*) FROM product_images")
lo, hi, n = sizes["rows"][0]
print(f"{n} images, {lo}-{hi} bytes each")
