code = "x = 1"
print(code)
exec(code)
