# An unexpected indent: CPython shows the line without a caret (the
# position is inside the indentation it strips).
x = 1
    y = 2
print(x)
