# a name bound twice in one pattern
match 5:
    case [x, {"k": x}]:
        pass
