# SystemExit's code is an attribute of its own: set after the exception
# is made, it is what the interpreter exits with (CPython 3.11 reads the
# code member, not the arguments).
import sys

e = SystemExit(4)
e.code = 9
print(e.args, e.code)
try:
    sys.exit(5)
except SystemExit as caught:
    print("caught", caught.code, caught.args)
    caught.code = None
    print(caught.code, caught.args)
raise e
