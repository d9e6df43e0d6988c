data = b"=' items" % 3
pridline = b"#s=%d" % ("kye", 1)
