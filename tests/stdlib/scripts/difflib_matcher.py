# SequenceMatcher, get_close_matches.
import difflib
from difflib import SequenceMatcher, get_close_matches

pairs = [("kitten", "sitting"), ("colour", "color"), ("analyse", "analyze"),
         ("abc", "xyz"), ("", ""), ("abc", ""), ("", "abc"), ("abcd", "bcde"),
         ("private Thread currentThread;", "private volatile Thread currentThread;"),
         ("qabxcd", "abycdf"), ("aaaa", "aa"), ("The quick brown fox", "The quikc brwn fox!")]
for a, b in pairs:
    s = SequenceMatcher(None, a, b)
    print(repr(a), repr(b), "%.4f %.4f %.4f" % (s.ratio(), s.quick_ratio(), s.real_quick_ratio()))
    print("  blocks", [tuple(m) for m in s.get_matching_blocks()])
    for op in s.get_opcodes():
        print("  ", op, repr(a[op[1]:op[2]]), repr(b[op[3]:op[4]]))

s = SequenceMatcher(lambda c: c == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38), s.bjunk)
m = SequenceMatcher(None, " abcd", "abcd abcd").find_longest_match(0, 5, 0, 9)
print(m, m.a, m.b, m.size, type(m).__name__)
m = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd").find_longest_match(0, 5, 0, 9)
print(m)
print(SequenceMatcher(None, "abxcd", "abcd").find_longest_match())

# autojunk: characters making up more than 1% of a long b are "popular"
a = "x" * 100 + "abc" + "y" * 100
b = "y" * 150 + "abc" + "x" * 150
for auto in (True, False):
    s = SequenceMatcher(None, a, b, autojunk=auto)
    print(auto, sorted(s.bpopular), round(s.ratio(), 4), s.get_matching_blocks()[:3])
words = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod "
         "tempor incididunt ut labore et dolore magna aliqua").split()
seq1 = [words[(i * 7) % len(words)] for i in range(300)]
seq2 = [words[(i * 5) % len(words)] for i in range(250)]
s = SequenceMatcher(None, seq1, seq2)
print(len(s.get_matching_blocks()), round(s.ratio(), 5), len(s.get_opcodes()), sorted(s.bpopular)[:3])

# the same sequence 2 against many sequences 1
s = SequenceMatcher()
s.set_seq2("apple pie")
for w in ["apple pies", "maple pie", "pineapple", "apple", "pie"]:
    s.set_seq1(w)
    print(w, round(s.ratio(), 4))
s.set_seqs("abc", "abd")
print(s.get_opcodes())

print("-- get_close_matches")
products = ["Espresso beans 1 kg", "Filter roast 500 g", "Decaf beans 500 g", "Earl Grey loose leaf",
            "French press 1 l", "Moka pot 6 cups", "Milk frother", "Ceramic mug", "Travel tumbler"]
for q in ["expresso beans", "french pres", "earl gray", "mocha pot", "tumbler travel", "laptop"]:
    print(q, get_close_matches(q, products, n=2, cutoff=0.5))
print(get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(get_close_matches("wheel", ["while", "wheat", "whee", "heel", "wheel"], n=5, cutoff=0.0))
print(get_close_matches("ab", ["ba", "ab", "ab", "ba"], n=10))
print(get_close_matches("pyton", ["python", "jython", "cython", "pylon", "piton"], n=3))
for bad in [(0, 0.6), (3, 1.5), (3, -0.1)]:
    try:
        get_close_matches("x", ["x"], *bad)
    except ValueError as e:
        print(type(e).__name__, e)
