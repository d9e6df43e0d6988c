class MyErr(Exception):
    pass
def f(n):
    if n == 0:
        e = MyErr("deep", 42)
        e.add_note("first note")
        e.add_note("second\nmultiline")
        raise e
    f(n - 1)
try:
    f(2)
except MyErr as e:
    print(e.args, e.__notes__)
    try:
        e.add_note(5)
    except TypeError as t:
        print("TypeError", t)
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("frames", n)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
f(1)
