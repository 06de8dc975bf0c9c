from enum import Enum, IntEnum, Flag, auto


class Status(Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"

    @property
    def is_open(self):
        return self in (Status.PENDING, Status.PAID, Status.SHIPPED)


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Permission(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()


print(Status.PAID, repr(Status.PAID), Status.PAID.name, Status.PAID.value)
print(Status("shipped"), Status["DELIVERED"], [s.value for s in Status])
print([s.name for s in Status if s.is_open])
try:
    Status("lost")
except ValueError as e:
    print("ValueError:", e)

tickets = [("db down", Priority.HIGH), ("typo", Priority.LOW), ("slow page", Priority.MEDIUM)]
for title, p in sorted(tickets, key=lambda t: t[1], reverse=True):
    print(f"{p.name:<6} ({int(p)}) {title}")
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM == 2, Priority(3), Priority.LOW + 1)

rw = Permission.READ | Permission.WRITE
print(Permission.READ in rw, Permission.EXECUTE in rw, bool(rw & Permission.WRITE))
print(rw.value, Permission.EXECUTE.value, len(Permission))

class Color(Enum):
    RED = auto()
    GREEN = auto()
print(list(Color), Color.GREEN.value, Color.RED is Color(1))
counts = {s: 0 for s in Status}
counts[Status.PAID] += 2
print({k.value: v for k, v in counts.items()})
