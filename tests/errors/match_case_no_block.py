match 5:
    case 1:
    pass
