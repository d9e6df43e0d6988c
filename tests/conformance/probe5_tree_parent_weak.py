import gc
import weakref

class TreeNode:
    live = 0
    def __init__(self, name, parent=None):
        TreeNode.live += 1
        self.name = name
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)
    @property
    def parent(self):
        return self._parent() if self._parent is not None else None
    def path(self):
        p = self.parent
        return (p.path() + "/" if p is not None else "") + self.name
    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)
    def __del__(self):
        TreeNode.live -= 1

root = TreeNode("root")
usr = TreeNode("usr", root)
TreeNode("bin", usr)
lib = TreeNode("lib", usr)
TreeNode("etc", root)
print(lib.path(), TreeNode.live)
for d, n in root.walk():
    print("  " * d + n.name, n.parent.name if n.parent else "-")
print(gc.is_tracked(lib._parent), weakref.getweakrefcount(usr))
del usr
print(lib.path(), TreeNode.live)
del root
print(TreeNode.live, lib.parent, lib.path())
del lib
print(TreeNode.live)
root = TreeNode("r2")
kid = TreeNode("k", root)
kid.strong_parent = root
del root
print(TreeNode.live, kid.parent.name)
del kid
print(TreeNode.live)
n = gc.collect()
print(n, TreeNode.live)
refs = []
def cb(r):
    refs.append(r in refs)
a = TreeNode("a")
w1 = weakref.ref(a, cb)
w2 = weakref.ref(a, cb)
w3 = weakref.ref(a)
print(w1 is w2, w3 is weakref.ref(a), w1 == w2, w1 == w3, weakref.getweakrefcount(a))
refs.extend([w1, w2])
del a
print(len(refs), refs[2:], w1() is None, w3() is None, TreeNode.live)
