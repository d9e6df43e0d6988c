# A trie of dict nodes over generated words: insertion with counts,
# prefix lookups, autocomplete of the k most frequent completions (a
# recursive walk collecting (count, word) pairs), deletion with pruning of
# empty branches, and the longest common prefix of groups of words.
import sys

SYLLABLES = ("ka", "ro", "mi", "tan", "el", "su", "po", "ri", "gen", "ol",
             "ba", "ne", "qu", "ith", "a", "o", "str", "ve")


class Node:
    __slots__ = ("kids", "count", "end")

    def __init__(self):
        self.kids = {}
        self.count = 0
        self.end = 0


class Trie:
    def __init__(self):
        self.root = Node()
        self.size = 0

    def insert(self, word):
        node = self.root
        for ch in word:
            nxt = node.kids.get(ch)
            if nxt is None:
                nxt = Node()
                node.kids[ch] = nxt
            nxt.count += 1
            node = nxt
        if node.end == 0:
            self.size += 1
        node.end += 1

    def find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.kids.get(ch)
            if node is None:
                return None
        return node

    def complete(self, prefix, k):
        node = self.find(prefix)
        if node is None:
            return []
        found = []

        def walk(n, path):
            if n.end:
                found.append((-n.end, path))
            for ch in sorted(n.kids):
                walk(n.kids[ch], path + ch)

        walk(node, prefix)
        found.sort()
        return [w for _, w in found[:k]]

    def remove(self, word):
        path = []
        node = self.root
        for ch in word:
            nxt = node.kids.get(ch)
            if nxt is None:
                return False
            path.append((node, ch))
            node = nxt
        if not node.end:
            return False
        node.end -= 1
        if node.end == 0:
            self.size -= 1
        for parent, ch in path:
            child = parent.kids[ch]
            child.count -= 1
            if child.count == 0:
                del parent.kids[ch]
                break
        return True

    def nodes(self):
        total = 0
        stack = [self.root]
        while stack:
            n = stack.pop()
            total += 1
            stack.extend(n.kids.values())
        return total


def words(n, seed):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        k = 1 + (x >> 60) % 4
        w = []
        y = x >> 8
        for _ in range(k):
            w.append(SYLLABLES[y % len(SYLLABLES)])
            y //= len(SYLLABLES)
        out.append("".join(w))
    return out


def common_prefix(group):
    if not group:
        return ""
    lo, hi = min(group), max(group)
    i = 0
    while i < len(lo) and i < len(hi) and lo[i] == hi[i]:
        i += 1
    return lo[:i]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
    ws = words(n, 7)
    t = Trie()
    for w in ws:
        t.insert(w)
    print("distinct", t.size, "nodes", t.nodes())
    check = 0
    for p in ("ka", "ro", "tan", "q", "str", "ol", "zz"):
        c = t.complete(p, 5)
        node = t.find(p)
        print(p, node.count if node else 0, c[:3])
        check += len(c)
    hits = 0
    for i, w in enumerate(ws[::3]):
        if t.find(w[: 1 + i % len(w)]) is not None:
            hits += 1
    removed = 0
    for w in ws[::2]:
        if t.remove(w):
            removed += 1
    groups = {}
    for w in ws[:5000]:
        groups.setdefault(w[:2], []).append(w)
    lcp = sum(len(common_prefix(g)) for g in groups.values())
    print("hits", hits, "removed", removed, "left", t.size, t.nodes())
    print("lcp", lcp, "checksum", (check * 1000003 + hits * 31 + t.nodes()) % 999983)


main()
