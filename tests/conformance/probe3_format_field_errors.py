# Probing program (issue 13, round 3): str.format fields cut short after '!' or ':', odd conversion characters
for f in ['{0!}','{!}','{0!r','{0!rx}','{!r:}','{0!:}', '{a!}x', '{0!}}', '{a!}}x', '{0', '{0:', '{0:x', '{0[', '{0[}', '{0!r', '{0!r:', '{0!r:x', '{0:{', '{0:{}', '{!', '{!r', 'x{0!s:>3', '{0!}', '{0!}x', '{0.a!', '{0[!]', '{0[!]}', '{0!}}}', '{0!}:}', '{0!}x}', '{', '}', '{0:{1}}', '{0:}', '{0!s}', '{a:{b!r}}']:
    try:
        print(f, repr(f.format({'!': 5}, 3, a=2, b=1)))
    except Exception as e:
        print(f, "->", type(e).__name__, e)
