# a match line without its colon (CPython 3.11: "expected ':'" after the subject)
value = 5
match value
    case 5:
        pass
