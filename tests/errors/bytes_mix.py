# bytes and str literals do not concatenate
x = b'a' 'b'
