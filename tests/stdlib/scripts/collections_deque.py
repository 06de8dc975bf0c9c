from collections import deque

d = deque()
print(d, len(d), bool(d))
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], bool(d))
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
print(list(d), tuple(d), 7 in d, 99 in d, list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(100)
print(d)
d[0] = 100
print(d, d.index(3), d.count(3))
d.remove(100)
d.insert(1, "x")
print(d)
d.reverse()
print(d)
del d[0]
print(d)
d.clear()
print(d, len(d))
try:
    d.pop()
except IndexError:
    print("IndexError pop")
try:
    d.popleft()
except IndexError:
    print("IndexError popleft")
try:
    deque([1])[5]
except IndexError:
    print("IndexError index")
try:
    deque([1]).remove(2)
except ValueError:
    print("ValueError remove")

# bounded: items fall off the other end
b = deque(maxlen=3)
for i in range(6):
    b.append(i)
print(b, b.maxlen, len(b))
b.appendleft(-1)
print(b)
b.extend([10, 11])
print(b)
b.extendleft([20])
print(b)
print(deque(range(10), maxlen=4), deque("abc", 0), deque(maxlen=0).maxlen)
print(deque().maxlen, deque([1, 2], 5))
try:
    deque([], -1)
except ValueError:
    print("ValueError maxlen")

# a BFS queue that grows well past the initial capacity
q = deque([0])
seen = {0}
order = []
while q:
    n = q.popleft()
    order.append(n)
    for m in (2 * n + 1, 2 * n + 2):
        if m < 1000 and m not in seen:
            seen.add(m)
            q.append(m)
print(len(order), order[:10], order[-3:])

# a sliding window
window = deque(maxlen=3)
sums = []
for x in [1, 2, 3, 4, 5]:
    window.append(x)
    sums.append(sum(window))
print(sums)

big = deque()
for i in range(1000):
    big.appendleft(i)
print(len(big), big[0], big[-1], big[500])
big.extend(range(5000))
print(len(big), big[-1])
while len(big) > 3:
    big.pop()
print(big)

# copies, equality, concatenation
e = deque([1, 2])
f = e.copy()
f.append(3)
print(e, f, e == deque([1, 2]), e == f, e != f, e == [1, 2])
print(e + f, e * 2, deque([1]) < deque([2]))
e += [9]
print(e)
print(deque("hello"), deque((1, 2), maxlen=5))
print([x * 2 for x in deque([1, 2, 3])], sum(deque([1, 2, 3])), max(deque([4, 9, 2])))
print(sorted(deque([3, 1, 2])))
