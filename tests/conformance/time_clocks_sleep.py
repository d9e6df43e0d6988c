# The time module's clocks and sleep as CPython 3.11: types, monotonicity,
# the nanosecond variants agreeing with the float ones, sleep() waiting at
# least as long as asked, and the argument errors.
import time

t0, n0 = time.perf_counter(), time.perf_counter_ns()
m0, mn0 = time.monotonic(), time.monotonic_ns()
time.sleep(0.02)
time.sleep(0)
time.sleep(1 / 1000)
print(type(t0).__name__, type(n0).__name__, time.perf_counter() - t0 >= 0.02, time.monotonic_ns() - mn0 >= 20_000_000)
print(abs(time.time() - time.time_ns() / 1e9) < 1.0, type(time.thread_time()).__name__, type(time.thread_time_ns()).__name__,
      time.process_time_ns() >= 0, time.sleep(0) is None)
for bad in [lambda: time.sleep(-1), lambda: time.sleep("1"), lambda: time.sleep(), lambda: time.sleep(1, 2),
            lambda: time.time(1), lambda: time.perf_counter(None), lambda: time.monotonic_ns(x=1),
            lambda: time.sleep(float("nan")), lambda: time.sleep(secs=1), lambda: time.sleep(10**30)]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
