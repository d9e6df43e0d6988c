# sys.exit(n) ends the program with status n; finally blocks still run
import sys
print("start")
try:
    sys.exit(3)
finally:
    print("finally on exit")
print("unreachable")
