import csv
import io

text = '"city","temp_c","rain_mm"\n"Oslo",4.5,12\n"Lima",19,0\n"Cairo",27.25,0.2\n"Hanoi",-1,3.5\n'
reader = csv.reader(io.StringIO(text), quoting=csv.QUOTE_NONNUMERIC)
header = next(reader)
rows = list(reader)
print(header)
for row in rows:
    print(row, [type(v).__name__ for v in row])

avg_temp = sum(r[1] for r in rows) / len(rows)
print(f"average temperature: {avg_temp:.2f} C")
wettest = max(rows, key=lambda r: r[2])
print("wettest:", wettest[0])
for city, t, _ in rows:
    f = t * 9 / 5 + 32
    print(f"{city:<6}{t:>7.1f} C {f:>6.1f} F")
