# A record pipeline in the style of code built on dataclasses: small
# record classes with __eq__/__repr__/ordering keys, grouped and sorted
# with sorted/min/max(key=...), dict and list comprehensions, and
# summaries formatted into reports.
import sys


class Employee:
    def __init__(self, eid, name, dept, salary, age, rating):
        self.eid = eid
        self.name = name
        self.dept = dept
        self.salary = salary
        self.age = age
        self.rating = rating

    def __repr__(self):
        return (f"Employee(eid={self.eid!r}, name={self.name!r}, dept={self.dept!r}, "
                f"salary={self.salary!r}, age={self.age!r}, rating={self.rating!r})")

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.eid, self.name, self.dept, self.salary, self.age, self.rating) == \
               (other.eid, other.name, other.dept, other.salary, other.age, other.rating)

    def __hash__(self):
        return hash((self.eid, self.name))


class DeptSummary:
    def __init__(self, dept, count, total, oldest, best):
        self.dept = dept
        self.count = count
        self.total = total
        self.oldest = oldest
        self.best = best

    @property
    def mean(self):
        return self.total / self.count if self.count else 0.0

    def __repr__(self):
        return f"DeptSummary(dept={self.dept!r}, count={self.count}, mean={self.mean:.2f})"


DEPTS = ["eng", "ops", "sales", "legal", "hr", "research", "support"]
SYLL = ["ka", "ri", "to", "mu", "se", "lo", "an", "vi", "de", "po"]


def make_people(n):
    people = []
    s = 99991
    for i in range(n):
        s = (s * 48271) % 2147483647
        name = SYLL[s % 10] + SYLL[(s >> 4) % 10] + SYLL[(s >> 8) % 10]
        dept = DEPTS[(s >> 12) % len(DEPTS)]
        salary = 30000 + (s >> 3) % 90000
        age = 20 + (s >> 7) % 45
        rating = ((s >> 5) % 50) / 10.0
        people.append(Employee(i, name.capitalize(), dept, salary, age, rating))
    return people


def summarise(people):
    by_dept = {}
    for p in people:
        by_dept.setdefault(p.dept, []).append(p)
    out = []
    for dept, members in sorted(by_dept.items()):
        out.append(DeptSummary(dept, len(members), sum(m.salary for m in members),
                               max(members, key=lambda m: (m.age, -m.eid)),
                               min(members, key=lambda m: (-m.rating, m.eid))))
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300000
    people = make_people(n)
    summaries = summarise(people)
    for s in summaries:
        print(repr(s), s.oldest.name, s.best.eid)
    top = sorted(people, key=lambda p: (-p.salary, p.name, p.eid))[:5]
    print([p.eid for p in top])
    by_name = sorted(people, key=lambda p: p.name)
    print(by_name[0].name, by_name[-1].name)
    young = [p for p in people if p.age < 30 and p.rating >= 3.0]
    print("young stars", len(young))
    raises = {p.eid: round(p.salary * (1 + p.rating / 100), 2) for p in people if p.rating > 4.0}
    print("raises", len(raises), round(sum(raises.values()), 2))
    name_counts = {}
    for p in people:
        name_counts[p.name] = name_counts.get(p.name, 0) + 1
    common = sorted(name_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("common", common)
    ages = {}
    for p in people:
        ages.setdefault(p.age // 10 * 10, []).append(p.salary)
    print({k: len(v) for k, v in sorted(ages.items())})
    unique = set(people)
    copies = [Employee(p.eid, p.name, p.dept, p.salary, p.age, p.rating) for p in people[:200]]
    print("unique", len(unique), "equal copies", sum(1 for a, b in zip(copies, people) if a == b))
    print(people[min(3, n - 1)])
    oldest = max(people, key=lambda p: p.age)
    print("oldest", oldest.age, oldest.name)
    medians = {}
    for dept in DEPTS:
        sal = sorted(p.salary for p in people if p.dept == dept)
        medians[dept] = sal[len(sal) // 2] if sal else 0
    print(medians)


main()
