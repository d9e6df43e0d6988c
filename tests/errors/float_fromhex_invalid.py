print(float.fromhex("0x1p3"))

x = float.fromhex("0x1.8q3")
