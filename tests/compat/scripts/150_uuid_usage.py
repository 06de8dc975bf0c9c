import uuid

u = uuid.uuid4()
s = str(u)
print(len(s), s.count("-"), u.version, len(u.hex), u.variant == uuid.RFC_4122)
print([len(part) for part in s.split("-")])

ns = uuid.uuid5(uuid.NAMESPACE_DNS, "example.com")
print(ns, ns.version)
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/orders/42"))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "example.com"))

parsed = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(parsed, parsed.hex, parsed.int, parsed.version)
print(repr(parsed))
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == parsed, parsed.urn)
print(uuid.UUID(bytes=bytes(range(16))))


def is_valid_uuid(value):
    try:
        uuid.UUID(str(value))
        return True
    except ValueError:
        return False


print([is_valid_uuid(v) for v in [s, "not-a-uuid", "12345678123456781234567812345678", ""]])
ids = {uuid.uuid5(uuid.NAMESPACE_OID, f"item-{i}") for i in range(100)}
print("unique deterministic ids:", len(ids))
print(str(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))[:8], uuid.NAMESPACE_DNS)
