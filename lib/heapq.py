# heapq -- gclab's heapq: a min-heap on a list, with CPython's sift order
# (a popped or replaced root's hole moves down to a leaf along the smaller
# children, then the item sifts up), so heaps built by the same calls hold
# their items in the same list positions.  heappush, heappop, heapreplace,
# heappushpop and heapify (and the max-heap helpers nsmallest uses) come
# from _heapq (C, modules/mod_heapq.c) as CPython's do; the subset versions
# below stay as their definition.


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
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


from _heapq import heapify, _heapify_max, _heapreplace_max


# nsmallest and nlargest: CPython's Lib/heapq.py algorithm (min()/max()
# for one item, sorted() when n covers a sized input, else a bounded
# max-heap (nsmallest) or min-heap (nlargest) of (item or key, order[,
# item]) entries), so they make the same comparisons and key calls in the
# same order.
def _nbest(n, iterable, key, largest):
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        pick = max if largest else min
        if key is None:
            result = pick(it, default=sentinel)
        else:
            result = pick(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    if largest:
        orders, step, build, replace = range(0, -n, -1), -1, heapify, heapreplace
    else:
        orders, step, build, replace = range(n), 1, _heapify_max, _heapreplace_max
    if key is None:
        result = [(elem, i) for i, elem in zip(orders, it)]
    else:
        result = [(key(elem), i, elem) for i, elem in zip(orders, it)]
    if not result:
        return result
    build(result)
    top = result[0][0]
    order = step * n
    for elem in it:
        k = elem if key is None else key(elem)
        if (top < k) if largest else (k < top):
            replace(result, (k, order) if key is None else (k, order, elem))
            top = result[0][0]
            order += step
    result.sort(reverse=largest)
    pos = 0 if key is None else 2
    return [entry[pos] for entry in result]


def nsmallest(n, iterable, key=None):
    return _nbest(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    return _nbest(n, iterable, key, True)


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
