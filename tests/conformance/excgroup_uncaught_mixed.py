# What a try/except* raises when a clause raises: the new exception and the
# unhandled rest in one group without a traceback, each part printed with
# its own chain.
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    raise KeyError("new")
