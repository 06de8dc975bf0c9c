import statistics

data = {
    "height_cm": [160, 172, 181, 155, 168, 190, 175],
    "weight_kg": [55, 70, 85, 50, 65, 95, 72],
    "age": [23, 35, 41, 19, 29, 52, 33],
}

print("min-max scaled:")
for col, values in data.items():
    lo, hi = min(values), max(values)
    scaled = [round((v - lo) / (hi - lo), 3) for v in values]
    print(f"  {col:<10} {scaled}")

print("z-scores:")
for col, values in data.items():
    mu = statistics.mean(values)
    sd = statistics.pstdev(values)
    z = [round((v - mu) / sd, 2) for v in values]
    print(f"  {col:<10} mean={mu:.2f} sd={sd:.2f} {z}")

bmi = [w / (h / 100) ** 2 for h, w in zip(data["height_cm"], data["weight_kg"])]
print("BMI:", [f"{b:.1f}" for b in bmi])
robust = []
med = statistics.median(bmi)
mad = statistics.median([abs(b - med) for b in bmi])
for b in bmi:
    robust.append(round((b - med) / mad, 2))
print(f"median BMI {med:.2f}, MAD {mad:.3f}, robust z {robust}")
