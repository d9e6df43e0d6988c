x = sorted(range(10**15))
