import string
import codecs


def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    k = shift % 26
    table = str.maketrans(lower + upper, lower[k:] + lower[:k] + upper[k:] + upper[:k])
    return text.translate(table)


msg = "Attack at Dawn! Meet at the old mill, 5 o'clock."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3))
print("rot13:", codecs.encode(msg, "rot_13"))
print("rot13 twice is identity:", codecs.encode(codecs.encode(msg, "rot13"), "rot13") == msg)

# brute force: pick the shift whose output has the most common English letters
cipher = caesar("the secret password is swordfish", 11)
common = set("etaoinshr")
scores = []
for s in range(26):
    candidate = caesar(cipher, -s)
    scores.append((sum(c in common for c in candidate), s, candidate))
best = max(scores)
print(f"cipher: {cipher}\nbest shift {best[1]}: {best[2]}")

vowels = str.maketrans("aeiou", "43105")
print("leet:", "hello world, this is a test".translate(vowels))
print("delete digits:", "a1b2c3".translate({ord(d): None for d in string.digits}))
