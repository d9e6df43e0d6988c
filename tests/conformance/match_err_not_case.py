# a match block holds case clauses only
match 5:
    x = 1
