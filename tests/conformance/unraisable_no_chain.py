# An exception nobody can catch (a weakref callback's, a gc callback's,
# a generator's finally when the generator dies) is written as CPython
# 3.11's default unraisable hook writes it: its traceback and its line,
# without the exceptions it was chained to and without notes.
import gc
import weakref


class Callback:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<callback %s>" % self.name

    def __call__(self, *args):
        try:
            {}["missing"]
        except KeyError as e:
            err = ValueError("raised while handling a KeyError")
            err.add_note("a note nobody prints")
            raise err from e


class C:
    pass


c = C()
r = weakref.ref(c, Callback("weakref"))
del c
print("after the weakref callback")
gc.callbacks.append(Callback("gc"))
gc.collect()
gc.callbacks.clear()
print("after the gc callback")
