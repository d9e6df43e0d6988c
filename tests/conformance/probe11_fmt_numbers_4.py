# Number formatting, conversion and arithmetic corners a programmer meets (part 4)
# Each line prints one expression's repr, or the exception it raises.
def show(i, f):
    try:
        r = f()
        print(i, repr(r))
    except BaseException as e:
        print(i, type(e).__name__ + ':', e)

show(0, lambda: (pow(0, 0)))
show(1, lambda: (0 ** -1))
show(2, lambda: (pow(3, -1, 7)))
show(3, lambda: (pow(2, 3, 0)))
show(4, lambda: (bin(0), oct(-8), hex(0)))
show(5, lambda: (True + True, True * 3, -True))
show(6, lambda: (1 == 1.0 == True))
show(7, lambda: ((0.1).__round__(1)))
