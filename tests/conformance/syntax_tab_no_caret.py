# Tabs and spaces mixed: TabError, shown without a caret as CPython does.
if True:
	x = 1
        y = 2
