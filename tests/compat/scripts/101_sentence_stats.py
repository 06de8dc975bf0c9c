import re

article = """Data cleaning is often the longest part of an analysis. Analysts report spending up to
80% of their time on it! Why? Real-world data is messy: missing values, typos, duplicated rows,
and inconsistent formats are everywhere. Dr. Smith's team found that automated checks cut that
time in half. Still, no tool replaces careful review... Good luck."""

sentences = [" ".join(s.split()) for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", article) if s.strip()]
print(f"{len(sentences)} sentences")
for i, s in enumerate(sentences, 1):
    words = re.findall(r"\b[\w'%-]+\b", s)
    print(f"{i:>2}. ({len(words):>2} words) {s[:50]}{'...' if len(s) > 50 else ''}")

words = re.findall(r"[A-Za-z']+", article)
avg_len = sum(len(w) for w in words) / len(words)
print(f"\nwords: {len(words)}, average length {avg_len:.2f}")
print(f"average sentence length: {len(words) / len(sentences):.1f} words")

syllables = lambda w: max(1, len(re.findall(r"[aeiouy]+", w.lower())))
total_syl = sum(syllables(w) for w in words)
flesch = 206.835 - 1.015 * (len(words) / len(sentences)) - 84.6 * (total_syl / len(words))
print(f"syllables: {total_syl}, Flesch reading ease: {flesch:.1f}")
print("characters (no spaces):", len(re.sub(r"\s", "", article)))
