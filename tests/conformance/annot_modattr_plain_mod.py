# helper of annot_module_attr: a module without annotations
value = 1
