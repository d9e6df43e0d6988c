# alternatives must bind the same names (one binds more)
match 5:
    case [x] | (x, y):
        pass
