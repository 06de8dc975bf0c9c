"""Iterator building blocks, as in CPython's itertools module.

Everything is a generator: in MicroPython a generator step costs about what
a loop over range does, while a class with __next__ costs twice as much.
Like CPython's, the combinatoric functions read their input into a tuple
first and then produce results lazily.
"""

# --- infinite iterators --------------------------------------------------------


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def cycle(iterable):
    saved = []
    for item in iterable:
        yield item
        saved.append(item)
    if saved:
        while True:
            yield from saved


def repeat(object, times=None):
    if times is None:
        while True:
            yield object
    else:
        for _ in range(times):
            yield object


# --- iterators ending on the shortest input ----------------------------------


def _add(a, b):
    return a + b


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for item in it:
            total = total + item
            yield total
    else:
        for item in it:
            total = func(total, item)
            yield total


def _chain(iterables):
    for it in iterables:
        yield from it


class chain:
    """chain(*iterables) and chain.from_iterable(iterable).

    A class only so that from_iterable can hang off it; calling it returns
    a plain generator (__new__ may return another type), which keeps the
    per-item cost of a generator.
    """

    def __new__(cls, *iterables):
        return _chain(iterables)

    @staticmethod
    def from_iterable(iterable):
        return _chain(iterable)


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for item in it:
        if not predicate(item):
            yield item
            break
    yield from it


def takewhile(predicate, iterable):
    for item in iterable:
        if not predicate(item):
            return
        yield item


def filterfalse(predicate, iterable):
    if predicate is None:
        return (item for item in iterable if not item)
    return (item for item in iterable if not predicate(item))


def starmap(function, iterable):
    return (function(*args) for args in iterable)


def groupby(iterable, key=None):
    # The groups share the one underlying iterator: moving the outer
    # iterator on ends the current group, as in CPython.
    it = iter(iterable)
    keyfunc = key
    value = current = None
    done = False
    group_id = 0

    def advance():
        nonlocal value, current, done
        for value in it:
            current = value if keyfunc is None else keyfunc(value)
            return
        done = True

    def group(target, gid):
        while not done and gid == group_id and current == target:
            yield value
            advance()

    advance()
    while not done:
        target = current
        group_id += 1
        yield target, group(target, group_id)
        while not done and current == target:
            advance()


def _index(value, name):
    if value is None:
        return None
    if not isinstance(value, int) or value < 0:
        raise ValueError(
            "%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize"
            % name
        )
    return value


def islice(iterable, *args):
    nargs = len(args)
    if nargs == 1:
        start, stop, step = 0, _index(args[0], "Stop"), 1
    elif nargs in (2, 3):
        start = _index(args[0], "Indices") or 0
        stop = _index(args[1], "Stop")
        step = 1 if nargs == 2 or args[2] is None else args[2]
        if not isinstance(step, int) or step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
    else:
        raise TypeError("islice expected 2 to 4 arguments, got %d" % (nargs + 1))
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    # Never reads past the last item it returns: the rest of `it` stays
    # usable, which code like islice(f, n) relies on.
    # As CPython's, the first start items are read even when stop <= start.
    for _ in zip(range(start), it):
        pass
    if stop is not None and stop <= start:
        return
    if stop is None:
        if step == 1:
            yield from it
            return
        i = 0
        for item in it:
            if i == 0:
                yield item
                i = step
            i -= 1
        return
    remaining = stop - start
    # zip takes from range first, so it stops without an extra read.
    if step == 1:
        for _, item in zip(range(remaining), it):
            yield item
        return
    i = 0
    for _, item in zip(range(remaining), it):
        if i == 0:
            yield item
            i = step
        i -= 1


def tee(iterable, n=2):
    # The iterators share a linked list of [value, next] cells; each keeps
    # its own position, and cells nobody points at any more are collected.
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    head = [None, None]

    def follower(link):
        while True:
            nxt = link[1]
            if nxt is None:
                for value in it:
                    nxt = link[1] = [value, None]
                    break
                else:
                    return
            link = nxt
            yield link[0]

    return tuple(follower(head) for _ in range(n))


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    _end = object()
    while True:
        row = []
        for i, it in enumerate(iterators):
            value = next(it, _end)
            if value is _end:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            row.append(value)
        yield tuple(row)


def pairwise(iterable):
    it = iter(iterable)
    for prev in it:
        for item in it:
            yield prev, item
            prev = item
        return


def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    it = iter(iterable)
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch


# --- combinatoric iterators ----------------------------------------------------


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    npools = len(pools)
    if npools == 0:
        yield ()
        return
    for pool in pools:
        if not pool:
            return
    if npools == 1:
        for a in pools[0]:
            yield (a,)
        return
    if npools == 2:
        first, second = pools
        for a in first:
            for b in second:
                yield (a, b)
        return
    # An odometer over all pools but the last; the last one is the inner loop.
    last = pools[-1]
    head = pools[:-1]
    nhead = len(head)
    indices = [0] * nhead
    prefix = [pool[0] for pool in head]
    while True:
        base = tuple(prefix)
        for item in last:
            yield base + (item,)
        i = nhead - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(head[i]):
                prefix[i] = head[i][indices[i]]
                break
            indices[i] = 0
            prefix[i] = head[i][0]
            i -= 1
        if i < 0:
            return


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    # Steps an index list through lexicographic order ("next permutation").
    # Reversing the part after r first makes the step skip the orderings of
    # the unused tail, so each r-prefix comes once, in CPython's order.
    if r > n:
        return
    idx = list(range(n))
    while True:
        yield tuple([pool[k] for k in idx[:r]])
        if r < n:
            idx[r:] = idx[r:][::-1]
        i = n - 2
        while i >= 0 and idx[i] > idx[i + 1]:
            i -= 1
        if i < 0:
            return
        j = n - 1
        a = idx[i]
        while idx[j] < a:
            j -= 1
        idx[i] = idx[j]
        idx[j] = a
        idx[i + 1:] = idx[:i:-1]


def combinations(iterable, r):
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    if r == 0:
        yield ()
        return
    if r == 1:
        for a in pool:
            yield (a,)
        return
    if r == 2:
        for i in range(n - 1):
            a = pool[i]
            for j in range(i + 1, n):
                yield (a, pool[j])
        return
    # indices of all positions but the last; the last one is the inner loop.
    indices = list(range(r - 1))
    top = n - r  # position k may go up to top + k
    while True:
        base = tuple([pool[i] for i in indices])
        for j in range(indices[-1] + 1, n):
            yield base + (pool[j],)
        k = r - 2
        while k >= 0 and indices[k] == top + k:
            k -= 1
        if k < 0:
            return
        indices[k] += 1
        for m in range(k + 1, r - 1):
            indices[m] = indices[m - 1] + 1


def combinations_with_replacement(iterable, r):
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_wr(tuple(iterable), r)


def _combinations_wr(pool, r):
    n = len(pool)
    if r == 0:
        yield ()
        return
    if n == 0:
        return
    indices = [0] * (r - 1)
    while True:
        base = tuple([pool[i] for i in indices])
        for j in range(indices[-1] if indices else 0, n):
            yield base + (pool[j],)
        k = r - 2
        while k >= 0 and indices[k] == n - 1:
            k -= 1
        if k < 0:
            return
        value = indices[k] + 1
        for m in range(k, r - 1):
            indices[m] = value
