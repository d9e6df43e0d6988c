# a set display is not an assignment target
x = 1
{x, 2} = 3
