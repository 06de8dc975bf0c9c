import string
from string import Template

print(string.ascii_lowercase)
print(string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation))
print(len(string.printable), repr(string.whitespace))

t = Template("Dear $name, your order #$order_id of ${amount} ships on $date.")
print(t.substitute(name="Ana", order_id=1042, amount="$19.99", date="Monday"))
print(t.safe_substitute(name="Bo"))
try:
    t.substitute(name="Cy")
except KeyError as e:
    print("missing placeholder:", e)

def strip_punctuation(s):
    return s.translate(str.maketrans("", "", string.punctuation))

print(strip_punctuation("Hello, world! (It's #1...)"))
print(string.capwords("the QUICK brown   fox"))

def is_valid_identifier(s):
    return bool(s) and s[0] in string.ascii_letters + "_" and all(c in string.ascii_letters + string.digits + "_" for c in s)

print([is_valid_identifier(s) for s in ["abc", "_x1", "1abc", "a-b", ""]])
print(string.Formatter().format("{0}-{1:>4}", "id", 7))
