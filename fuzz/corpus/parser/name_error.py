# NameError for unknown names, at module and function level
try:
    print(nothing_here)
except NameError as e:
    print("NameError:", e)
def f():
    return also_missing + 1
try:
    f()
except NameError as e:
    print("NameError:", e)
later = 1
print(later)
