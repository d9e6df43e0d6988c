# constant keys of a mapping pattern must differ (1 == 1.0)
match {}:
    case {1: a, "b": 2, 1.0: b}:
        pass
