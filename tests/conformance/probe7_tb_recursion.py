# uncaught RecursionError: repeated lines folded as 3.11 prints them
import sys
sys.setrecursionlimit(60)

def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)

def dive(n):
    return dive(n + 1)

print(countdown(10))
dive(0)
