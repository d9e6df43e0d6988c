# a capture pattern before other cases makes them unreachable
def f(v):
    match v:
        case x:
            pass
        case 1:
            pass
