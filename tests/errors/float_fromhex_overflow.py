print(float.fromhex("0x1p3"))
x = float.fromhex("0x1p1024")
