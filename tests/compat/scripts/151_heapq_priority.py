import heapq

scores = {"ana": 88, "ben": 95, "cy": 72, "dee": 95, "eli": 60, "fay": 81}
print("top 3:", heapq.nlargest(3, scores.items(), key=lambda kv: (kv[1], kv[0])))
print("bottom 2:", heapq.nsmallest(2, scores, key=scores.get))
print(heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(3, [5, 1, 8, 3, 0]))

tasks = []
heapq.heappush(tasks, (2, 1, "write report"))
heapq.heappush(tasks, (1, 2, "fix prod bug"))
heapq.heappush(tasks, (3, 3, "refactor"))
heapq.heappush(tasks, (1, 4, "reply to CEO"))
while tasks:
    priority, seq, name = heapq.heappop(tasks)
    print(f"P{priority} #{seq} {name}")

data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print("heap[0]:", data[0], "| pushpop:", heapq.heappushpop(data, 3), "| replace:", heapq.heapreplace(data, 10))
print("sorted via heap:", [heapq.heappop(data) for _ in range(len(data))])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))

graph = {"A": {"B": 4, "C": 2}, "B": {"D": 5}, "C": {"B": 1, "D": 8}, "D": {}}
dist = {"A": 0}
pq = [(0, "A")]
while pq:
    d, node = heapq.heappop(pq)
    if d > dist.get(node, float("inf")):
        continue
    for nxt, w in graph[node].items():
        if d + w < dist.get(nxt, float("inf")):
            dist[nxt] = d + w
            heapq.heappush(pq, (d + w, nxt))
print("dijkstra:", dict(sorted(dist.items())))
