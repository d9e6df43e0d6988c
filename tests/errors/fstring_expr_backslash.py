# A backslash anywhere in an f-string's expression part, even inside a
# string literal there, is a SyntaxError in CPython 3.11.
words = ['a', 'b']
print(f"{'\n'.join(words)}")
