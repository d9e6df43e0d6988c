# A backslash in a string inside a nested replacement field of a format spec.
x = 1
print(f'{x:{"\n"}}')
