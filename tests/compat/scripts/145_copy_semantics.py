import copy

original = {"name": "config", "values": [1, 2, 3], "nested": {"flags": ["a"], "level": 1}}

alias = original
shallow = copy.copy(original)
deep = copy.deepcopy(original)
sliced = dict(original)

original["values"].append(4)
original["nested"]["flags"].append("b")
original["name"] = "changed"

print("alias:  ", alias)
print("shallow:", shallow)
print("dict(): ", sliced)
print("deep:   ", deep)
print(alias is original, shallow is original, shallow["values"] is original["values"], deep["values"] is original["values"])

grid = [[0] * 3] * 3
grid[0][0] = 1
print("shared rows:", grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print("independent rows:", grid)

matrix = [[1, 2], [3, 4]]
m2 = [row[:] for row in matrix]
m2[0][0] = 99
print(matrix, m2)


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __repr__(self):
        return f"Node({self.value}, {self.children})"


tree = Node(1, [Node(2), Node(3, [Node(4)])])
clone = copy.deepcopy(tree)
clone.children[1].children[0].value = 40
print(tree)
print(clone)
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, len(b))
