# sys.exit() and sys.exit(0) end the program with status 0
import sys
def main():
    print("working")
    sys.exit(0)
main()
print("unreachable")
