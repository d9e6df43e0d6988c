# Helper of refcount_names.py: names of an imported module, whose parser
# arena is gone by the time its code runs (unlike __main__'s).
import sys

rc = sys.getrefcount


class K:
    attr_unique_name = 3

    def method_unique_name(self):
        return 1


class P:
    def __init__(self):
        self.inst_attr_unique = 1
        self.other_attr_unique = 2


def plain_function_unique():
    return 0


def counts():
    p = P()
    return [rc("attr_unique_name"), rc("method_unique_name"), rc("inst_attr_unique"),
            rc("other_attr_unique"), rc("plain_function_unique")]


def runtime_counts(name):
    return rc(name)
