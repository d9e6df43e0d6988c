# The attributes of the built-in types (dir()), as CPython 3.11 lists them
for t in [object, type, int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset]:
    print(t.__name__, sorted(dir(t)))
print(len.__module__, [].append.__module__, int.__doc__ is None)
