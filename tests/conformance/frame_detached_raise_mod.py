y = 5
raise ValueError("bad")
