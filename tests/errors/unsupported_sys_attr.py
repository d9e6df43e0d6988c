import sys
print(sys.maxsize > 0)
if sys.getswitchinterval() > 0:
    print('switching')
