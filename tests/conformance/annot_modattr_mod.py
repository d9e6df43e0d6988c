# helper of annot_module_attr: a module with annotations
limit: int = 10
name: str
def scale(x: float, factor: float = 2.0) -> float:
    return x * factor
