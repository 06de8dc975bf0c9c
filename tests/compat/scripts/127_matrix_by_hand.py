def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m):
    return [list(r) for r in zip(*m)]


def determinant(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * determinant([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))


def show(name, m):
    print(name)
    for row in m:
        print("  " + " ".join(f"{v:7.2f}" if isinstance(v, float) else f"{v:7d}" for v in row))


A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show("A x B", matmul(A, B))
show("A^T", transpose(A))
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det(M) =", determinant(M))

# solve a 2x2 system with Cramer's rule: 3x + 2y = 16, x - y = 2
a, b, c, d, e, f = 3, 2, 1, -1, 16, 2
det = a * d - b * c
print("x =", (e * d - b * f) / det, "y =", (a * f - e * c) / det)

identity = [[float(i == j) for j in range(3)] for i in range(3)]
show("I", identity)
print("M x I == M:", matmul(M, identity) == [[float(v) for v in row] for row in M])
dot = sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6]))
norm = sum(x * x for x in [1, 2, 3]) ** 0.5
print("dot:", dot, "norm:", round(norm, 6), "cosine:", round(dot / (norm * sum(x * x for x in [4, 5, 6]) ** 0.5), 6))
