"""Heap queue, as in CPython's heapq module.

MicroPython's built-in heapq (still reachable as `uheapq`) has heappush,
heappop and heapify, with the same sift algorithms as CPython, so lists end
up in the same order. This module keeps them and adds heappushpop,
heapreplace, nlargest, nsmallest and merge.
"""

import uheapq as _h

heappush = _h.heappush
heappop = _h.heappop
heapify = _h.heapify


def heapreplace(heap, item):
    """Pop the smallest item, then push item (the heap must not be empty)."""
    if not heap:
        raise IndexError("index out of range")
    # heappop moves the last item to the root and sifts it: with item
    # appended last, that is exactly CPython's heapreplace
    heap.append(item)
    return _h.heappop(heap)


def heappushpop(heap, item):
    """Push item, then pop the smallest item; faster than both calls."""
    if heap and heap[0] < item:
        heap.append(item)
        return _h.heappop(heap)
    return item


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        best = min(it, default=sentinel, key=key) if key is not None else min(it, default=sentinel)
        return [] if best is sentinel else [best]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        best = max(it, default=sentinel, key=key) if key is not None else max(it, default=sentinel)
        return [] if best is sentinel else [best]
    return sorted(iterable, key=key, reverse=True)[:n]


class _Rev:
    # reverses the order of keys, for merge(reverse=True)
    __slots__ = ("k",)

    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return other.k < self.k

    def __gt__(self, other):
        return self.k < other.k

    def __eq__(self, other):
        return self.k == other.k


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator; equal items come out
    in the order of the inputs."""
    heap = []
    for order, it in enumerate(iterables):
        it = iter(it)
        for value in it:
            k = value if key is None else key(value)
            heap.append([_Rev(k) if reverse else k, order, value, it])
            break
    _h.heapify(heap)
    while heap:
        entry = heap[0]
        yield entry[2]
        it = entry[3]
        for value in it:
            k = value if key is None else key(value)
            entry[0] = _Rev(k) if reverse else k
            entry[2] = value
            heapreplace(heap, entry)  # re-sift the root with its new key
            break
        else:
            _h.heappop(heap)
