"""scripts/fetch-micropython.sh: the cache, the checksum and clear failures.

The network is replaced by a mirror that refuses connections, so these show
what happens when the source cannot be had. They reuse the tarball the build
already fetched (env MP_TARBALL).
"""
import os
import shutil
import subprocess
import tempfile
import unittest

SCRIPT = "scripts/fetch-micropython.sh"
TARBALL = os.environ.get("MP_TARBALL", "build/cache/micropython_1.25.0+ds.orig.tar.xz")
DEAD_MIRROR = "http://127.0.0.1:9/debian"  # the discard port: connection refused


def fetch(build_dir):
    env = dict(os.environ, MPSB_DEBIAN_MIRROR=DEAD_MIRROR)
    return subprocess.run([SCRIPT, build_dir], env=env, capture_output=True,
                          text=True, timeout=120)


class FetchMicroPython(unittest.TestCase):
    def setUp(self):
        self.build = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.build)
        self.cache = os.path.join(self.build, "cache")
        os.makedirs(self.cache)

    def test_cached_tarball_is_used_without_network(self):
        shutil.copy(TARBALL, self.cache)
        proc = fetch(self.build)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertTrue(os.path.isfile(
            os.path.join(self.build, "micropython-1.25.0", "py", "vm.c")))

    def test_unreachable_source_fails_clearly(self):
        proc = fetch(self.build)
        self.assertEqual(proc.returncode, 1)
        self.assertIn("fetch-micropython: apt-get update failed", proc.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.build, "micropython-1.25.0")))

    def test_corrupt_cached_tarball_is_not_used(self):
        with open(TARBALL, "rb") as src:
            data = bytearray(src.read())
        data[len(data) // 2] ^= 0xFF
        with open(os.path.join(self.cache, os.path.basename(TARBALL)), "wb") as dst:
            dst.write(data)
        proc = fetch(self.build)
        # It refuses the cached copy and tries to fetch a good one.
        self.assertEqual(proc.returncode, 1)
        self.assertIn("apt-get update failed", proc.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.build, "micropython-1.25.0")))


if __name__ == "__main__":
    unittest.main()
