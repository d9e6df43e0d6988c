# The backslash is in a string of a multi-line expression part of a
# triple-quoted f-string: CPython reports the f-string's last line.
x = 'a'
y = f'''{
x +
'\t'}'''
print(y)
