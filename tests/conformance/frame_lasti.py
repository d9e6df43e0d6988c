# f_lasti / tb_lasti: the properties a program can rely on (non-negative, even,
# growing as the frame runs, equal for a traceback entry and its finished frame).
import sys

# f_lasti / tb_lasti properties
def gen():
    yield 1
    yield 2

g = gen()
print("unstarted", g.gi_frame.f_lasti)
next(g)
a = g.gi_frame.f_lasti
print("started", a >= 0, a % 2 == 0)
next(g)
b = g.gi_frame.f_lasti
print("advanced", b > a, b % 2 == 0)

def f():
    fr = sys._getframe()
    x = fr.f_lasti
    y = fr.f_lasti
    return x, y
x, y = f()
print("running", x >= 0, x % 2 == 0, y > x)

def boom():
    1 / 0
try:
    boom()
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lasti == tb.tb_frame.f_lasti, tb.tb_lasti >= 0, tb.tb_lasti % 2 == 0, type(tb.tb_lasti).__name__)
        tb = tb.tb_next
