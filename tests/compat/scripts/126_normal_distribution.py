from statistics import NormalDist

heights = NormalDist(mu=170, sigma=8)
print(heights)
print(f"P(height < 160) = {heights.cdf(160):.4f}")
print(f"P(165 < h < 180) = {heights.cdf(180) - heights.cdf(165):.4f}")
print(f"90th percentile: {heights.inv_cdf(0.9):.2f} cm")
print(f"pdf at mean: {heights.pdf(170):.5f}")

std = NormalDist()
for conf in (0.90, 0.95, 0.99):
    z = std.inv_cdf(1 - (1 - conf) / 2)
    print(f"{conf:.0%} two-sided z = {z:.4f}")

sample = [2.1, 2.5, 1.9, 2.2, 2.8, 2.4, 2.0, 2.6, 2.3, 2.2]
fit = NormalDist.from_samples(sample)
print(f"fitted: mean={fit.mean:.3f} stdev={fit.stdev:.4f}")
print("quartiles:", [round(q, 3) for q in fit.quantiles(4)])
a, b = NormalDist(10, 2), NormalDist(12, 2)
print(f"overlap of N(10,2) and N(12,2): {a.overlap(b):.4f}")
print(f"z-score of 185: {heights.zscore(185):.3f}")
combined = a + b
print("sum of independent normals:", combined)
