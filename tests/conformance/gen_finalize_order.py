# Generators dying by reference counting are closed at once: finally
# blocks run at `del`, a delegating generator closes its delegate first.
# not started and finished generators run no finally
def plain():
    try:
        yield 1
    finally:
        print("plain finally")
p = plain()
del p
p = plain()
list(p)
del p

# finalization order for generators dying by refcount: innermost first
def nested(tag, child):
    try:
        yield from child if child is not None else iter([tag])
    finally:
        print("finally", tag)
n = nested("outer", nested("middle", nested("inner", None)))
print(next(n))
del n
print("done")
