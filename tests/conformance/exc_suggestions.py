# CPython 3.11's "Did you mean" trailers in printed tracebacks: for an
# AttributeError from dir(obj), for a NameError from the locals, then the
# globals, then the builtins of the innermost frame; a case change costs
# less than a substitution; no trailer for names too far apart, for an
# UnboundLocalError, or in str(e).  (Each failing expression is its line's
# whole text, so no position markers are printed.)
class Account:
    def __init__(self):
        self.balance = 0
        self.Total = 1
    def deposit(self):
        pass
acct = Account()
try:
    acct.balanse
except AttributeError as e:
    print(str(e))
def local_names():
    counter = 1
    try:
        countr
    except NameError as e:
        print(str(e))
local_names()
lenght_of = 3
def use_global():
    try:
        lenght_ofx
    except NameError as e:
        print(str(e))
use_global()
try:
    acct.deposit()
    acct.total
except AttributeError:
    try:
        lenx
    except NameError:
        def inner():
            counter = 2
            countr
        try:
            inner()
        except NameError:
            acct.zzzzzzzz
