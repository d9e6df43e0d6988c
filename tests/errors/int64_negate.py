# the 64-bit limit also applies to literals and unary minus
big = 9223372036854775807
print(big)
small = -big - 1
print(small)
print(-small)
