# An exception leaving a with block after __exit__ ran.
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, typ, val, tb):
        print("exit sees", typ.__name__)
        return False

def work(n):
    with CM() as cm:
        print("working", n)
        raise LookupError("no item " + str(n))

work(3)
