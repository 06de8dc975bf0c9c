import math


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, math.isqrt(limit) + 1):
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]


primes = sieve(200)
print(len(primes), "primes below 200; last five:", primes[-5:])
twins = [(p, p + 2) for p in primes if p + 2 in primes]
print("twin primes:", twins[:8])


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


for n in (360, 97, 1001, 2 ** 16 - 1, 600851475143):
    f = factorize(n)
    print(f"{n} = " + " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))

print("gcd/lcm:", math.gcd(1071, 462), math.lcm(21, 6))


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


perfect = [n for n in range(2, 1000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print("perfect numbers below 1000:", perfect)
print("collatz steps:", {n: collatz_steps(n) for n in (6, 7, 27, 97)})
print("digit sum of 2**100:", sum(int(c) for c in str(2 ** 100)), "| 2**100 =", 2 ** 100)
