# One-way constraint solving in the manner of DeltaBlue: variables and
# constraints with strengths, a planner that picks which constraint
# determines each variable, and chains and projections of equality and
# scale constraints re-planned as inputs change.  Many small classes, a
# class hierarchy with overridden methods, lists as work queues.
import sys

REQUIRED, STRONG, MEDIUM, WEAK, WEAKEST = 0, 1, 2, 3, 4
NAMES = ["required", "strong", "medium", "weak", "weakest"]


def stronger(a, b):
    return a < b


def weaker(a, b):
    return a > b


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk = 0
        self.stay = True
        self.strength = WEAKEST
        self.mark = 0

    def add(self, c):
        self.constraints.append(c)

    def remove(self, c):
        self.constraints = [x for x in self.constraints if x is not c]
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def add_to_graph(self):
        raise NotImplementedError

    def is_input(self):
        return False

    def satisfy(self, mark, planner):
        self.choose(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise RuntimeError("cycle")
        out.mark = mark
        return overridden

    def destroy(self, planner):
        if self.is_satisfied():
            planner.incremental_remove(self)
        self.remove_from_graph()


class UnaryConstraint(Constraint):
    def __init__(self, v, strength, planner):
        Constraint.__init__(self, strength)
        self.my_output = v
        self.satisfied = False
        self.add_to_graph()
        planner.incremental_add(self)

    def add_to_graph(self):
        self.my_output.add(self)
        self.satisfied = False

    def choose(self, mark):
        self.satisfied = (self.my_output.mark != mark
                          and stronger(self.strength, self.my_output.strength))

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.my_output

    def recalculate(self):
        self.my_output.walk = self.strength
        self.my_output.stay = not self.is_input()
        if self.my_output.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def remove_from_graph(self):
        self.my_output.remove(self)
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, v1, v2, strength, planner):
        Constraint.__init__(self, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = 0
        self.add_to_graph()
        planner.incremental_add(self)

    def add_to_graph(self):
        self.v1.add(self)
        self.v2.add(self)
        self.direction = 0

    def choose(self, mark):
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            ok = v2.mark != mark and stronger(self.strength, v2.strength)
            self.direction = 1 if ok else 0
        elif v2.mark == mark:
            ok = v1.mark != mark and stronger(self.strength, v1.strength)
            self.direction = -1 if ok else 0
        elif weaker(v1.walk, v2.walk):
            self.direction = -1 if stronger(self.strength, v1.strength) else 0
        else:
            self.direction = 1 if stronger(self.strength, v2.strength) else 0

    def is_satisfied(self):
        return self.direction != 0

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == 1 else self.v2

    def output(self):
        return self.v2 if self.direction == 1 else self.v1

    def recalculate(self):
        i, o = self.input(), self.output()
        o.walk = max(self.strength, i.walk)
        o.stay = i.stay
        if o.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = 0

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def remove_from_graph(self):
        self.v1.remove(self)
        self.v2.remove(self)
        self.direction = 0


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, strength, planner):
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, src, dest, strength, planner)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.add(self)
        self.offset.add(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        self.scale.remove(self)
        self.offset.remove(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == 1:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        i, o = self.input(), self.output()
        o.walk = max(self.strength, i.walk)
        o.stay = i.stay and self.scale.stay and self.offset.stay
        if o.stay:
            self.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0
        self.plans = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark, self)
        while overridden is not None:
            overridden = overridden.satisfy(mark, self)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for s in range(REQUIRED, WEAKEST + 1):
            for u in unsatisfied:
                if u.strength == s:
                    self.incremental_add(u)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v, coll):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)

    def extract_plan(self, constraints):
        self.plans += 1
        sources = [c for c in constraints if c.is_input() and c.is_satisfied()]
        mark = self.new_mark()
        plan = []
        todo = sources
        while todo:
            c = todo.pop()
            if c.output().mark != mark and c.inputs_known(mark):
                plan.append(c)
                c.output().mark = mark
                self.add_constraints_consuming_to(c.output(), todo)
        return plan


def execute_plan(plan):
    for c in plan:
        c.execute()


def change(planner, v, new_value):
    edit = EditConstraint(v, STRONG, planner)
    plan = planner.extract_plan([edit])
    for _ in range(10):
        v.value = new_value
        execute_plan(plan)
    edit.destroy(planner)


def chain_test(n):
    planner = Planner()
    prev = first = last = None
    for i in range(n + 1):
        v = Variable("v%d" % i)
        if prev is not None:
            EqualityConstraint(prev, v, REQUIRED, planner)
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
    StayConstraint(last, STRONG, planner)
    edit = EditConstraint(first, MEDIUM, planner)
    plan = planner.extract_plan([edit])
    bad = 0
    for i in range(100):
        first.value = i
        execute_plan(plan)
        if last.value != i:
            bad += 1
    edit.destroy(planner)
    return bad, len(plan)


def projection_test(n):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(src, NORMAL_STRENGTH, planner)
        ScaleConstraint(src, scale, offset, dst, REQUIRED, planner)
    change(planner, src, 17)
    r1 = dst.value
    change(planner, dst, 1050)
    r2 = src.value
    change(planner, scale, 5)
    r3 = sum(d.value for d in dests[:-1])
    change(planner, offset, 2000)
    r4 = sum(d.value for d in dests[:-1])
    return r1, r2, r3, r4


NORMAL_STRENGTH = WEAK


def main(n):
    results = []
    for k in range(n):
        size = 20 + k % 30
        results.append(chain_test(size))
        results.append(projection_test(size))
    print(len(results), results[0], results[1])
    print(results[-2], results[-1])
    print(sum(r[1] for r in results[0::2]), NAMES[MEDIUM])


main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)
