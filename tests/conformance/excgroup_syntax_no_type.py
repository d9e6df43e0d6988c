# except* with no type is a syntax error.
try:
    pass
except* :
    pass
