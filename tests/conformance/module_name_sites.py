# Module-level names read and written at the same sites again and again,
# while the globals dict is resized, the name deleted and re-created,
# rebound through globals(), and shadowed or unshadowed over a builtin.
total = 0
for i in range(40):
    total = total + i
    if i % 7 == 3:
        globals()['extra_%d' % i] = i          # grows (and resizes) the dict
    if i % 5 == 0:
        del total
        total = i * 2
    if i == 20:
        globals()['total'] = 1000               # a store the site did not make
    if i == 25:
        len = lambda x: -1                     # shadows the builtin
    if i == 30:
        del len                                # the builtin again
    probe = len([total])
    total = total + probe
print(total, sorted(k for k in globals() if k.startswith('extra_')))
try:
    del total
    total
except NameError as e:
    print('NameError', e)
