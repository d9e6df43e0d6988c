import gc

gc.collect()
def make_list_cycle():
    l = []
    l.append(l)
def make_dict_cycle():
    d = {}
    d["d"] = d
def make_instance_cycle():
    class Local:
        pass
    o = Local()
    o.o = o
def make_closure_cycle():
    def f():
        return f
    return None
def make_gen_cycle():
    def g():
        yield
    it = g()
    it.self_ref = None
    l = [it]
    l.append(l)
def make_bound_method_cycle():
    class M:
        def m(self):
            pass
    x = M()
    x.bm = x.m
for maker in (make_list_cycle, make_dict_cycle, make_instance_cycle, make_closure_cycle, make_bound_method_cycle):
    maker()
    print(maker.__name__, gc.collect())
try:
    make_gen_cycle()
except AttributeError as e:
    print(e)
print(gc.collect())
