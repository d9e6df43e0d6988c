log = []
class A:
    def __add__(self, o):
        log.append("A.add"); return NotImplemented
    def __radd__(self, o):
        log.append("A.radd"); return "A.radd"
    def __lt__(self, o):
        log.append("A.lt"); return NotImplemented
    def __eq__(self, o):
        log.append("A.eq"); return NotImplemented
class B(A):
    def __radd__(self, o):
        log.append("B.radd"); return "B.radd"
    def __gt__(self, o):
        log.append("B.gt"); return "B.gt"
class C:
    def __radd__(self, o):
        log.append("C.radd"); return NotImplemented
    def __mul__(self, o):
        return NotImplemented
def run(label, fn):
    log.clear()
    try:
        r = fn()
    except TypeError as e:
        r = "TypeError: " + str(e)
    print(label, r, log)
run("A+B", lambda: A() + B())
run("B+A", lambda: B() + A())
run("A+A", lambda: A() + A())
run("A+C", lambda: A() + C())
run("1+C", lambda: 1 + C())
run("C*2", lambda: C() * 2)
run("A<B", lambda: A() < B())
run("A<A", lambda: A() < A())
run("A==A", lambda: A() == A())
run("A!=1", lambda: A() != 1)
def exec_iadd():
    x = A()
    x += 1
    return x
run("A+=1", lambda: exec_iadd())
class I:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fallback add"
def iadd2():
    x = I()
    x += 1
    return x
run("I+=", iadd2)
class L(list):
    def __radd__(self, o):
        return "L.radd"
run("list+L", lambda: [1] + L([2]))
class N(int):
    def __rsub__(self, o):
        return "N.rsub"
run("5-N", lambda: 5 - N(2))
run("N-5", lambda: N(2) - 5)
