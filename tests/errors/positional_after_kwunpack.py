print(1)
print(**{"sep": "-"}, 2)
