import re

raw_numbers = [
    "(555) 123-4567",
    "555.123.4567",
    "+1 555 123 4567",
    "1-555-123-4567",
    "5551234567",
    "555-1234",
    "+44 20 7946 0958",
    "call me maybe",
    "555 123 4567 ext. 89",
]


def normalize_us(number):
    ext = None
    m = re.search(r"(?:ext\.?|x)\s*(\d+)$", number, re.IGNORECASE)
    if m:
        ext = m.group(1)
        number = number[:m.start()]
    digits = re.sub(r"\D", "", number)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        return None
    formatted = f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    return formatted + (f" x{ext}" if ext else "")


valid = {}
for n in raw_numbers:
    result = normalize_us(n)
    print(f"{n:<22} -> {result}")
    if result:
        valid.setdefault(result, []).append(n)

print("\ndistinct valid numbers:", len(valid))
for k, v in valid.items():
    if len(v) > 1:
        print(f"{k} appears in {len(v)} formats")
