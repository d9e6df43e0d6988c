# an f-string is not a literal pattern
match 5:
    case f"x":
        pass
