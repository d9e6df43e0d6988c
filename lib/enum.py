"""Enumerations, as CPython 3.11's enum module presents them.

Enum, IntEnum, Flag, IntFlag, ReprEnum, auto, unique, and the metaclass
EnumType (alias EnumMeta).  A class body's plain values become the
members, in definition order: singletons of the class with `name` and
`value`, reached as attributes, by value (Color(1)) and by name
(Color['RED']); a repeated value makes an alias of the first member.
Members are compared by identity (IntEnum/IntFlag ones as ints), are not
ordered, print as CPython 3.11's (`Color.RED`, `<Color.RED: 1>`; an
IntEnum's str() and format() are its int's), and cannot be reassigned.
Flag members combine with | & ^ ~ into pseudo-members named "R|W"
after the single-bit members they hold; a Flag member of several bits
(RW = R | W) or of none is an alias, left out of iteration and len() as
in CPython 3.11.  A value with bits no member has is refused by a Flag
(3.11's STRICT boundary, its message) and kept by an IntFlag (KEEP:
"<Mode.A|8: 9>").  The class body is an _EnumDict (EnumType.__prepare__)
that gives auto() its value at the assignment, so a later line of the
body can use it (WHITE = RED | GREEN | BLUE), and refuses a name given
twice.  The functional API (Enum('Animal', 'ANT BEE CAT'), names as a
string, a list, pairs or a mapping) builds the class the same way.

Written in the subset (CPython's is Python too, but bigger): no
_ignore_/_order_, no boundary= keyword (CONFORM, EJECT), no pickling
support; the class's bookkeeping attributes are the ones named below, so gc counts and referents of an enum class differ from CPython's.
"""

import sys

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "ReprEnum", "Flag", "IntFlag", "auto", "unique"]


class auto:
    """Instances are replaced with an appropriate value in Enum classes."""

    def __init__(self):
        self.value = _AUTO

    def __repr__(self):
        return "auto(%r)" % (self.value,)


_AUTO = object()


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_private(cls_name, name):
    pattern = "_%s__" % cls_name.lstrip("_")
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("__")


class _EnumAttr:
    """`name` and `value` of a member: read-only, and looked up on the
    class they give the member itself (a member named `name` wins)."""

    def __init__(self, attr):
        self.attr = attr

    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            member = ownerclass._member_map_.get(self.attr[1:-1]) if ownerclass is not None else None
            if member is not None:
                return member
            raise AttributeError("%r has no attribute %r" % (ownerclass, self.attr[1:-1]))
        return getattr(instance, self.attr)

    def __set__(self, instance, value):
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.owner_name, self.attr[1:-1]))

    def __delete__(self, instance):
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.owner_name, self.attr[1:-1]))


def _data_type(bases):
    """The non-Enum type the members also are (int for IntEnum), or object."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object or isinstance(base, EnumType):
                continue
            return base
    return object


class _EnumDict(dict):
    """An enum class body's namespace, as CPython 3.11's: auto() values are
    settled when assigned (the body may compute with them), a member name
    may not be given twice, and _generate_next_value_ is the one that
    values them."""

    def __init__(self, cls_name):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = {}
        self._last_values = []
        self._auto_called = False
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key) or _is_dunder(key):
            pass
        elif _is_sunder(key):
            if key == "_generate_next_value_":
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            single = isinstance(value, auto)
            if single:
                value = (value,)
            non_auto_store = True
            if type(value) is tuple and any(isinstance(v, auto) for v in value):
                valued = []
                for v in value:
                    if isinstance(v, auto):
                        non_auto_store = False
                        if v.value is _AUTO:
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names), self._last_values[:])
                            self._auto_called = True
                        v = v.value
                        self._last_values.append(v)
                    valued.append(v)
                value = valued[0] if single else tuple(valued)
            self._member_names[key] = None
            if non_auto_store:
                self._last_values.append(value)
        super().__setitem__(key, value)


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


_STRICT = "strict"      # Flag's boundary: unknown bits are an error
_KEEP = "keep"          # IntFlag's: unknown bits are kept


def _flag_bin(num, max_bits):
    """CPython 3.11's enum.bin: two's complement with the sign bit apart
    ('0b0 0111', '0b1 0111' for -9), the digits padded to max_bits."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = s[:3], s[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class EnumType(type):
    """Metaclass for Enum."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict(cls)
        enum_bases = [b for b in bases if isinstance(b, EnumType)]
        if enum_bases:
            enum_dict["_generate_next_value_"] = getattr(enum_bases[-1], "_generate_next_value_", None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        names = []
        for key, value in classdict.items():
            if _is_dunder(key) or _is_sunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            names.append(key)
        namespace = {k: v for k, v in classdict.items() if k not in names}
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        if Flag is not None and any(issubclass(b, Flag) for b in bases if isinstance(b, EnumType)):
            namespace["_flag_mask_"] = 0
            namespace["_singles_mask_"] = 0
            namespace["_all_bits_"] = 0
            namespace["_inverted_"] = None
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        member_type = _data_type(bases)
        enum_class._member_type_ = member_type
        if member_type is not object:
            # a mixed-in type's repr/str/format would hide the enum's (int's
            # repr before Enum's in IntEnum's MRO): the first enum base's
            # win unless the class body defines its own, as CPython's
            first_enum = [b for b in bases if isinstance(b, EnumType)][-1]
            for dunder in ("__repr__", "__str__", "__format__"):
                if dunder not in classdict:
                    found = getattr(enum_class, dunder)
                    if found == getattr(member_type, dunder) or found == getattr(object, dunder):
                        type.__setattr__(enum_class, dunder, getattr(first_enum, dunder))
        if Flag is not None and issubclass(enum_class, Flag):
            # int's operators come before Flag's in IntFlag's MRO: Flag's win
            for op in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
                if op not in classdict:
                    type.__setattr__(enum_class, op, getattr(Flag, op))
        last_values = []
        for name in names:
            value = classdict[name]
            if isinstance(value, auto):
                if value.value is _AUTO:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            metacls._add_member(enum_class, member_type, name, value)
            last_values.append(value)
        if Flag is not None and issubclass(enum_class, Flag):
            # members defined in an order other than ascending iterate in
            # definition order (3.11's _iter_member_by_def_)
            values = [m._value_ for m in enum_class]
            enum_class._iter_by_def_ = values != sorted(values)
        return enum_class

    @staticmethod
    def _add_member(enum_class, member_type, name, value):
        args = value if isinstance(value, tuple) else (value,)
        if member_type is object:
            member = object.__new__(enum_class)
            member._value_ = value
        else:
            member = member_type.__new__(enum_class, *args)
            member._value_ = member_type(*args)
        member._name_ = name
        member.__objclass__ = enum_class
        member.__init__(*args)
        member._sort_order_ = len(enum_class._member_names_)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            value = member._value_
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
            enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1
        for other in enum_class._member_map_.values():
            if other._value_ == member._value_:
                member = other      # an alias of the first member with that value
                break
        else:
            # a Flag member of several bits, or of none, is an alias too
            if not is_flag or _is_single_bit(member._value_):
                enum_class._member_names_.append(name)
        enum_class._member_map_[name] = member
        type.__setattr__(enum_class, name, member)
        try:
            enum_class._value2member_map_.setdefault(member._value_, member)
        except TypeError:
            pass

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            if not cls._member_map_ and not issubclass(cls, Flag):
                raise TypeError("%s has no members; cannot look one up" % cls.__name__)
            return cls._lookup(value)
        return cls._create_(value, names, module, qualname, type, start)

    def _create_(cls, class_name, names, module, qualname, type, start):
        """The functional API, Enum('Animal', 'ANT BEE'): names as a
        string, a list of names (valued by _generate_next_value_ from
        start), (name, value) pairs or a mapping, as CPython 3.11's."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def _lookup(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        found = cls._missing_(value)
        if found is not None:
            return found
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        kind = "flag" if Flag is not None and issubclass(cls, Flag) else "enum"
        return "<%s %r>" % (kind, cls.__name__)

    @property
    def __members__(cls):
        return type(type.__dict__)(cls._member_map_)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls, name))
        super().__delattr__(name)


