# l[a:b] = v without a slice object (eval.c BUILD_SLICE): the error and its
# carets are STORE_SUBSCR's, as the generic path gives them.
l = [1, 2, 3]
for i in range(3):
    x = l[0:i]
l[0:1] = 5
