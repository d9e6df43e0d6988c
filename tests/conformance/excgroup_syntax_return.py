# return may not leave an except* body (the caret at its value, as CPython's).
def f():
    try:
        pass
    except* ValueError:
        return 1
