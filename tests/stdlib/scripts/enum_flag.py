# enum: Flag and IntFlag.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(rw), bool(Perm(0)))
print(rw & Perm.R, rw & Perm.X, repr(Perm(0)), str(Perm(0)), Perm(7))
print(repr(~Perm.R), list(rw), len(rw), rw ^ Perm.R, Perm(6) is rw)
print(list(Perm), len(Perm), Perm.R.name, Perm.R.value, rw.value)
try:
    Perm(9)
except ValueError:
    print("ValueError: Perm(9)")


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([c.value for c in Color], Color.WHITE, Color.RED in Color.WHITE, list(Color.WHITE))


class Mode(IntFlag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 3, m & 2, Mode.READ + 1, Mode.EXEC in m)
print(repr(Mode.READ | 8), repr(m | Mode.EXEC), isinstance(m, int), int(m))
print(Mode(5), repr(Mode(0)), sorted([Mode.EXEC, Mode.READ]))
