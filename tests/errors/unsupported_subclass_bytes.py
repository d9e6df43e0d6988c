print("start")


class Packet(bytes):
    pass
