# heapq -- gclab's heapq: a min-heap on a list, with CPython's sift order
# (a popped or replaced root's hole moves down to a leaf along the smaller
# children, then the item sifts up), so heaps built by the same calls hold
# their items in the same list positions.  heappush, heappop, heapreplace
# and heappushpop come from _heapq (C, modules/mod_heapq.c) as CPython's
# do; the subset versions below stay as their definition.


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    if not heap:
        raise IndexError('index out of range')
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    if not heap:
        raise IndexError('index out of range')
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


from _heapq import heappush, heappop, heapreplace, heappushpop

def heapify(x):
    if not isinstance(x, list):   # CPython's Argument Clinic check
        raise TypeError('heapify() argument must be list, not ' + type(x).__name__)
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


def nsmallest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


class _Reversed:
    # a heap entry that sorts the other way: the min-heap functions then
    # make the comparisons CPython's max-heap ones make
    __slots__ = ('entry',)

    def __init__(self, entry):
        self.entry = entry

    def __lt__(self, other):
        return other.entry < self.entry


def merge(*iterables, key=None, reverse=False):
    # A heap of [sort key, input number, value, iterator] entries (a
    # max-heap when reverse, input numbers negated so earlier inputs still
    # win ties); the smallest entry's value is yielded and the entry
    # advanced in place; the last input left is yielded straight through.
    # The same heap operations as CPython's, so unsorted inputs come out
    # in the same order too.
    heap = []
    n = 0
    for iterable in iterables:
        it = iter(iterable)
        for value in it:
            entry = [value if key is None else key(value), -n if reverse else n, value, it]
            heap.append(_Reversed(entry) if reverse else entry)
            break
        n += 1
    heapify(heap)
    while len(heap) > 1:
        top = heap[0].entry if reverse else heap[0]
        yield top[2]
        for value in top[3]:
            top[0] = value if key is None else key(value)
            top[2] = value
            heapreplace(heap, heap[0])
            break
        else:
            heappop(heap)
    if heap:
        last = heap[0].entry if reverse else heap[0]
        yield last[2]
        yield from last[3]
