print("inner", __name__, __package__)
