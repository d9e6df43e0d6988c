# A binary wire protocol: records encoded into bytearrays with varints,
# zig-zag signed ints, length-prefixed UTF-8 strings and a CRC-like
# checksum (int.to_bytes / int.from_bytes), framed into a stream, and
# decoded by a generator-driven state machine that is fed the stream in
# uneven chunks, as from a socket.
import sys

KINDS = ("login", "move", "chat", "logout")


def put_varint(buf, n):
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            buf.append(b | 0x80)
        else:
            buf.append(b)
            return


def get_varint(data, i):
    shift = 0
    n = 0
    while True:
        b = data[i]
        i += 1
        n |= (b & 0x7F) << shift
        if not b & 0x80:
            return n, i
        shift += 7


def zigzag(n):
    return n * 2 if n >= 0 else -n * 2 - 1


def unzigzag(n):
    return n >> 1 if not n & 1 else -((n + 1) >> 1)


def crc(data):
    h = 0x811C9DC5
    for b in data:
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def encode(rec):
    body = bytearray()
    body.append(KINDS.index(rec["kind"]))
    put_varint(body, rec["seq"])
    put_varint(body, zigzag(rec["dx"]))
    put_varint(body, zigzag(rec["dy"]))
    text = rec["text"].encode("utf-8")
    put_varint(body, len(text))
    body += text
    frame = bytearray(b"\xA5")
    put_varint(frame, len(body))
    frame += body
    frame += crc(body).to_bytes(4, "big")
    return bytes(frame)


def decoder(out):
    """A coroutine: send() it chunks of bytes; decoded records go to out."""
    buf = b""
    bad = 0
    while True:
        chunk = yield bad
        buf += chunk
        while True:
            if not buf:
                break
            if buf[0] != 0xA5:
                bad += 1
                buf = buf[1:]
                continue
            try:
                length, i = get_varint(buf, 1)
            except IndexError:
                break
            if len(buf) < i + length + 4:
                break
            body = buf[i:i + length]
            if int.from_bytes(buf[i + length:i + length + 4], "big") != crc(body):
                bad += 1
                buf = buf[1:]
                continue
            buf = buf[i + length + 4:]
            kind = KINDS[body[0]]
            seq, j = get_varint(body, 1)
            dx, j = get_varint(body, j)
            dy, j = get_varint(body, j)
            tl, j = get_varint(body, j)
            out.append({"kind": kind, "seq": seq, "dx": unzigzag(dx), "dy": unzigzag(dy),
                        "text": body[j:j + tl].decode("utf-8")})


def records(n):
    x = 5
    for seq in range(n):
        x = (x * 1664525 + 1013904223) & 0xFFFFFFFF
        kind = KINDS[x % 4]
        text = "" if kind == "move" else "p%d-%s" % (x % 1000, "héllo wörld"[: x % 11])
        yield {"kind": kind, "seq": seq * 37, "dx": (x >> 8) % 2001 - 1000,
               "dy": -((x >> 12) % 70000) if x & 64 else (x >> 12) % 300, "text": text}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 80000
    recs = list(records(n))
    stream = bytearray()
    for k, r in enumerate(recs):
        if k % 97 == 0:
            stream += b"\x00\xA5\x05junk"         # noise the decoder must skip
        stream += encode(r)
    got = []
    dec = decoder(got)
    next(dec)
    pos = 0
    step = 1
    bad = 0
    data = bytes(stream)
    while pos < len(data):
        bad = dec.send(data[pos:pos + step])
        pos += step
        step = step * 5 % 61 + 1
    ok = sum(1 for a, b in zip(recs, got) if a == b)
    kinds = {}
    for r in got:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print("bytes", len(data), "records", len(got), "equal", ok, "bad", bad)
    print(sorted(kinds.items()))
    print(got[-1]["text"], got[-1]["dx"], got[-1]["dy"])
    print("checksum", crc(data) ^ sum(r["seq"] for r in got))


main()
