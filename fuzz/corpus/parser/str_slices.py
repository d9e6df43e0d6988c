# indexing and slicing strings
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[5:2], s[100:], s[-100:2], s[2:100])
print(len(s), len(s[3:7]), len(""))
try:
    print(s[10])
except IndexError as e:
    print("IndexError:", e)
for ch in "xyz":
    print(ch, end=";")
print()
