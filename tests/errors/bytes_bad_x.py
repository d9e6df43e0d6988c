# a \x escape in bytes needs two hex digits
x = 1
y = b'ab\x4'
