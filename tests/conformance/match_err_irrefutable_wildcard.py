# a wildcard before other cases makes them unreachable
match 5:
    case _:
        pass
    case 2:
        pass
