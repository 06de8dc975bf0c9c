import math


def binom_pmf(k, n, p):
    return math.comb(n, k) * p ** k * (1 - p) ** (n - k)


def binom_cdf(k, n, p):
    return sum(binom_pmf(i, n, p) for i in range(k + 1))


n, p = 10, 0.3
print(f"Binomial(n={n}, p={p})")
for k in range(n + 1):
    prob = binom_pmf(k, n, p)
    print(f"  P(X={k:>2}) = {prob:.5f} {'#' * round(prob * 100)}")
print(f"P(X<=3) = {binom_cdf(3, n, p):.5f}")
print(f"P(X>=5) = {1 - binom_cdf(4, n, p):.5f}")
mean = n * p
var = n * p * (1 - p)
print(f"mean {mean:.1f}, variance {var:.2f}, sd {math.sqrt(var):.4f}")

# birthday problem
def birthday(k, days=365):
    q = 1.0
    for i in range(k):
        q *= (days - i) / days
    return 1 - q

for k in (10, 23, 50):
    print(f"{k} people: P(shared birthday) = {birthday(k):.4f}")

def poisson(k, lam):
    return lam ** k * math.exp(-lam) / math.factorial(k)

print("Poisson(2):", [round(poisson(k, 2), 4) for k in range(6)])
