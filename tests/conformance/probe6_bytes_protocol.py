# A tiny binary record format: struct-free packing with int.to_bytes,
# bytes/bytearray methods, hex dumps.


def pack(records):
    out = bytearray(b'REC1')
    out += len(records).to_bytes(2, 'big')
    for name, value in records:
        raw = name.encode('utf-8')
        out.append(len(raw))
        out.extend(raw)
        out += value.to_bytes(4, 'little', signed=True)
    return bytes(out)


def unpack(data):
    if not data.startswith(b'REC1'):
        raise ValueError('bad magic %r' % data[:4])
    n = int.from_bytes(data[4:6], 'big')
    pos, out = 6, []
    for _ in range(n):
        ln = data[pos]
        name = data[pos + 1:pos + 1 + ln].decode('utf-8')
        pos += 1 + ln
        value = int.from_bytes(data[pos:pos + 4], 'little', signed=True)
        pos += 4
        out.append((name, value))
    return out


recs = [('temp', -40), ('caf\u00e9', 2 ** 31 - 1), ('', 0)]
blob = pack(recs)
print(blob)
print(blob.hex(), blob.hex(' ', 4)[:40])
print(unpack(blob) == recs, unpack(blob))
try:
    unpack(b'XXXX')
except ValueError as e:
    print('ValueError:', e)
print(bytes.fromhex('de ad be ef'), bytearray.fromhex('00ff').hex('-'))
b = bytearray(b'hello world')
b[0] = 72
b[6:11] = b'there'
del b[5]
print(b, b.upper(), b.find(b'the'), b.count(b'e'), b.replace(b'e', b'E', 1))
print(b.split(), bytes(b).title(), b.startswith(b'Hel'), list(b[:3]))
b.reverse()
print(b, b.pop(), b.pop(0), len(b))
print(b'%s=%d (%x)' % (b'key', 10, 255), b'abc' * 2, b'a' in b'cab', 99 in b'cab')
try:
    (1000).to_bytes(1, 'big')
except OverflowError as e:
    print('OverflowError:', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
try:
    b'x' + 'y'
except TypeError as e:
    print('TypeError:', e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e.reason, e.start, e.end)
print(b'\xff\xfe'.decode('utf-8', 'replace'), 'é'.encode('ascii', 'replace'), 'é'.encode('latin-1'))
print((-2).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xfe', 'big', signed=True), (255).to_bytes(1, 'little'))
