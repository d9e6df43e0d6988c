# list.sort and sorted with key= and reverse=; stability
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (3, "c")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(reverse=True)
print(pairs)
nums = [5, -3, 2, -8, 0]
nums.sort(key=abs)
print(nums)
print(sorted([3.5, 1, 2.25]), sorted("hello"), sorted((3, 1, 2)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
