from collections import deque
print("start")


class History(deque):
    pass
