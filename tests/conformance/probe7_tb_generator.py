# uncaught errors raised inside a generator, a lambda and a comprehension
def parse_all(lines):
    for line in lines:
        key, value = line.split('=')
        yield key.strip(), int(value)

def load(lines):
    return {k: v for k, v in parse_all(lines)}

conv = lambda items: [load(x) for x in items]
print(conv([['a = 1', 'b = 2']]))
print(conv([['a = 1'], ['b = 2', 'c == 3']]))
