#!/usr/bin/env python3
"""Write the demo shop database that read_only_sql_query examples use.

    scripts/make-demo-db.py OUT.db [--force]

A small online shop: customers, products, orders, order_items, and
product_images (a BLOB column holding real 8x8 PNGs, so blob results show up
as {"$base64": ...} and decode to images). Prices are integer cents, the way
shops store money (no float rounding in sums). Foreign keys and the indexes
a reporting query wants are declared.

Deterministic: a fixed seed and fixed dates, so the same SQLite version
writes the same bytes every time and tests can rely on the contents (ids
start at 1 and are contiguous; customer 1 is always the same person).

The file is built under a temporary name next to OUT and moved into place
only when complete, so a reader never sees half a database. OUT is not
overwritten unless --force is given (without it, the final step is a hard
link, which fails if OUT appeared in the meantime).
"""
import argparse
import datetime
import os
import random
import sqlite3
import struct
import sys
import tempfile
import unicodedata
import zlib

SEED = 20240601
CUSTOMERS = 300
ORDERS = 1200
FIRST_DAY = datetime.date(2021, 1, 1)
LAST_DAY = datetime.date(2024, 6, 30)

FIRST_NAMES = [
    "Alice", "Bob", "Chloé", "David", "Emma", "Farid", "Grace", "Hiro", "Inès", "Jonas",
    "Kofi", "Lena", "Mateo", "Nadia", "Oliver", "Priya", "Quentin", "Rosa", "Søren", "Tomás",
    "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë", "Łukasz", "Ana", "Björn", "Chen",
]
LAST_NAMES = [
    "Smith", "García", "Müller", "Rossi", "Dubois", "Kowalski", "Nakamura", "Okafor", "Silva",
    "Johansson", "Novák", "Dvořák", "Kim", "Patel", "Nguyen", "O'Brien", "van Dijk", "Haddad",
    "Fischer", "Moreau", "Costa", "Ivanova", "Lindqvist", "Santos", "Yılmaz",
]
CITIES = [
    ("Paris", "France"), ("Lyon", "France"), ("Berlin", "Germany"), ("München", "Germany"),
    ("Madrid", "Spain"), ("Sevilla", "Spain"), ("Milano", "Italy"), ("Roma", "Italy"),
    ("London", "United Kingdom"), ("Manchester", "United Kingdom"), ("Warszawa", "Poland"),
    ("Praha", "Czechia"), ("Stockholm", "Sweden"), ("København", "Denmark"),
    ("Amsterdam", "Netherlands"), ("Lisboa", "Portugal"), ("New York", "United States"),
    ("Austin", "United States"), ("Toronto", "Canada"), ("Tokyo", "Japan"),
    ("Lagos", "Nigeria"), ("São Paulo", "Brazil"), ("Istanbul", "Turkey"),
    ("Seoul", "South Korea"),
]
# category: (colour of its product images, [(name, price in cents)])
CATALOGUE = {
    "Coffee": ((111, 78, 55), [
        ("Espresso beans 1 kg", 2490), ("Filter roast 500 g", 1290), ("Decaf beans 500 g", 1390),
        ("Cold brew concentrate", 990), ("Single origin Ethiopia 250 g", 1190),
        ("Single origin Colombia 250 g", 1090), ("Instant coffee tin", 690),
        ("Coffee pods x50", 1790),
    ]),
    "Tea": ((94, 140, 49), [
        ("Sencha green tea", 890), ("Earl Grey loose leaf", 790), ("Chamomile infusion", 590),
        ("Masala chai blend", 850), ("Oolong 100 g", 1450), ("Matcha powder 30 g", 1990),
        ("Rooibos vanilla", 650),
    ]),
    "Brewing": ((70, 90, 120), [
        ("Pour-over dripper", 2200), ("French press 1 l", 3400), ("Moka pot 6 cups", 2990),
        ("Paper filters x100", 450), ("Burr grinder", 8900), ("Gooseneck kettle", 5900),
        ("Milk frother", 2490), ("Espresso machine", 34900), ("Digital scale", 2790),
        ("Tea infuser", 890),
    ]),
    "Cups & Mugs": ((200, 160, 60), [
        ("Ceramic mug", 1200), ("Double-wall glass", 1590), ("Travel tumbler", 2290),
        ("Espresso cups x2", 1490), ("Teapot 800 ml", 3290), ("Latte bowl", 1100),
        ("Enamel camping mug", 990),
    ]),
    "Snacks": ((180, 70, 60), [
        ("Almond biscotti", 490), ("Dark chocolate 70%", 350), ("Shortbread tin", 890),
        ("Stroopwafels x8", 590), ("Candied ginger", 420), ("Oat cookies", 390),
        ("Salted caramel fudge", 650), ("Matcha KitKat", 550),
    ]),
    "Gift Sets": ((150, 80, 160), [
        ("Coffee lover's box", 4990), ("Tea sampler", 3490), ("Barista starter kit", 7990),
        ("Afternoon tea hamper", 5990), ("Gift card €25", 2500), ("Gift card €50", 5000),
    ]),
    "Accessories": ((90, 90, 90), [
        ("Coffee storage canister", 1890), ("Cleaning tablets", 990), ("Knock box", 2190),
        ("Tamper 58 mm", 2990), ("Barista apron", 2590), ("Coaster set", 1290),
        ("Descaler", 1090), ("Reusable filter", 1390),
    ]),
}
STATUSES = ["delivered", "shipped", "paid", "pending", "cancelled", "refunded"]

