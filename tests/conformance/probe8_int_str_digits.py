import sys
print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
print(int("1" * 4300) % 97)
print(len(hex(10 ** 5000)), int("f" * 5000, 16) % 1000, len(bin(2 ** 20000)))
try:
    repr(-(10 ** 5000))
except ValueError as e:
    print("ValueError", e)
try:
    "%d" % (10 ** 5000)
except ValueError as e:
    print("ValueError", e)
try:
    f"{10 ** 5000}"
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10 ** 4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 9000)))
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    int("9" * 641)
except ValueError as e:
    print("ValueError", e)
print(int("9" * 640) > 0, int("  " + "1" * 640 + "  ") > 0)
try:
    sys.set_int_max_str_digits(-1)
except ValueError as e:
    print("ValueError", e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print("TypeError", e)
