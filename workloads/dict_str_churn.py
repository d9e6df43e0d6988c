# dict_str_churn.py -- allocator-heavy churn of dicts, lists and strings.
#
# Stresses: the small-object allocator and the dict implementation: many
#   short-lived str objects (str(), +, join, split, replace), dicts that grow
#   and are emptied, lists rebuilt from them; few reference cycles.
# Parameters: argv[1] rounds (default 9000), argv[2] entries per round
#   (default 60), argv[3] seed.
# Heap shape: a long-lived index dict of up to 4096 string keys -> small
#   lists; per round a temporary dict of entries-per-round str keys, lists
#   and joined strings, all dropped at the end of the round.
# Output: one checksum line from lengths and parsed numbers.
import sys

def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 9000
    per_round = int(sys.argv[2]) if len(sys.argv) > 2 else 60
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    index = {}
    checksum = 0
    for r in range(rounds):
        tmp = {}
        for i in range(per_round):
            seed = (seed * 1103515245 + 12345) & 0x7fffffff
            key = "k" + str(seed % 9973)
            tmp[key] = [seed % 100, str(seed % 1000)]
        words = []
        for k in tmp:
            v = tmp[k]
            words.append(k.replace("k", "w") + "-" + v[1])
        line = " ".join(words)
        parts = line.split(" ")
        acc = 0
        for p in parts:
            pieces = p.split("-")
            acc = acc + int(pieces[1]) + len(pieces[0])
        upper = line.upper()
        if upper.startswith("W"):
            acc = acc + 1
        ikey = "i" + str(r % 4096)
        slot = index.setdefault(ikey, [])
        slot.append(acc % 1000)
        if len(slot) > 4:
            slot.pop(0)
        checksum = (checksum * 31 + acc + len(tmp) + len(line)) & 0xffffffff
        tmp.clear()
    total = 0
    for k, v in index.items():
        total = (total + sum(v) + len(k)) & 0xffffffff
    print(f"dict_str_churn rounds {rounds} checksum {checksum} index {len(index)} {total}")

main()
