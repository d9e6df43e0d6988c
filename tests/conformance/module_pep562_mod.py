# helper of module_circular_getattr: a module __getattr__ (PEP 562)
KNOWN = 1
log = []


def __getattr__(name):
    log.append(name)
    if name.startswith("dyn_"):
        return name[4:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["zeta", "KNOWN", "alpha"]
