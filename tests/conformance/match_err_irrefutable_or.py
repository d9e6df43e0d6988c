# an irrefutable alternative that is not the last one
match 5:
    case [1] | y | 3:
        pass
