import statistics

ad_spend = [1.2, 2.0, 2.8, 3.5, 4.1, 5.0, 5.8, 6.5, 7.2, 8.0]
sales = [14.1, 18.5, 21.0, 25.6, 27.9, 33.2, 35.0, 39.8, 41.1, 46.3]

r = statistics.correlation(ad_spend, sales)
print(f"Pearson r = {r:.4f}")
slope, intercept = statistics.linear_regression(ad_spend, sales)
print(f"sales = {slope:.4f} * spend + {intercept:.4f}")

# same thing by hand
n = len(ad_spend)
mx, my = sum(ad_spend) / n, sum(sales) / n
sxy = sum((x - mx) * (y - my) for x, y in zip(ad_spend, sales))
sxx = sum((x - mx) ** 2 for x in ad_spend)
syy = sum((y - my) ** 2 for y in sales)
b = sxy / sxx
a = my - b * mx
r_hand = sxy / (sxx * syy) ** 0.5
print(f"by hand: slope={b:.4f} intercept={a:.4f} r={r_hand:.4f}")

preds = [a + b * x for x in ad_spend]
ss_res = sum((y - p) ** 2 for y, p in zip(sales, preds))
r2 = 1 - ss_res / syy
print(f"R^2 = {r2:.4f}")
for spend in (3.0, 10.0):
    print(f"predicted sales at spend {spend}: {a + b * spend:.2f}")
residuals = [round(y - p, 3) for y, p in zip(sales, preds)]
print("residuals:", residuals)
print("covariance:", round(statistics.covariance(ad_spend, sales), 4))
