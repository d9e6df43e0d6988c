# Class attributes changed while instances and subclasses are in use: every
# read after a change sees it (through the instance, the subclass, methods
# found by a call), deletion reveals the base's value, and a class made
# again under the same name is a new class.
class Base:
    kind = "base"
    def hello(self):
        return "hello from Base"

class Mid(Base):
    pass

class Leaf(Mid):
    def who(self):
        return self.kind

leaf = Leaf()
for step in range(3):
    print(step, leaf.who(), leaf.hello())
    if step == 0:
        Base.kind = "base2"
        Base.hello = lambda self: "patched Base"
    elif step == 1:
        Mid.kind = "mid"
        Leaf.hello = lambda self: "own Leaf"
del Mid.kind
del Leaf.hello
print(leaf.who(), leaf.hello())
leaf.kind = "instance"
print(leaf.who(), Leaf.kind)
del leaf.kind
print(leaf.who())

def make(n):
    class Fresh:
        value = n
        def get(self):
            return self.value
    return Fresh

total = 0
for i in range(200):
    total += make(i)().get()
print(total)
