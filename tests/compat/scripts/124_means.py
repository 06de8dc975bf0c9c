import statistics
import math

speeds = [60, 40]  # same distance at each speed
print("arithmetic mean:", statistics.mean(speeds))
print("harmonic mean (average speed):", statistics.harmonic_mean(speeds))

growth = [1.10, 0.95, 1.20, 1.05]
gm = statistics.geometric_mean(growth)
print(f"geometric mean growth: {gm:.6f} ({(gm - 1) * 100:.2f}% per period)")
print(f"check: {math.prod(growth):.6f} vs {gm ** len(growth):.6f}")

grades = [(92, 0.3), (85, 0.2), (78, 0.5)]
weighted = sum(g * w for g, w in grades) / sum(w for _, w in grades)
print(f"weighted grade: {weighted:.2f}")
print("fmean with weights:", round(statistics.fmean([92, 85, 78], weights=[3, 2, 5]), 4))

ratings = {"A": [5, 4, 5, 5], "B": [5], "C": [3, 4, 4, 5, 4, 3, 4]}
prior_mean, prior_weight = 3.5, 3
for item, r in ratings.items():
    bayes = (prior_mean * prior_weight + sum(r)) / (prior_weight + len(r))
    print(f"item {item}: raw {sum(r) / len(r):.2f}, bayesian {bayes:.2f} from {len(r)} ratings")
rms = math.sqrt(sum(x * x for x in [3, 4, 5]) / 3)
print(f"RMS of 3,4,5: {rms:.4f}")
