from collections import Counter

corpus = [
    "the cat sat on the mat",
    "the dog sat on the log",
    "the cat chased the dog",
    "a dog and a cat sat together on the mat",
]


def ngrams(tokens, n):
    return [tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]


unigrams, bigrams, trigrams = Counter(), Counter(), Counter()
for sentence in corpus:
    tokens = ["<s>"] + sentence.split() + ["</s>"]
    unigrams.update(tokens)
    bigrams.update(ngrams(tokens, 2))
    trigrams.update(ngrams(tokens, 3))

print("top bigrams:")
for bg, n in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"  {' '.join(bg):<16} {n}")


def next_word_probs(word):
    following = {b: n for (a, b), n in bigrams.items() if a == word}
    total = sum(following.values())
    return {w: round(n / total, 3) for w, n in sorted(following.items(), key=lambda kv: (-kv[1], kv[0]))}


for w in ["the", "sat", "cat"]:
    print(f"P(. | {w}) = {next_word_probs(w)}")
print("trigram count:", len(trigrams), "| most common:", trigrams.most_common(1))
char_trigrams = Counter("".join(corpus).replace(" ", "_")[i:i + 3] for i in range(len("".join(corpus)) - 2))
print(sorted(char_trigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
