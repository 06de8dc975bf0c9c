import contextlib
import io


@contextlib.contextmanager
def section(title):
    print(f"=== {title} ===")
    try:
        yield title.lower()
    except ValueError as e:
        print(f"  (handled {type(e).__name__}: {e})")
    finally:
        print(f"=== end {title} ===")


with section("Load") as name:
    print("  inside", name)

with section("Parse"):
    int("not a number")

with contextlib.suppress(KeyError, ZeroDivisionError):
    {}["missing"]
print("suppressed KeyError")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line 1")
    print("captured line 2")
print("captured:", buf.getvalue().splitlines())


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"close {self.name} (error: {exc_type.__name__ if exc_type else None})")
        return False


with contextlib.ExitStack() as stack:
    resources = [stack.enter_context(Resource(n)) for n in ("db", "cache")]
    stack.callback(print, "callback runs first")
    print("using", [r.name for r in resources])

try:
    with Resource("file"):
        raise RuntimeError("boom")
except RuntimeError as e:
    print("caught:", e)
with contextlib.nullcontext(42) as value:
    print("nullcontext gives", value)
