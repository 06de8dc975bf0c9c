import functools

call_log = []


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        arg_str = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        result = func(*args, **kwargs)
        call_log.append(f"{func.__name__}({arg_str}) -> {result!r}")
        return result
    return wrapper


def retry(times=3, exceptions=(ValueError,)):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{func.__name__} failed after {times} attempts")
        return wrapper
    return decorator


@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b


attempts = {"n": 0}


@retry(times=3)
def flaky():
    attempts["n"] += 1
    if attempts["n"] < 3:
        raise ValueError(f"not yet ({attempts['n']})")
    return "success"


add(2, 3)
add(10, b=-4)
print("\n".join(call_log))
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(flaky())

def always_fails():
    raise ValueError("nope")


try:
    retry(times=2)(always_fails)()
except RuntimeError as e:
    print("RuntimeError:", e)
