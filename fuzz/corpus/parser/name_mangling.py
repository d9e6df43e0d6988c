# __private names inside a class body are mangled to _Class__name
class Account:
    def __init__(self, amount):
        self.__balance = amount
        self._shown = "protected"
    def balance(self):
        return self.__balance
class Savings(Account):
    def __init__(self, amount):
        super().__init__(amount)
        self.__balance = -1
    def mine(self):
        return self.__balance
s = Savings(50)
print(s.balance(), s.mine(), s._Account__balance, s._Savings__balance, s._shown)
print(hasattr(s, "__balance"), hasattr(s, "_Account__balance"))
try:
    print(s.__balance)
except AttributeError as e:
    print("AttributeError raised")
class K:
    __count = 3
    def get(self):
        return self.__count
print(K().get(), K._K__count)
