# a parenthesised capture is still irrefutable
match 5:
    case (x):
        pass
    case 2:
        pass
