# pow(a, e, m) over moduli below and above 2^64, negative moduli and
# exponents (modular inverses), zero bases and exponents.
import random
random.seed(5)
ms = [1, 2, 3, 7, 97, 2**31-1, 2**32+15, 2**61-1, 2**63+9, 2**64-59, 2**64+13, 2**89-1, 2**127-1, 3**200+4, 10**300+7, 2**2000+1]
for m in ms:
    for _ in range(6):
        a = random.randrange(-10**40, 10**40)
        e = random.randrange(0, 10**30)
        print(pow(a, e, m), pow(a, 0, m), pow(a, 1, m), pow(0, e, m))
        if m > 1:
            for mm in (m, -m):
                try:
                    print(pow(a, -e - 1, mm))
                except ValueError as ex:
                    print("VE", ex)
        print(pow(a, e, -m))
print(pow(3, 2**100, 2**89 - 1), pow(2**200, 2**30, 3**150))
