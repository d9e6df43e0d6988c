# time.perf_counter, perf_counter_ns, process_time: monotonic, right types
import time
t0 = time.perf_counter()
n0 = time.perf_counter_ns()
p0 = time.process_time()
s = 0
for i in range(100000):
    s = s + i
t1 = time.perf_counter()
n1 = time.perf_counter_ns()
p1 = time.process_time()
print(s)
print(type(t0), type(n0), type(p0))
print(t1 >= t0, n1 >= n0, p1 >= p0, t1 - t0 < 60)
print(n1 - n0 >= 0)
