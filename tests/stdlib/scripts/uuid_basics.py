# uuid: UUID objects and uuid4 (no randomness in the output).
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.urn)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq)
for text in ("{12345678-1234-5678-1234-567812345678}", "12345678123456781234567812345678",
             "urn:uuid:12345678-1234-5678-1234-567812345678", "12345678-1234-5678-1234-567812345678".upper()):
    print(uuid.UUID(text) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(fields=u.fields) == u, int(u) == u.int, str(uuid.UUID(int=0)), uuid.UUID(int=(1 << 128) - 1))
v = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
print(v == uuid.NAMESPACE_DNS, v.version, v.variant, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.UUID(int=5, version=4), uuid.UUID(int=5, version=4).version)
print(uuid.UUID("00000000-0000-0000-c000-000000000000").variant, uuid.UUID(int=0).variant,
      uuid.UUID("00000000-0000-0000-e000-000000000000").variant, uuid.UUID(int=0).version)
print(u < v, v > u, u <= u, u != v, sorted([v, u]) == [u, v], u == str(u))
print({u: 1}[uuid.UUID(str(u))], len({u, uuid.UUID(str(u)), v}), hash(u) == hash(uuid.UUID(int=u.int)))

a = uuid.uuid4()
b = uuid.uuid4()
print(type(a).__name__, a.version, a.variant, a != b, len(str(a)), str(a)[14], str(a)[19] in "89ab")
print(len(a.hex), len(a.bytes), uuid.UUID(str(a)) == a, 0 < a.int < 1 << 128)
print(len({uuid.uuid4() for _ in range(50)}))

for bad in ("not-a-uuid", "12345678-1234-5678-1234-56781234567", "g2345678123456781234567812345678"):
    try:
        uuid.UUID(bad)
    except ValueError:
        print("ValueError:", bad)
try:
    uuid.UUID(bytes=b"short")
except ValueError:
    print("ValueError: bytes")
try:
    uuid.UUID(int=-1)
except ValueError:
    print("ValueError: int")
try:
    uuid.UUID()
except TypeError:
    print("TypeError: no argument")
try:
    uuid.UUID(int=1, version=9)
except ValueError:
    print("ValueError: version")
try:
    u.int = 5
except TypeError:
    print("TypeError: immutable")
