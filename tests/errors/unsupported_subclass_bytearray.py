print("start")


class Packet(bytearray):
    pass
