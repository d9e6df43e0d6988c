print("mod runs", __name__)
VALUE = 42
