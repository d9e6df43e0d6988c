# a keyword sub-pattern repeated
match 5:
    case Point(x=1, y=2, x=3):
        pass
