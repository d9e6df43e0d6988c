# '#' in a multi-line expression part of a triple-quoted f-string.
x = 1
print(f'''{
x # a comment
}''')
