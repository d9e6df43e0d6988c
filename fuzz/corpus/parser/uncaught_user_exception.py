# uncaught user exception: traceback, qualified class name, status 1
class BadThing(ValueError):
    pass
def go():
    raise BadThing("it broke")
print("start")
go()
