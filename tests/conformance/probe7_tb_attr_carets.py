# uncaught AttributeError and KeyError in chained expressions: 3.11's carets
class Config:
    def __init__(self):
        self.sections = {'main': {'depth': 3}}
    def get(self, section, key):
        return self.sections[section][key]

class App:
    def __init__(self):
        self.config = Config()
        self.child = None

app = App()
print(app.config.get('main', 'depth'))
try:
    app.config.get('main', 'width')
except KeyError as e:
    print("KeyError", e)
print(app.child.config.get('main', 'depth'))
