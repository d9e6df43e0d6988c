import sys
sys.set_int_max_str_digits(1000)
print(len(str(10 ** 999)))
s = str(10 ** 1000)
