# only a name can follow as
match 5:
    case 1 as (x):
        pass
