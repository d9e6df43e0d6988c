r = range(2**64)
print(r[-1], 2**63 in r)
n = len(r)
