# helper for global_cache.py: functions whose globals are this module
VALUE = 'mod'


def get_value():
    return VALUE


def set_value(v):
    global VALUE
    VALUE = v


def drop_value():
    global VALUE
    del VALUE


def use_abs(x):
    return abs(x)