SCHEMA = """
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    signup_date TEXT NOT NULL          -- ISO 8601 date
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents > 0),
    stock INTEGER NOT NULL CHECK (stock >= 0)
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    order_date TEXT NOT NULL,          -- ISO 8601 date
    status TEXT NOT NULL CHECK (status IN
        ('pending', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded'))
);
CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL, -- the price when the order was placed
    PRIMARY KEY (order_id, product_id)
) WITHOUT ROWID;
CREATE TABLE product_images (
    product_id INTEGER PRIMARY KEY REFERENCES products(id),
    mime_type TEXT NOT NULL,
    image BLOB NOT NULL
);
CREATE INDEX customers_country ON customers(country);
CREATE INDEX products_category ON products(category);
CREATE INDEX orders_customer ON orders(customer_id);
CREATE INDEX orders_date ON orders(order_date);
CREATE INDEX order_items_product ON order_items(product_id);
"""


def png(rgb, shade):
    """An 8x8 RGB PNG: the category colour, a lighter diagonal band."""
    rows = []
    for y in range(8):
        row = bytearray([0])  # filter: none
        for x in range(8):
            lift = 60 if (x + y + shade) % 8 < 2 else 0
            row += bytes(min(255, c + lift) for c in rgb)
        rows.append(bytes(row))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def day(rng, start, end):
    return start + datetime.timedelta(days=rng.randrange((end - start).days + 1))


def build(db):
    rng = random.Random(SEED)

    customers = []
    emails = set()
    for cid in range(1, CUSTOMERS + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        city, country = rng.choice(CITIES)
        base = f"{first}.{last}".lower().replace(" ", "").replace("'", "")
        base = base.translate(str.maketrans("łøı", "loi"))  # no decomposition for these
        base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
        email = f"{base}@example.com"
        n = 2
        while email in emails:
            email = f"{base}{n}@example.com"
            n += 1
        emails.add(email)
        signup = day(rng, FIRST_DAY, LAST_DAY - datetime.timedelta(days=30))
        customers.append((cid, f"{first} {last}", email, city, country, signup.isoformat()))
    db.executemany("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?)", customers)

    products = []
    images = []
    for category, (rgb, items) in CATALOGUE.items():
        for name, price in items:
            pid = len(products) + 1
            products.append((pid, name, category, price, rng.randrange(0, 250)))
            images.append((pid, "image/png", png(rgb, pid)))
    db.executemany("INSERT INTO products VALUES (?, ?, ?, ?, ?)", products)
    db.executemany("INSERT INTO product_images VALUES (?, ?, ?)", images)

    orders = []
    items = []
    # Some customers buy much more than others, as in any shop.
    weights = [rng.paretovariate(1.5) for _ in customers]
    for oid in range(1, ORDERS + 1):
        customer = rng.choices(customers, weights)[0]
        signup = datetime.date.fromisoformat(customer[5])
        placed = day(rng, signup, LAST_DAY)
        age = (LAST_DAY - placed).days
        if age > 30:
            status = rng.choices(STATUSES, [85, 0, 0, 0, 10, 5])[0]
        elif age > 7:
            status = rng.choices(STATUSES, [40, 40, 10, 0, 8, 2])[0]
        else:
            status = rng.choices(STATUSES, [0, 20, 40, 35, 5, 0])[0]
        orders.append((oid, customer[0], placed.isoformat(), status))
        for product in rng.sample(products, rng.choice([1, 1, 2, 2, 2, 3, 3, 4, 5])):
            # Prices drift: older orders paid a little less.
            paid = round(product[3] * (1 - min(age, 900) / 9000))
            items.append((oid, product[0], rng.choice([1, 1, 1, 2, 2, 3, 6]), paid))
    db.executemany("INSERT INTO orders VALUES (?, ?, ?, ?)", orders)
    db.executemany("INSERT INTO order_items VALUES (?, ?, ?, ?)", items)
    return {"customers": len(customers), "products": len(products), "orders": len(orders),
            "order items": len(items), "product images": len(images)}


def main():
    parser = argparse.ArgumentParser(description="Write the demo shop SQLite database.")
    parser.add_argument("out", metavar="OUT.db", help="where to write the database")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = parser.parse_args()

    out = os.path.abspath(args.out)
    if os.path.lexists(out) and not args.force:
        sys.exit(f"make-demo-db: {args.out} exists (use --force to replace it)")
    if not os.path.isdir(os.path.dirname(out)):
        sys.exit(f"make-demo-db: {os.path.dirname(out)} is not a directory")
    fd, tmp = tempfile.mkstemp(prefix=".shop-", suffix=".db.tmp", dir=os.path.dirname(out))
    os.close(fd)
    try:
        db = sqlite3.connect(tmp, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode = DELETE")  # a single file, never WAL
            db.execute("PRAGMA foreign_keys = ON")      # so the data is checked as it goes in
            db.executescript(SCHEMA)  # (executescript commits first, so outside BEGIN)
            db.execute("BEGIN")
            counts = build(db)
            db.execute("COMMIT")
            problems = db.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign key violations: {problems[:5]}")
            db.execute("VACUUM")
        finally:
            db.close()
        os.chmod(tmp, 0o644)
        if args.force:
            os.replace(tmp, out)
        else:
            os.link(tmp, out)  # fails rather than clobbering a file that appeared meanwhile
            os.unlink(tmp)
    except BaseException:
        for leftover in (tmp, tmp + "-journal"):
            if os.path.exists(leftover):
                os.unlink(leftover)
        raise
    summary = ", ".join(f"{n} {what}" for what, n in counts.items())
    print(f"wrote {args.out}: {summary} ({os.path.getsize(out) // 1024} KiB)")


if __name__ == "__main__":
    main()
