# gclab.py -- the gclab module for CPython: under gclab, `import gclab` finds
# the built-in module (modules/mod_gclab.c), which records phase markers in
# the run's telemetry; under CPython it finds this file beside the workloads,
# where marking records nothing, so every workload still runs unchanged.
# The checks are the built-in module's, so a program fails the same way on both.


def mark(name):
    """Record a phase marker named name (nothing is recorded outside gclab)."""
    if not isinstance(name, str):
        raise TypeError("mark() argument must be str, not %s" % type(name).__name__)
    if not 0 < len(name) <= 63 or any(c in name for c in ',\n\r"\0'):
        raise ValueError("mark() name must be 1 to 63 characters without commas, quotes or newlines")
