def levenshtein(a, b):
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            insert = current[j - 1] + 1
            delete = previous[j] + 1
            substitute = previous[j - 1] + (ca != cb)
            current.append(min(insert, delete, substitute))
        previous = current
    return previous[-1]


pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same"),
         ("intention", "execution"), ("Saturday", "Sunday")]
for a, b in pairs:
    d = levenshtein(a, b)
    sim = 1 - d / max(len(a), len(b), 1)
    print(f"{a!r:>12} -> {b!r:<12} distance={d} similarity={sim:.2f}")

dictionary = ["apple", "apply", "ample", "maple", "angle", "applet", "pale"]
for typo in ["appel", "mapel", "angel"]:
    ranked = sorted(dictionary, key=lambda w: (levenshtein(typo, w), w))
    print(f"suggestions for {typo!r}: {ranked[:3]}")
