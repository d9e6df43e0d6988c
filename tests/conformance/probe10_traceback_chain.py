def inner():
    raise KeyError("k")
def middle():
    try:
        inner()
    except KeyError as e:
        raise ValueError("bad value") from e
def outer():
    try:
        middle()
    except ValueError:
        raise RuntimeError("outer")
outer()
