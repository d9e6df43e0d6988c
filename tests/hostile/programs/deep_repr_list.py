def nest_list(n):
    x = []
    for i in range(n):
        x = [x]
    return x

def nest_dict(n):
    x = {}
    for i in range(n):
        x = {"k": x}
    return x

def nest_tuple(n):
    x = ()
    for i in range(n):
        x = (x,)
    return x

print(nest_list(200000))
