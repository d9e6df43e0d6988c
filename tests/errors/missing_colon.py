# a compound statement header without its colon
x = 1
while x < 3
    x = x + 1
