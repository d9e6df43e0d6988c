# f_trace, f_trace_lines, f_trace_opcodes: stored and checked; f_lineno
# cannot be set outside a trace function; sys.gettrace() with no tracing.
import sys
fr = sys._getframe()
print(fr.f_trace, fr.f_trace_lines, fr.f_trace_opcodes)
def tr(*a):
    return None
fr.f_trace = tr
print(fr.f_trace is tr)
fr.f_trace = None
print(fr.f_trace)
fr.f_trace_lines = False
print(fr.f_trace_lines)
fr.f_trace_opcodes = True
print(fr.f_trace_opcodes)
try:
    fr.f_trace_opcodes = 0
except TypeError as e:
    print("TypeError", e)
fr.f_trace_opcodes = False
try:
    fr.f_trace_lines = "x"
except TypeError as e:
    print("TypeError", e)
del fr.f_trace
print(fr.f_trace)
try:
    del fr.f_trace_lines
except Exception as e:
    print(type(e).__name__, e)
print(sys.gettrace())
try:
    fr.f_lineno = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    fr.f_lasti = 3
except Exception as e:
    print(type(e).__name__, e)
def f():
    return sys._getframe()
a = f()
print(a.f_trace, a.f_trace_lines)
a.f_trace = f
print(a.f_trace is f)
def g():
    yield sys._getframe()
it = g()
gf = next(it)
gf.f_trace = print
print(it.gi_frame.f_trace is print)
def f():
    fr = sys._getframe()
    for v in (3, "x", 1.5, 10**6, -1):
        try:
            fr.f_lineno = v
        except Exception as e:
            print(type(e).__name__, e)
    try:
        del fr.f_lineno
    except Exception as e:
        print(type(e).__name__, e)
    def g(): yield 1
    it = g()
    try:
        it.gi_frame.f_lineno = 1
    except Exception as e:
        print(type(e).__name__, e)
f()
