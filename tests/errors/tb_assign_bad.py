# Assigning a non-traceback to __traceback__ is refused (it used to be stored
# and followed as a traceback when the exception was raised).
e = ValueError("x")
e.__traceback__ = [1, 2]
raise e
