print("start")


class Numbered(enumerate):
    pass
