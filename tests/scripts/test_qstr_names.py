"""The qstr names MicroPython's build gives strings (patch 0050): two
different strings must never share one, or frozen modules read the wrong
text. Runs against the patched source in build/ (MP_SRC)."""
import os
import sys
import unittest

MP_SRC = os.environ.get("MP_SRC", "build/micropython-1.25.0")


class QstrNames(unittest.TestCase):
    def setUp(self):
        sys.path.insert(0, os.path.join(MP_SRC, "py"))
        import makeqstrdata
        self.escape = makeqstrdata.qstr_escape

    def tearDown(self):
        sys.path.pop(0)

    def test_tilde_and_small_tilde_differ(self):
        self.assertNotEqual(self.escape("~"), self.escape("\u02dc"))

    def test_no_two_characters_share_a_name(self):
        names = {}
        for c in map(chr, range(1, 0x3000)):
            name = self.escape(c)
            self.assertNotIn(name, names, "%r and %r" % (names.get(name), c))
            names[name] = c


if __name__ == "__main__":
    unittest.main()
