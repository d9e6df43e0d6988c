# int, float, str, bool, list, tuple, dict constructors
print(int(), float(), str(), bool(), list(), tuple(), dict())
print(int("7") + int(2.5), float("2") * 2, str(3) + str(4.0), bool("x"))
print(list((1, 2)), tuple([3]), list("hi"), tuple("hi"), dict([("a", 1)]))
print(list({"x": 1}.items()), tuple({"x": 1}), list(range(2, 5)))
print(str([1, 2]), str((1,)), str({1: 2}), str(None), str(True))
l = [1]
l2 = list(l)
print(l2 == l, l2 is l)
print(int(" -3 "), float(" 1.25 "), int(float("3.0")))
