from datetime import datetime

samples = [
    ("2024-03-15", "%Y-%m-%d"),
    ("15/03/2024", "%d/%m/%Y"),
    ("03/15/24", "%m/%d/%y"),
    ("March 15, 2024", "%B %d, %Y"),
    ("15 Mar 2024 14:30", "%d %b %Y %H:%M"),
    ("2024-03-15T14:30:45", "%Y-%m-%dT%H:%M:%S"),
    ("2024-03-15 02:30:45 PM", "%Y-%m-%d %I:%M:%S %p"),
    ("20240315", "%Y%m%d"),
]
for text, fmt in samples:
    dt = datetime.strptime(text, fmt)
    print(f"{text!r:<28} -> {dt.isoformat()}")

# Try several formats until one works
def parse_any(text, formats=("%Y-%m-%d", "%d.%m.%Y", "%m/%d/%Y", "%d %B %Y")):
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None

for raw in ["2023-11-02", "02.11.2023", "11/02/2023", "2 November 2023", "Nov 2nd", "2023-13-01"]:
    print(f"{raw:<16} => {parse_any(raw)}")

try:
    datetime.strptime("2024-02-30", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
