# enum: IntEnum, StrEnum and data-type mixins behave as their values.
import json
from enum import Enum, IntEnum, StrEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f"{Priority.HIGH}")
print(Priority.LOW == 1, Priority.LOW < Priority.HIGH, 2 < Priority.HIGH, Priority.HIGH > 2)
print(Priority.LOW + 1, 10 * Priority.MEDIUM, Priority.HIGH - Priority.LOW, -Priority.LOW)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), max(Priority), min(Priority))
print(sum(Priority), [1, 2, 3][Priority.LOW], {1: "one"}[Priority.LOW], hash(Priority.LOW) == hash(1))
print(Priority(2), isinstance(Priority.LOW, int), int(Priority.HIGH), float(Priority.HIGH))
print(format(Priority.HIGH, "03d"), "%d items" % Priority.MEDIUM, "{:>4}".format(Priority.LOW))
print(json.dumps({"p": Priority.HIGH, "all": list(Priority)}))
print(Priority.LOW in [1, 5], 3 in [Priority.HIGH], Priority.MEDIUM // 2, divmod(Priority.HIGH, 2))


class Color(StrEnum):
    RED = auto()
    GREEN = "green"
    DARK_BLUE = auto()


print(Color.RED, repr(Color.RED), Color.DARK_BLUE.value, f"{Color.GREEN}")
print(Color.RED == "red", Color("green"), Color.RED.upper(), "color: " + Color.GREEN)
print(", ".join(Color), Color.GREEN + "!", "red" in Color.__members__.values())
print(json.dumps([Color.RED, Color.GREEN]), sorted(Color, reverse=True))
print(Color.RED.startswith("r"), len(Color.GREEN), Color.DARK_BLUE.split("_"))


class Status(str, Enum):
    OPEN = "open"
    CLOSED = "closed"


print(Status.OPEN, repr(Status.OPEN), Status.OPEN == "open", Status("closed"))
print(json.dumps({"status": Status.OPEN}), Status.OPEN.value.upper(), Status.CLOSED.name)
print({Status.OPEN: 1}["open"] if "open" in {Status.OPEN: 1} else "missing")


class Grade(float, Enum):
    PASS = 0.5
    FULL = 1.0


print(Grade.PASS, Grade.PASS * 2, Grade.FULL > 0.9, repr(Grade.FULL))
