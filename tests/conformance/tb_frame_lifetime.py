# A caught exception's traceback keeps the frames it passed through, and
# their locals, alive until the except block ends.
class B:
    def __del__(self):
        print("B del")
def f():
    b = B()
    raise KeyError("k")
try:
    f()
except KeyError:
    print("caught")
print("end")
