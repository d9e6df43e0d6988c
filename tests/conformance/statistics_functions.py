# statistics: every function over int, float, Fraction, bool, mixed and
# random data (exact sums, correctly rounded square roots, result types),
# and the error messages.
import statistics as st
import random
from fractions import Fraction as F
random.seed(12345)
sets = [
    [1, 2, 3, 4],
    [1, 2, 3],
    [2.5, 3.25, 5.75, 1.0],
    [0.1] * 10,
    [1e100, 1.0, -1e100, 3.0],
    [F(1, 3), F(2, 7), F(5, 11)],
    [1, 2.5, F(1, 2)],
    [True, False, True],
    [random.random() for _ in range(50)],
    [random.gauss(100, 15) for _ in range(101)],
    [random.randint(-1000, 1000) for _ in range(40)],
    [random.uniform(-1e6, 1e6) for _ in range(30)],
    [3, 3, 1, 1, 2],
    [10 ** 20 + 1, 10 ** 20 + 3, 10 ** 20 + 7],
    [float('inf'), 1.0, 2.0],
    [float('nan'), 1.0],
    [5],
]
funcs = [st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.multimode,
         st.variance, st.pvariance, st.stdev, st.pstdev, st.geometric_mean, st.harmonic_mean,
         lambda d: st.quantiles(d), lambda d: st.quantiles(d, n=10, method='inclusive'),
         lambda d: st.quantiles(d, n=3), lambda d: st.variance(d, st.mean(d)), lambda d: st.pstdev(d, 1)]
for d in sets:
    out = []
    for f in funcs:
        try:
            r = f(d)
            out.append(repr(r))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(' | '.join(out))
for f, args in [(st.mean, ([],)), (st.median, ([],)), (st.mode, ([],)), (st.variance, ([1],)), (st.stdev, ([1],)),
                (st.pvariance, ([],)), (st.pstdev, ([],)), (st.quantiles, ([1],)), (st.fmean, ([],)),
                (st.mean, (['a', 'b'],)), (st.harmonic_mean, ([1, -1],)), (st.geometric_mean, ([0, 1],)),
                (st.fmean, ([1, 2], [1])), (st.fmean, ([1, 2], [0, 0])), (st.fmean, ([1, 2, 3], [3, 2, 1]))]:
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    st.quantiles([1, 2], n=0)
except st.StatisticsError as e:
    print('StatisticsError', e, isinstance(e, ValueError))
try:
    st.quantiles([1, 2], method='x')
except ValueError as e:
    print('ValueError', e)
print(st.multimode('aabbbcccd'), st.mode(['x', 'y', 'y']), st.multimode([]), st.fmean(iter([1, 2, 4])))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2, 0]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2))
