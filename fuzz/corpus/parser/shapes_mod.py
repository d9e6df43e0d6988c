# helper module for import_module.py and from_import.py (not a test itself)
print("shapes_mod loading")
PI = 3
count = 0
def area(r):
    return PI * r * r
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
def bump():
    global count
    count = count + 1
    return count
