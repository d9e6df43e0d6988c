# difffuzz round 5: float(x) of a float is x, as CPython's (seed 50500611)
v = 1.5
print(float(v) is v, float(-0.0) is -0.0 or 'folded')
class F(float):
    pass
f = F(2.5)
print(float(f) is f, type(float(f)).__name__, float(f) == f)
w = 1e300 * 10
print(float(w) is w, F(w) is w)
def same(a):
    return float(a) is a
print(same(0.1), same(3.0), same(float('nan')))