EnumMeta = EnumType
Flag = None     # set below; EnumType.__repr__ asks for it


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    name = _EnumAttr("_name_")
    value = _EnumAttr("_value_")

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """One more than the last value that is a number, else start."""
        for last in reversed(last_values):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._member_type_.__repr__ if self.__class__._member_type_ is not object else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        names += [n for n in self.__dict__ if not n.startswith("_")]
        return sorted(set(names))

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


def _powers(value):
    bit = 1
    while bit <= value:
        if value & bit:
            yield bit
        bit <<= 1


class Flag(Enum):
    """Support for flags: members combine with | & ^ ~."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 1 << high.bit_length() if high > 0 else 1

    _boundary_ = _STRICT

    @classmethod
    def _iter_member_(cls, value):
        """The members of the single bits of value: lowest bit first, or in
        definition order when the members were not defined ascending."""
        members = []
        bits = value & cls._flag_mask_
        while bits:
            bit = bits & -bits
            members.append(cls._value2member_map_.get(bit))
            bits ^= bit
        if cls.__dict__.get("_iter_by_def_"):
            members.sort(key=lambda m: m._sort_order_)
        return members

    @classmethod
    def _missing_(cls, value):
        """A pseudo-member made of the canonical members in value, as
        CPython 3.11's Flag._missing_ (STRICT and KEEP boundaries)."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        keep = cls._boundary_ is _KEEP
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if not keep:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, _flag_bin(value, max_bits), _flag_bin(flag_mask, max_bits)))
            if value < 0:
                value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        if member_value or aliases:
            members = list(cls._iter_member_(member_value))
            combined = 0
            for m in members:
                combined |= m._value_
            if aliases:
                value = member_value | aliases
                for m in cls._member_map_.values():
                    if m not in members and m._value_ and m._value_ & value == m._value_:
                        members.append(m)
                        combined |= m._value_
            unknown = value ^ combined
            pseudo._name_ = "|".join([m._name_ for m in members])
            if not combined:
                pseudo._name_ = None
            elif unknown and not keep:
                raise ValueError("%r: no members with value %r" % (cls, unknown))
            elif unknown:
                pseudo._name_ += "|%r" % unknown
        else:
            pseudo._name_ = None
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self._iter_member_(self._value_))

    def __len__(self):
        return bin(self._value_).count("1")

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._member_type_.__repr__ if self.__class__._member_type_ is not object else repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def _operand(self, other):
        """other's value for an operator: a member of the class, or a value
        of its mixed-in type (an int for IntFlag); None otherwise."""
        if isinstance(other, self.__class__):
            return other._value_
        member_type = self.__class__._member_type_
        if member_type is not object and isinstance(other, member_type):
            return other
        return None

    def __or__(self, other):
        v = self._operand(other)
        return NotImplemented if v is None else self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other)
        return NotImplemented if v is None else self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other)
        return NotImplemented if v is None else self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._boundary_ is _KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based flags."""

    _boundary_ = _KEEP

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


def unique(enumeration):
    """Class decorator: no two members may have the same value."""
    duplicates = [(name, member._name_) for name, member in enumeration.__members__.items()
                  if name != member._name_]
    if duplicates:
        details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, details))
    return enumeration
