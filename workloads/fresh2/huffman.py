# Huffman coding of generated text: symbol counts, a heap of weighted
# trees (heapq with tuple entries and a tie-break counter), a code table
# built by recursion, encoding to a bit string and then to bytes, and
# decoding back by walking the tree.  Tuples, dicts, str concatenation.
import heapq
import sys

WORDS = ("the of and to in is that for it as with was on be by this are "
         "from or at an which but not have has had were they their gc heap "
         "young old generation sweep mark compact barrier card page arena").split()


def make_text(n, seed):
    s = seed
    out = []
    for _ in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        w = WORDS[(s >> 8) % len(WORDS)]
        if (s >> 20) % 9 == 0:
            w = w.capitalize()
        out.append(w)
        if (s >> 16) % 13 == 0:
            out.append(".")
    return " ".join(out)


def build_tree(text):
    counts = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    heap = [(c, i, ch) for i, (ch, c) in enumerate(sorted(counts.items()))]
    heapq.heapify(heap)
    tick = len(heap)
    while len(heap) > 1:
        c1, _, a = heapq.heappop(heap)
        c2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (c1 + c2, tick, (a, b)))
        tick += 1
    return heap[0][2], counts


def codes(node, prefix, table):
    if isinstance(node, str):
        table[node] = prefix or "0"
    else:
        codes(node[0], prefix + "0", table)
        codes(node[1], prefix + "1", table)
    return table


def encode(text, table):
    bits = "".join([table[ch] for ch in text])
    pad = (8 - len(bits) % 8) % 8
    bits += "0" * pad
    data = bytearray()
    for i in range(0, len(bits), 8):
        data.append(int(bits[i:i + 8], 2))
    return bytes(data), pad


def decode(data, pad, tree, length):
    out = []
    node = tree
    nbits = len(data) * 8 - pad
    for i in range(nbits):
        byte = data[i >> 3]
        bit = (byte >> (7 - (i & 7))) & 1
        node = node[bit]
        if isinstance(node, str):
            out.append(node)
            node = tree
            if len(out) == length:
                break
    return "".join(out)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60000
    total_in = total_out = 0
    for seed in (1, 2, 3):
        text = make_text(n // 3, seed)
        tree, counts = build_tree(text)
        table = codes(tree, "", {})
        data, pad = encode(text, table)
        back = decode(data, pad, tree, len(text))
        assert back == text
        total_in += len(text)
        total_out += len(data)
        longest = max(table.items(), key=lambda kv: (len(kv[1]), kv[0]))
        print(seed, len(text), len(data), len(table), repr(longest[0]), len(longest[1]))
    print("ratio %.4f" % (total_out / total_in))
    print(data[:12].hex(), pad)


main()
