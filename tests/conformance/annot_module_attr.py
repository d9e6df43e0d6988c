# A module's __annotations__ as CPython 3.11 gives it: the dict its body
# made (SETUP_ANNOTATIONS) when it annotates a name, else an empty dict
# made and stored in its __dict__ on the first read (3.10+'s module getter).
import annot_modattr_mod as annotated
import annot_modattr_plain_mod as plain

print(annotated.__annotations__, annotated.limit, hasattr(annotated, 'name'))
print(annotated.scale.__annotations__, annotated.scale(3))
print('__annotations__' in vars(plain))
print(plain.__annotations__, '__annotations__' in vars(plain))
print(plain.__annotations__ is plain.__annotations__)
plain.__annotations__['added'] = int
print(vars(plain)['__annotations__'])
plain.__annotations__ = {'replaced': str}
print(plain.__annotations__)
print(sorted(k for k in vars(annotated) if not k.startswith('__') or k == '__annotations__'))
import sys
main = sys.modules[__name__]
print(main.__annotations__ is __annotations__, __annotations__)
