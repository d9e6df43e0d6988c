# Found by difffuzz round 6: heapq.nlargest/nsmallest with n <= 0 return
# [] (sorted(...)[:n] with a negative n would keep all but the last).
import heapq

for n in [-2, -1, 0, 1, 2, 5]:
    print(n, heapq.nlargest(n, [3, -1, 4, 1]), heapq.nsmallest(n, [3, -1, 4, 1]),
          heapq.nlargest(n, [-1, -1, 3, 5], key=lambda v: -v), heapq.nsmallest(n, 'cab', key=str.upper))
print(heapq.nlargest(-1, iter([])), heapq.nsmallest(0, range(3)))
