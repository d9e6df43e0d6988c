import sys
print(sys.maxsize > 0)
if sys.platform == 'linux':
    print('linux')
