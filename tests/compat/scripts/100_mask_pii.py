import re

records = [
    "Customer John Smith (john.smith@example.com) paid with card 4111 1111 1111 1111 on 2024-03-01.",
    "Call 555-123-4567 or email j.doe@corp.co about SSN 123-45-6789.",
    "IBAN DE89370400440532013000 registered to Maria; backup card 5500-0000-0000-0004.",
    "No personal data here, just order #A-1042 for 3 items.",
]

PATTERNS = [
    ("EMAIL", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")),
    ("CARD", re.compile(r"\b(?:\d{4}[ -]?){3}\d{4}\b")),
    ("SSN", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("PHONE", re.compile(r"\b\d{3}-\d{3}-\d{4}\b")),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b")),
]


def mask_card(m):
    digits = re.sub(r"\D", "", m.group())
    return "**** **** **** " + digits[-4:]


def redact(text):
    found = []
    for label, pattern in PATTERNS:
        def repl(m, label=label):
            found.append(label)
            if label == "CARD":
                return mask_card(m)
            if label == "EMAIL":
                user, domain = m.group().split("@")
                return user[0] + "***@" + domain
            return f"[{label}]"
        text = pattern.sub(repl, text)
    return text, found


totals = {}
for r in records:
    masked, found = redact(r)
    print(masked)
    for label in found:
        totals[label] = totals.get(label, 0) + 1
print("redactions:", totals)
print(re.sub(r"(?<=\d{2})\d(?=\d{2})", "#", "order 1234567"))
