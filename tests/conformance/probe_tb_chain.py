# Probing program (issue 13): an uncaught chained exception's whole traceback
def inner():
    raise KeyError("missing")
def outer():
    try:
        inner()
    except KeyError as e:
        raise ValueError("bad value") from e
outer()
