# annotating a list target
[a]: int
