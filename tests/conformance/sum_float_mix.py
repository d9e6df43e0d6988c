# sum() of floats and ints: the C-double path keeps float + float / float + int rounding
print(sum([1.5, 2, 3.25]), sum([1, 2, 0.5]), sum([0.1]*10), sum([], 0.0), sum([1, 2], 0.5))
print(sum([1.0, 2**70, 1.0]), sum([1.0, True, 2]), sum([1e308, 1e308]), sum([float('nan'), 1.0]))
print(sum([2**62, 2**62, 0.5]), sum([0.5, 2**63 - 1]), sum([-0.0]), sum([-0.0], -0.0), sum([1, -0.0]))
class F(float): pass
print(sum([1.0, F(2.5)]), type(sum([F(1.0), F(2.0)])), sum([1.0, 2.0], F(0.5)), type(sum([], F(0.5))))
try:
    sum([1.0, 'x'])
except TypeError as e:
    print(e)
print(sum(x * 0.1 for x in range(1000)), sum(1.0 / (i + 1) for i in range(1000)))
