from collections import namedtuple

Employee = namedtuple("Employee", ["name", "dept", "salary", "remote"], defaults=[False])
Point = namedtuple("Point", "x y")

staff = [
    Employee("Ana", "eng", 105000, True),
    Employee("Ben", "ops", 72000),
    Employee("Cleo", "eng", 98000),
    Employee._make(["Dev", "sales", 66000, True]),
]
for e in staff:
    print(e)
print(staff[1].remote, staff[0]._asdict())
raised = staff[1]._replace(salary=staff[1].salary * 1.05)
print(raised, "| original unchanged:", staff[1].salary)
print(Employee._fields, Employee._field_defaults)

eng = [e for e in staff if e.dept == "eng"]
print("eng payroll:", sum(e.salary for e in eng))
top = max(staff, key=lambda e: e.salary)
print("top earner:", top.name)
name, dept, *_ = staff[2]
print(name, dept)

p, q = Point(1, 2), Point(x=4, y=6)
dist = ((q.x - p.x) ** 2 + (q.y - p.y) ** 2) ** 0.5
print(p, q, dist, p + q, p == (1, 2), tuple(q))
print(sorted(staff, key=lambda e: (e.dept, -e.salary))[0].name, len(staff[0]))
