# positional sub-patterns after keyword ones
match 5:
    case Point(x=1, 2, 3):
        pass
