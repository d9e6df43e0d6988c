# a triple-quoted string that never ends
x = 1
doc = """starts here
and goes on
print(x)
