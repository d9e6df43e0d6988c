# a closing bracket of the wrong kind
values = [1, 2,
          3)
