# A class's __getattribute__ raising its own AttributeError: the message is
# printed as raised, with no "Did you mean" (dir() asks the instance for
# __class__ and __dict__, which fail too, so there is nothing to suggest).
class A:
    def __getattribute__(self, name):
        raise AttributeError('custom')
    def xa(self):
        pass
A().xb
