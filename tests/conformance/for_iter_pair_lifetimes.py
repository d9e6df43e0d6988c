# FOR_ITER_PAIR keeps enumerate's result tuple refilled as CPython's
# enum_next does: the items it holds die at the same moments.
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def run():
    e = enumerate([D(1), D(2), D(3)])
    for i, d in e:
        print("got", i, d.n)
        if i == 1:
            break
    print("after break")
    for i, d in e:
        print("again", i, d.n)
    print("end of loop")
    del d
    print("local dropped")
    del e
    print("enumerate dropped")


run()


def fresh():
    for i, d in enumerate(D(n) for n in range(3)):
        print("fresh", i, d.n)
    print("fresh done")
    for a, b in zip([D(10), D(11)], "xy"):
        print("zip", a.n, b)
    print("zip done")


fresh()
