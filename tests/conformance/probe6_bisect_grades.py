# Grading and interval lookup with bisect (key=, lo/hi), insort keeping
# a sorted leaderboard.
import bisect

breakpoints = [60, 70, 80, 90]
grades = 'FDCBA'
print([grades[bisect.bisect(breakpoints, s)] for s in [33, 60, 75, 89, 90, 100]])
print(bisect.bisect_left(breakpoints, 70), bisect.bisect_right(breakpoints, 70), bisect.bisect(breakpoints, 70, 0, 1))
board = []
for name, score in [('ann', 50), ('bob', 70), ('cy', 50), ('di', 90), ('ed', 70)]:
    bisect.insort(board, (-score, name))
print(board)
records = [('ann', 50), ('cy', 55), ('bob', 70)]
print(bisect.bisect_left(records, 55, key=lambda r: r[1]), bisect.bisect_right(records, 55, key=lambda r: r[1]))
bisect.insort(records, ('zed', 60), key=lambda r: r[1])
bisect.insort_left(records, ('amy', 50), key=lambda r: r[1])
print(records)
try:
    bisect.bisect([1, 2], 1, -1)
except ValueError as e:
    print('ValueError:', e)
try:
    bisect.bisect([1, 'a'], 0.5)
except TypeError as e:
    print('TypeError:', e)
times = [0.0, 1.5, 3.0, 4.5]
for t in [-1, 0, 2.9, 4.5, 10]:
    i = bisect.bisect_right(times, t) - 1
    print(t, 'slot', i if i >= 0 else None)
