# alternatives must bind the same names
match 5:
    case [x, 1] | [1, y]:
        pass
