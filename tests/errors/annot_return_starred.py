# a return annotation must be an expression
def f() -> *a:
    pass
