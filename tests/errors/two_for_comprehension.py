# comprehensions with two for clauses are outside the subset
m = [[1, 2], [3]]
flat = [v for row in m for v in row]
print(flat)
