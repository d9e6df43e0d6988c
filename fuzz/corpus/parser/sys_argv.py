# sys.argv: the script path comes first
import sys
print(type(sys.argv), len(sys.argv))
print(sys.argv[0].endswith("sys_argv.py"))
