# a dedent to a column no enclosing block uses
def f():
        a = 1
    return a
