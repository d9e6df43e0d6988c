# one starred name per sequence pattern
match 5:
    case [*a, *b]:
        pass
