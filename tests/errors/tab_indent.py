# tab indentation is an error in the subset
x = 1
if x:
	print(x)
