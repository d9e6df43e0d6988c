# an uncaught error inside nested calls: the whole traceback with 3.11's carets
class Account:
    def __init__(self, balance):
        self.balance = balance
    def ratio(self, other):
        return self.balance / other.balance

def compare(a, b):
    values = {'a': a, 'b': b}
    return values['a'].ratio(values['b'])

def report(accounts):
    out = []
    for x, y in zip(accounts, accounts[1:]):
        out.append(compare(x, y))
    return out

print(report([Account(10), Account(5)]))
print(report([Account(1), Account(2), Account(0)]))
