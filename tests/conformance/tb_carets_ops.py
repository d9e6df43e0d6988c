# PEP 657 position markers as CPython 3.11 prints them: a binary operation
# marks its operator (a closing parenthesis before it skipped, two-character
# operators), a subscript its brackets, an attribute or a call its whole
# range; a range going on to another line is marked to the end of its
# first line; no markers when the range is the whole line (trailing blanks
# count).  The chain prints each exception's markers.
def power(a, b):
    return (a) ** b // 0
def table():
    d = {"k": [1]}
    return d["k"][5] + 1
def spread(a, b):
    return (a +
            b)
class C:
    def m(self, x):
        return x.missing
def outer():
    return C().m([1])   
try:
    power(2, 3)
except ZeroDivisionError:
    try:
        table()
    except IndexError:
        try:
            spread(1, "s")
        except TypeError:
            outer()
