# yield in a module-level annotated assignment
x: int = yield
