# literal forms: quotes, triple quotes, escapes, hex escapes, continuation
a = 'single'
b = "double"
c = """triple
double"""
d = '''triple
single'''
print(a, b)
print(c)
print(d)
print("esc: \\ \' \" \t| \x41\x42 \0".replace("\0", "<nul>"))
e = "line one \
continued"
print(e)
f = ("implicit " "concat "
     "across lines")
print(f)
print(len("\n"), len("\x00"), len("\\n"), len("""x
y"""))
