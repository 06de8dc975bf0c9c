import math

scores = [72, 85, 91, 64, 77, 88, 95, 59, 70, 82, 79, 68, 90, 73, 84, 99, 55, 81, 76, 87,
          62, 78, 93, 71, 86, 80, 74, 69, 83, 92]

n_bins = 1 + math.ceil(math.log2(len(scores)))  # Sturges
lo, hi = min(scores), max(scores)
width = (hi - lo) / n_bins
print(f"{len(scores)} scores, {n_bins} bins of width {width:.2f}")

counts = [0] * n_bins
for s in scores:
    idx = min(int((s - lo) / width), n_bins - 1)
    counts[idx] += 1

for i, c in enumerate(counts):
    left = lo + i * width
    right = left + width
    bracket = "]" if i == n_bins - 1 else ")"
    print(f"[{left:5.1f}, {right:5.1f}{bracket} {'#' * c:<10} {c}")

grade_edges = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]
grades = {}
for s in scores:
    g = next(letter for edge, letter in grade_edges if s >= edge)
    grades[g] = grades.get(g, 0) + 1
for g in "ABCDF":
    print(f"{g}: {grades.get(g, 0):>2} {'▇' * grades.get(g, 0)}")
