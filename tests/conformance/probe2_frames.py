# Probing program (issue 13, round 2), lines moved out of probe2_cycle_exception
# and probe2_generator_protocol: frame objects (a traceback's tb_next and
# tb_frame, a generator's gi_frame) and the lifetime of a frame's locals
# while a caught exception's traceback holds the frame.
class Res:
    live = 0
    def __init__(self):
        Res.live += 1
    def __del__(self):
        Res.live -= 1
def fail():
    r = Res()
    raise ValueError("bad")
try:
    fail()
except ValueError as e:
    saved = e
print(Res.live)
tb = saved.__traceback__
print(tb.tb_next is not None, tb.tb_next.tb_frame.f_code.co_name)
saved = tb = None
print(Res.live)
def gen():
    yield 1
g = gen()
print(g.gi_frame is not None, g.gi_frame.f_lineno)
list(g)
print(g.gi_frame)
