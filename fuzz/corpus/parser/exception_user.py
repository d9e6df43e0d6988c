# user-defined exception classes derived from built-ins
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key):
        super().__init__("bad key " + key)
        self.key = key
class Lookup(KeyError):
    pass
try:
    raise ConfigError("port")
except AppError as e:
    print(type(e), e, e.key, isinstance(e, Exception))
try:
    raise Lookup("x")
except KeyError as e:
    print("KeyError subclass:", repr(e), str(e))
def check(v):
    if v < 0:
        raise AppError("negative")
    return v
for v in [1, -1]:
    try:
        print(check(v))
    except AppError as e:
        print("AppError:", e)
class WithStr(Exception):
    def __str__(self):
        return "custom message"
try:
    raise WithStr()
except WithStr as e:
    print(e, repr(e))
