# unified_diff, context_diff, ndiff, restore.
import difflib

old = ["name,qty", "apple,3", "banana,5", "cherry,7"]
new = ["name,qty", "apple,4", "banana,5", "date,1", "cherry,7"]
for line in difflib.unified_diff(old, new, "before.csv", "after.csv", lineterm=""):
    print(line)

a = """def total(items):
    s = 0
    for item in items:
        s += item.price
    return s

def count(items):
    return len(items)

def first(items):
    return items[0]

def last(items):
    return items[-1]
""".splitlines(True)
b = """def total(items):
    s = 0
    for item in items:
        s += item.price * item.qty
    return s

def count(items):
    return len(items)

def last(items):
    return items[-1]

def middle(items):
    return items[len(items) // 2]
""".splitlines(True)
print("".join(difflib.unified_diff(a, b, "a/shop.py", "b/shop.py")), end="")
print("".join(difflib.unified_diff(a, b, "a", "b", "2024-01-01", "2024-01-02", n=1)), end="")
print("".join(difflib.unified_diff(a, b, n=0)), end="")
print("".join(difflib.context_diff(a, b, "a/shop.py", "b/shop.py")), end="")
print("".join(difflib.context_diff(a, b, n=1)), end="")
print(list(difflib.unified_diff(a, a)), list(difflib.unified_diff([], ["x\n"])),
      list(difflib.unified_diff(["x\n"], [])))
print(list(difflib.context_diff([], ["x\n"], lineterm="")))

print("-- ndiff")
delta = list(difflib.ndiff(a, b))
print("".join(delta), end="")
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])), end="")
print("".join(difflib.ndiff(["\tindented  line\n"], ["\tindented line!\n"])), end="")
print("".join(difflib.ndiff(["abcDefghiJkl\n"], ["abcdefGhijkl\n"])), end="")
print("".join(difflib.ndiff(["same\n", "x\n"], ["same\n", "y\n", "same\n"])), end="")
print("".join(difflib.restore(delta, 1)) == "".join(a), "".join(difflib.restore(delta, 2)) == "".join(b))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("hello\n"),
      difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))
d = difflib.Differ()
print("".join(d.compare(["a b c\n", "d e f\n"], ["a b  c\n", "d e f\n", "g\n"])), end="")
try:
    list(difflib.unified_diff([b"x"], [b"y"]))
except TypeError as e:
    print(type(e).__name__, e)
