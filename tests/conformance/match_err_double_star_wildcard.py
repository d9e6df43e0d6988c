# **_ is not allowed in a mapping pattern
match {}:
    case {**_}:
        pass
