# Sorting records with key functions: employee tuples and dicts sorted by
# lambdas, by multi-field tuple keys, stably in several passes, by
# functools.cmp_to_key, and merged with bisect.
import bisect
import functools
import sys

DEPTS = ["eng", "ops", "sales", "hr", "legal", "design"]


def make(n):
    recs = []
    seed = 2024
    for i in range(n):
        seed = (seed * 214013 + 2531011) % 4294967296
        recs.append({
            "name": "emp%05d" % ((seed >> 4) % 100000),
            "dept": DEPTS[seed % 6],
            "age": 20 + (seed >> 10) % 45,
            "salary": 30000 + (seed >> 12) % 90000,
        })
    return recs


def by_dept_then_salary(a, b):
    if a["dept"] != b["dept"]:
        return -1 if a["dept"] < b["dept"] else 1
    return b["salary"] - a["salary"]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    recs = make(n)
    s1 = sorted(recs, key=lambda r: r["salary"])
    s2 = sorted(recs, key=lambda r: (r["dept"], -r["age"], r["name"]))
    s3 = recs[:]
    s3.sort(key=lambda r: r["name"])
    s3.sort(key=lambda r: r["age"], reverse=True)
    s4 = sorted(recs, key=functools.cmp_to_key(by_dept_then_salary))
    tuples = [(r["dept"], r["age"], r["salary"]) for r in recs]
    tuples.sort()
    ages = sorted(r["age"] for r in recs)
    idx = [bisect.bisect_left(ages, a) for a in range(20, 65, 5)]
    top = [r["name"] for r in sorted(recs, key=lambda r: r["salary"], reverse=True)[:3]]
    checksum = 0
    for i, r in enumerate(s2):
        checksum = (checksum * 31 + r["salary"] + i * s3[i]["age"] + s4[i]["salary"]) % 1000000007
    print("lowest", s1[0]["salary"], "highest", s1[-1]["salary"])
    print("first", s2[0]["dept"], s2[0]["age"], "oldest", s3[0]["age"], s3[0]["name"])
    print("tuples", tuples[0], tuples[-1])
    print("age index", idx)
    print("top", top)
    print("checksum", checksum)


main()
