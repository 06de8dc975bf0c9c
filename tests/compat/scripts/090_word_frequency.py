import re
from collections import Counter

text = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way.
"""

STOPWORDS = {"it", "was", "the", "of", "we", "to", "all", "had", "us", "were"}

words = re.findall(r"[a-z']+", text.lower())
print("total words:", len(words))
print("unique words:", len(set(words)))

counts = Counter(words)
print("\nTop 10 overall:")
for word, n in counts.most_common(10):
    print(f"  {word:<12} {n:>3}")

content = Counter(w for w in words if w not in STOPWORDS)
print("\nTop content words:")
for word, n in sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"  {word:<12} {'*' * n}")

lengths = Counter(len(w) for w in words)
print("\nword length histogram:", dict(sorted(lengths.items())))
print("longest words:", sorted({w for w in words if len(w) == max(lengths)}))
