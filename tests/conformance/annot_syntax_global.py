class Config:
    """Settings."""
    debug: bool = False


def load():
    global level
    level: int = 3
