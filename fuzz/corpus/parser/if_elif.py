# if / elif / else chains and truthiness of conditions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(v) for v in [-5, 0, 3, 42]])
for v in [[], [0], "", "0", 0.0, None, {}, {"a": 1}]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
if 1:
    pass
x = 5
if x > 3:
    if x > 4:
        print("nested")
