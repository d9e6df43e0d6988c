# Probing program (issue 13, round 3): OSError's errno arguments
for e in [OSError(2, "nofile"), OSError(13, "denied"), OSError(5, "io"), OSError(2, "x", "f", 3)]:
    print(type(e).__name__, repr(e), str(e), e.args)
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, str(e), e.args)
print(OSError("x").errno, OSError("x").strerror)
