# LZW compression and decompression of generated text and bytes (the
# textbook algorithm an outside tester writes first): dict of strings to
# codes, str slicing and concatenation, bytes/bytearray building, codes
# packed into variable-width bit fields.
import sys


def compress(text):
    table = {chr(i): i for i in range(256)}
    w = ""
    out = []
    nxt = 256
    for ch in text:
        wc = w + ch
        if wc in table:
            w = wc
        else:
            out.append(table[w])
            table[wc] = nxt
            nxt += 1
            w = ch
    if w:
        out.append(table[w])
    return out


def decompress(codes):
    table = {i: chr(i) for i in range(256)}
    nxt = 256
    w = table[codes[0]]
    out = [w]
    for k in codes[1:]:
        if k in table:
            entry = table[k]
        elif k == nxt:
            entry = w + w[0]
        else:
            raise ValueError("bad code %d" % k)
        out.append(entry)
        table[nxt] = w + entry[0]
        nxt += 1
        w = entry
    return "".join(out)


def pack(codes):
    buf = bytearray()
    acc = 0
    nbits = 0
    width = 9
    limit = 512
    for i, c in enumerate(codes):
        if i + 256 >= limit:
            width += 1
            limit <<= 1
        acc |= c << nbits
        nbits += width
        while nbits >= 8:
            buf.append(acc & 0xFF)
            acc >>= 8
            nbits -= 8
    if nbits:
        buf.append(acc & 0xFF)
    return bytes(buf)


def unpack(data, count):
    codes = []
    acc = 0
    nbits = 0
    width = 9
    limit = 512
    pos = 0
    for i in range(count):
        if i + 256 >= limit:
            width += 1
            limit <<= 1
        while nbits < width:
            acc |= data[pos] << nbits
            pos += 1
            nbits += 8
        codes.append(acc & ((1 << width) - 1))
        acc >>= width
        nbits -= width
    return codes


def make_text(n):
    parts = []
    a, b = 1, 1
    for i in range(n):
        a, b = b, (a + b) % 1000003
        if b % 5 == 0:
            parts.append("collector")
        elif b % 5 == 1:
            parts.append("object%d" % (b % 37))
        elif b % 5 == 2:
            parts.append(str(b % 1000))
        else:
            parts.append("ab" * (1 + b % 4))
    return " ".join(parts)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    text = make_text(n)
    codes = compress(text)
    data = pack(codes)
    back = decompress(unpack(data, len(codes)))
    print(len(text), len(codes), len(data), back == text)
    print(codes[:10], max(codes))
    raw = bytes((i * i + i // 3) % 251 for i in range(n))
    latin = raw.decode("latin-1")
    c2 = compress(latin)
    print(len(raw), len(c2), decompress(c2).encode("latin-1") == raw)
    print("ratio %.4f" % (len(data) / len(text)))


main()
