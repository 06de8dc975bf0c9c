import math

print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(2), math.isqrt(17), round(27 ** (1 / 3), 12))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), round(2.5), round(3.5))
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.log(math.e), math.log1p(1e-10))
print(math.exp(1), math.expm1(1e-10), math.pow(2, 10), 2 ** 0.5)
print(math.hypot(3, 4), math.dist((0, 0), (3, 4)), math.degrees(math.pi), math.radians(180))
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10), math.atan2(1, 1))
print(math.factorial(10), math.comb(10, 3), math.perm(5, 2), math.gcd(84, 36), math.lcm(4, 6, 10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001, rel_tol=1e-2), math.isnan(float("nan")), math.isinf(1e308 * 10))
print(math.copysign(3, -0.0), math.fabs(-7), math.fmod(7, -3), 7 % -3, divmod(-7, 2))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))


def haversine_km(lat1, lon1, lat2, lon2):
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


print(f"Paris-Berlin: {haversine_km(48.8566, 2.3522, 52.52, 13.405):.1f} km")
print(f"London-New York: {haversine_km(51.5074, -0.1278, 40.7128, -74.006):.1f} km")
