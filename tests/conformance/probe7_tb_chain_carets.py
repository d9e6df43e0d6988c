# an uncaught chained error: cause, context and the carets of each frame
def parse(text):
    return int(text)

def load(items):
    result = {}
    for key, text in items:
        try:
            result[key] = parse(text)
        except ValueError as e:
            raise KeyError(key) from e
    return result

def main():
    try:
        load([('a', '1'), ('b', 'x2')])
    except KeyError:
        data = None
        return data['fallback']

print(load([('x', '5')]))
main()
