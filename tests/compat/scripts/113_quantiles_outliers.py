import statistics

order_values = [23.5, 18.0, 45.2, 31.9, 27.4, 19.99, 250.0, 33.3, 29.1, 24.75,
                38.6, 22.1, 26.0, 180.5, 30.2, 21.4, 35.0, 28.8, 2.5, 32.45]

q1, q2, q3 = statistics.quantiles(order_values, n=4)
print(f"Q1={q1:.3f} median={q2:.3f} Q3={q3:.3f}")
iqr = q3 - q1
lo, hi = q1 - 1.5 * iqr, q3 + 1.5 * iqr
print(f"IQR={iqr:.3f}, fences=({lo:.3f}, {hi:.3f})")

outliers = sorted(v for v in order_values if v < lo or v > hi)
cleaned = [v for v in order_values if lo <= v <= hi]
print("outliers:", outliers)
print(f"mean before {statistics.mean(order_values):.2f}, after {statistics.mean(cleaned):.2f}")

deciles = statistics.quantiles(order_values, n=10)
print("deciles:", [round(d, 2) for d in deciles])
print("inclusive quartiles:", [round(q, 3) for q in statistics.quantiles(order_values, n=4, method="inclusive")])
pcts = statistics.quantiles(order_values, n=100)
print(f"p90={pcts[89]:.2f} p95={pcts[94]:.2f} p99={pcts[98]:.2f}")
