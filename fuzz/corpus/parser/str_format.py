# str.format with plain {} fields (auto-numbered)
print("{} + {} = {}".format(1, 2, 3))
print("[{}]".format("x"), "{}{}".format("a", "b"), "no fields".format())
print("{} {} {}".format(1.5, None, True))
print("{} and {}".format([1, "a"], ("t",)))
print("{}".format("quote'd"))
msg = "name={} age={}"
print(msg.format("Ann", 31))
