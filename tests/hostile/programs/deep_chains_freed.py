def chain(n):
    e = None
    for i in range(n):
        try:
            raise ValueError(i) from e
        except ValueError as x:
            e = x
    return e
e = chain(300000)
del e
print("exceptions freed")
class Node:
    pass
head = None
for i in range(300000):
    x = Node()
    x.next = head
    head = x
del head, x
print("nodes freed")
d = {}
cur = d
for i in range(300000):
    cur["k"] = {}
    cur = cur["k"]
del d, cur
print("dicts freed")
