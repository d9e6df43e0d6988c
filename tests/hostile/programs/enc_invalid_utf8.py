x = 1
print('aÿb')
