import io
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, redirect_stdout,
                        redirect_stderr, ExitStack, ContextDecorator, AbstractContextManager)

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as value:
    print("inside", value)

# an exception passes through the generator's finally and propagates
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)

# the generator can catch the exception: it is suppressed
@contextmanager
def catching(*types):
    try:
        yield
    except types as e:
        print("caught", type(e).__name__, e)

with catching(KeyError):
    raise KeyError("k")
print("after suppressed")
try:
    with catching(KeyError):
        raise IndexError("i")
except IndexError:
    print("IndexError not caught")

# the generator can raise a different exception
@contextmanager
def translating():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("translated")
try:
    with translating():
        1 / 0
except ValueError as e:
    print("ValueError", e)

@contextmanager
def no_yield(flag=False):
    if flag:
        yield
try:
    with no_yield():
        pass
except RuntimeError:
    print("RuntimeError didn't yield")

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError:
    print("RuntimeError didn't stop")

@contextmanager
def ignores_exception():
    try:
        yield
    except Exception:
        pass
    yield
try:
    with ignores_exception():
        raise TypeError("t")
except RuntimeError:
    print("RuntimeError didn't stop after throw")

# StopIteration raised in the block propagates as itself
try:
    with tag("s"):
        raise StopIteration(3)
except StopIteration as e:
    print("StopIteration", e.value)

# used as a decorator, a fresh generator per call
@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2
print(decorated(1), decorated(2))

# nested managers and return values
@contextmanager
def opened(log, name):
    log.append("open " + name)
    yield name
    log.append("close " + name)
log = []
with opened(log, "x") as x, opened(log, "y") as y:
    log.append("use %s %s" % (x, y))
print(log)

# suppress
with suppress(KeyError):
    {}["missing"]
print("suppressed KeyError")
with suppress(ValueError, TypeError):
    int("x")
with suppress(LookupError):
    [][1]
print("suppressed subclasses")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError not suppressed")
with suppress():
    pass

# closing
class Resource:
    def __init__(self):
        self.closed = False
    def close(self):
        self.closed = True
r = Resource()
with closing(r) as got:
    print(got is r, r.closed)
print(r.closed)

# nullcontext
with nullcontext() as n:
    print(n)
with nullcontext(42) as n:
    print(n)
def maybe_lock(use):
    return tag("lock") if use else nullcontext("nolock")
with maybe_lock(False) as v:
    print(v)

# redirect_stdout captures print
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("hello", "world")
    print(1, 2, sep=", ", end=";\n")
    print("flushed", flush=True)
print(target is buf, repr(buf.getvalue()))
outer, inner = io.StringIO(), io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))
other = io.StringIO()
with redirect_stdout(io.StringIO()):
    print("to other", file=other)
print(repr(other.getvalue()))
try:
    with redirect_stdout(io.StringIO()):
        raise ValueError("inside redirect")
except ValueError:
    print("restored after exception")
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    print("still stdout")
print(repr(err.getvalue()))

# ExitStack
with ExitStack() as stack:
    names = [stack.enter_context(opened(log, n)) for n in ("p", "q")]
    stack.callback(log.append, "callback")
    print(names)
print(log[-5:])

calls = []
with ExitStack() as stack:
    stack.callback(calls.append, 1)
    stack.callback(lambda: calls.append(2))
    stack.push(lambda *exc: calls.append(("exit", exc[0])))
print(calls)

stack = ExitStack()
stack.callback(calls.append, "closed")
stack.close()
print(calls[-1])

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise KeyError("swallowed")
print("ExitStack suppressed")

try:
    with ExitStack() as stack:
        stack.callback(calls.append, "cleanup ran")
        raise IndexError("kept")
except IndexError:
    print("IndexError propagated", calls[-1])

def failing_cb():
    raise ValueError("from callback")
try:
    with ExitStack() as stack:
        stack.callback(failing_cb)
except ValueError as e:
    print("ValueError", e)

with ExitStack() as stack:
    stack.callback(calls.append, "moved")
    moved = stack.pop_all()
print(calls[-1] != "moved")
moved.close()
print(calls[-1])
try:
    ExitStack().enter_context(object())
except TypeError:
    print("TypeError enter_context")

class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print("Managed exit", exc[0])
with Managed() as m:
    print(type(m).__name__)

class Deco(ContextDecorator):
    def __enter__(self):
        print("enter deco")
        return self
    def __exit__(self, *exc):
        print("exit deco")
        return False
@Deco()
def work():
    print("working")
work()
