from collections import deque

recent = deque(maxlen=3)
for page in ["home", "products", "cart", "checkout", "confirmation"]:
    recent.append(page)
    print(f"visited {page:<13} recent={list(recent)}")

d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print("rotate 2:", list(d))
d.rotate(-3)
print("rotate -3:", list(d))
d.appendleft(0)
d.extend([6, 7])
d.extendleft([-2, -1])
print(list(d), d[0], d[-1], len(d))
print(d.popleft(), d.pop(), list(d))

# BFS shortest path on a grid
grid = [
    "S.#.....",
    ".##.##..",
    "....#..#",
    "#.#...#E",
]
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
queue = deque([(start, 0)])
seen = {start}
while queue:
    (r, c), dist = queue.popleft()
    if grid[r][c] == "E":
        print("shortest path length:", dist)
        break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc))
            queue.append(((nr, nc), dist + 1))
print("cells explored:", len(seen))
print(deque("abc", maxlen=2), deque([1, 2]).count(1))
