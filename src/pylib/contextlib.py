"""Context manager utilities, as in CPython's contextlib module.

redirect_stdout/redirect_stderr: sys.stdout cannot be replaced in this
interpreter, so they swap builtins.print for one that writes to the target
while the block runs. print() output is redirected; direct
sys.stdout.write() calls are not.
"""

import builtins as _builtins
import sys as _sys


class AbstractContextManager:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """Lets a context manager be used as a function decorator too."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)

        try:
            inner.__name__ = func.__name__
        except AttributeError:
            pass  # MicroPython functions take no attributes
        return inner


class _GeneratorContextManager(ContextDecorator):
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    def _recreate_cm(self):
        # A generator runs once: each decorated call needs a fresh one.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppressed,
            # unless what stopped it is the exception itself.
            return exc is not value
        except RuntimeError as exc:
            # A StopIteration thrown in comes back as RuntimeError (PEP 479).
            if exc is value or isinstance(value, StopIteration):
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    try:
        helper.__name__ = func.__name__
    except AttributeError:
        pass
    return helper


class closing(AbstractContextManager):
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_prints = []

    def __enter__(self):
        # The name, not builtins.print: MicroPython keeps a replaced builtin
        # aside, where only name lookups see it.
        old_print = print
        target = self._new_target
        stream = getattr(_sys, self._stream)
        is_stdout = self._stream == "stdout"

        # MicroPython's print rejects flush= and sep/end/file=None, which
        # CPython accepts; this one takes them.
        def _print(*args, sep=None, end=None, file=None, flush=False):
            if file is stream or (file is None and is_stdout):
                file = target
            kwds = {}
            if sep is not None:
                kwds["sep"] = sep
            if end is not None:
                kwds["end"] = end
            if file is not None:
                kwds["file"] = file
            old_print(*args, **kwds)

        self._old_prints.append(old_print)
        _builtins.print = _print
        return target

    def __exit__(self, exctype, excinst, exctb):
        _builtins.print = self._old_prints.pop()


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"


class ExitStack(AbstractContextManager):
    """Runs a stack of exit callbacks, last in first out, like nested
    with-statements, passing each the exception still in flight."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        cb = getattr(exit, "__exit__", None)
        self._exit_callbacks.append(exit if cb is None else cb)
        return exit

    def enter_context(self, cm):
        try:
            enter = cm.__enter__
            exit = cm.__exit__
        except AttributeError:
            raise TypeError(
                "'%s' object does not support the context manager protocol"
                % type(cm).__name__
            ) from None
        result = enter()
        self._exit_callbacks.append(exit)
        return result

    def callback(self, callback, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)

        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        suppressed = False
        pending = None
        callbacks = self._exit_callbacks
        while callbacks:
            cb = callbacks.pop()
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending = None
                    exc_details = (None, None, None)
            except BaseException as exc:
                # A new exception replaces the one in flight.
                exc_details = (type(exc), exc, None)
                pending = exc
        if pending is not None:
            raise pending
        return received_exc and suppressed
