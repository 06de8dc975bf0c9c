import math
from statistics import NormalDist

variants = {
    "control": {"visitors": 4820, "conversions": 231, "revenue": 11438.20},
    "new_checkout": {"visitors": 4795, "conversions": 279, "revenue": 13290.75},
}

for name, v in variants.items():
    v["rate"] = v["conversions"] / v["visitors"]
    v["arpu"] = v["revenue"] / v["visitors"]
    print(f"{name:<13} conv {v['rate']:.3%}  ARPU {v['arpu']:.3f}  AOV {v['revenue'] / v['conversions']:.2f}")

a, b = variants["control"], variants["new_checkout"]
pooled = (a["conversions"] + b["conversions"]) / (a["visitors"] + b["visitors"])
se = math.sqrt(pooled * (1 - pooled) * (1 / a["visitors"] + 1 / b["visitors"]))
z = (b["rate"] - a["rate"]) / se
p_value = 2 * (1 - NormalDist().cdf(abs(z)))
lift = b["rate"] / a["rate"] - 1
print(f"\nlift: {lift:+.1%}, z = {z:.3f}, p = {p_value:.4f}")
print("significant at 5%:", p_value < 0.05)

se_diff = math.sqrt(a["rate"] * (1 - a["rate"]) / a["visitors"] + b["rate"] * (1 - b["rate"]) / b["visitors"])
z95 = NormalDist().inv_cdf(0.975)
diff = b["rate"] - a["rate"]
print(f"95% CI for difference: [{diff - z95 * se_diff:.4%}, {diff + z95 * se_diff:.4%}]")

def sample_size(p1, mde, alpha=0.05, power=0.8):
    p2 = p1 * (1 + mde)
    za, zb = NormalDist().inv_cdf(1 - alpha / 2), NormalDist().inv_cdf(power)
    return math.ceil((za + zb) ** 2 * (p1 * (1 - p1) + p2 * (1 - p2)) / (p2 - p1) ** 2)

print("visitors per arm to detect +10%:", sample_size(a["rate"], 0.10))
