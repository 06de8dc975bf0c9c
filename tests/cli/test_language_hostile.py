"""Hostile uses of what the patches and the frozen library added: metaclass
tricks, __mro_entries__, annotations, super().__new__, unpacking displays,
huge format precisions, self-referencing JSON, sorts whose key mutates the
list, ranges past the generator's width. Each must end as a plain result or
a Python error: never a crash, and never a C loop the deadline has to kill
(urandom.randint(-2**62, 2**62) was one)."""
import unittest

from tests.cli.test_isolation import run_json

SNIPPETS = [
    "class M(type):\n    def __call__(cls, *a): return 1\nclass A(metaclass=M): pass\nA()",
    "class M(type):\n    def __new__(m, n, b, ns): return 5\nclass A(metaclass=M): pass",
    "class M(type):\n    def __iter__(cls): return iter(cls)\nclass A(metaclass=M): pass\nlist(A)",
    "class B:\n    def __mro_entries__(self, bases): return (1,)\nclass A(B()): pass",
    "class B:\n    def __mro_entries__(self, bases): return ()\nclass A(B()): pass\nA.__mro__",
    "class A:\n    def __class_getitem__(cls, k): raise ValueError(k)\nA[1]",
    "class A:\n    x: undefined_name = 1",
    "class M(type): pass\nclass N(type): pass\nclass A(metaclass=M): pass\n"
    "class B(metaclass=N): pass\nclass C(A, B): pass",
    "type('X', (int, str), {})",
    "class I(int):\n    def __new__(c, v): return super().__new__(c, v, v, v)\nI(1)",
    "class T(tuple):\n    def __new__(c): return super().__new__(c, 5)\nT()",
    "object.__new__(type('Q', (bytearray,), {}))[0:1]",
    "import json\njson.loads('[' * 100000)",
    "import json\njson.loads('{\"a\":' * 50000)",
    "import json\nd = {}\nd['d'] = d\njson.dumps(d)",
    "import json\nl = []\nl.append(l)\njson.dumps(l, indent=2)",
    "import json\nraise json.JSONDecodeError('m', 5, 'x')",
    "print('%.2147483647f' % 1.5)",
    "print(f'{1.5:.2147483647}')",
    "l = list(range(1000))\nl.sort(key=lambda x: l.clear() or x)",
    "l = list(range(100))\nl.sort(key=lambda x: l.append(x) or x)",
    "class K:\n    def __lt__(s, o): raise KeyError('k')\nsorted([K(), K()])",
    "{**1}", "[*1]", "{*None}",
    "d = {1: 2}\nd.keys() | [[]]",
    "s = 'é' * 100000\ns[::-7]",
    "import math\nmath.hypot(*range(100000))",
    "round(1.5, 10**18)",
    "class R:\n    __round__ = 5\nround(R())",
    "class S(str):\n    def __format__(self, spec): return 5\nf'{S(\"a\"):x}'",
    "'x'.center(10**12, '-')",
    "int('1' * 5000, base=36)",
    "import urandom\nurandom.randint(-2**62, 2**62)",
    "import urandom\nurandom.randrange(2**32)",
    "class A: pass\nA.__mro__ = 1",
    "class A: pass\na = A()\nd = a.__dict__\nd[1] = 2\nd.clear()\na.x = 1\nobject.__setattr__(a, 'y', 2)\n"
    "object.__delattr__(a, 'x')\nprint(a.y, d, vars(a) is d)",
    "class A: pass\na = A()\na.__dict__ = {'q': 1}\na.__dict__\na.q",
    "class A:\n    __slots__ = ('x',)\na = A()\na.__dict__\na.x = 1",
    "def f(): pass\nf.__dict__['g'] = f\nf.__globals__ = 1",
]


class HostileLanguage(unittest.TestCase):
    def test_each_ends_in_a_result_or_a_python_error(self):
        for code in SNIPPETS:
            with self.subTest(code=code):
                rc, r = run_json(code, "--timeout", "5")
                self.assertIn(r["status"], ("ok", "error"), r)
                if r["status"] == "error":
                    self.assertIsNotNone(r["error"], r)


if __name__ == "__main__":
    unittest.main()
