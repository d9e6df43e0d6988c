# order of try / except / else / finally clauses, exceptions in else
def run(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise KeyError("k")
    except KeyError as e:
        log.append("except")
    else:
        log.append("else")
        if mode == "else-raise":
            raise ValueError("from else")
    finally:
        log.append("finally")
    return log
print(run("ok"))
print(run("raise"))
try:
    run("else-raise")
except ValueError as e:
    print("escaped:", e)
def loop():
    out = []
    i = 0
    while True:
        try:
            i = i + 1
            if i > 3:
                break
        finally:
            out.append(i)
    return out
print(loop())
