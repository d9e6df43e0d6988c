# Block and stream ciphers in pure Python (in the spirit of
# pyperformance's crypto_pyaes): XTEA in CBC mode over bytes, RC4 as a
# keystream, and a Feistel network with an S-box table; 32-bit masking,
# shifts, int.from_bytes/to_bytes, bytearray and bytes round trips.
import sys

MASK = 0xFFFFFFFF
DELTA = 0x9E3779B9


def xtea_encrypt_block(v0, v1, key, rounds=32):
    s = 0
    for _ in range(rounds):
        v0 = (v0 + ((((v1 << 4) ^ (v1 >> 5)) + v1) ^ (s + key[s & 3]))) & MASK
        s = (s + DELTA) & MASK
        v1 = (v1 + ((((v0 << 4) ^ (v0 >> 5)) + v0) ^ (s + key[(s >> 11) & 3]))) & MASK
    return v0, v1


def xtea_decrypt_block(v0, v1, key, rounds=32):
    s = (DELTA * rounds) & MASK
    for _ in range(rounds):
        v1 = (v1 - ((((v0 << 4) ^ (v0 >> 5)) + v0) ^ (s + key[(s >> 11) & 3]))) & MASK
        s = (s - DELTA) & MASK
        v0 = (v0 - ((((v1 << 4) ^ (v1 >> 5)) + v1) ^ (s + key[s & 3]))) & MASK
    return v0, v1


def cbc_encrypt(data, key, iv):
    pad = 8 - len(data) % 8
    data = data + bytes([pad]) * pad
    out = bytearray()
    prev = iv
    for i in range(0, len(data), 8):
        block = int.from_bytes(data[i:i + 8], "big") ^ prev
        a, b = xtea_encrypt_block(block >> 32, block & MASK, key)
        prev = (a << 32) | b
        out += prev.to_bytes(8, "big")
    return bytes(out)


def cbc_decrypt(data, key, iv):
    out = bytearray()
    prev = iv
    for i in range(0, len(data), 8):
        c = int.from_bytes(data[i:i + 8], "big")
        a, b = xtea_decrypt_block(c >> 32, c & MASK, key)
        out += (((a << 32) | b) ^ prev).to_bytes(8, "big")
        prev = c
    return bytes(out[:-out[-1]])


def rc4(key, data):
    S = list(range(256))
    j = 0
    for i in range(256):
        j = (j + S[i] + key[i % len(key)]) & 0xFF
        S[i], S[j] = S[j], S[i]
    out = bytearray(len(data))
    i = j = 0
    for k, byte in enumerate(data):
        i = (i + 1) & 0xFF
        j = (j + S[i]) & 0xFF
        S[i], S[j] = S[j], S[i]
        out[k] = byte ^ S[(S[i] + S[j]) & 0xFF]
    return bytes(out)


SBOX = [((i * 167) ^ (i >> 3) ^ 0x5A) & 0xFF for i in range(256)]


def feistel(block, keys):
    left = block >> 16
    right = block & 0xFFFF
    for k in keys:
        f = (SBOX[(right ^ k) & 0xFF] << 8) | SBOX[((right >> 8) ^ (k >> 8)) & 0xFF]
        left, right = right, left ^ f
    return (right << 16) | left


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    key = (0x01234567, 0x89ABCDEF, 0xFEDCBA98, 0x76543210)
    msg = "The quick brown fox %d jumps over the lazy collector. "
    plain = "".join((msg % i) * 3 for i in range(n // 100 + 1)).encode("utf-8")
    ct = cbc_encrypt(plain, key, 0x0F1E2D3C4B5A6978)
    back = cbc_decrypt(ct, key, 0x0F1E2D3C4B5A6978)
    print(len(plain), len(ct), back == plain, ct[:16].hex())
    stream = rc4(b"Secret gc key", plain * 2)
    print(stream[-16:].hex(), rc4(b"Secret gc key", stream) == plain * 2)
    keys = [(i * 0x9E37 + 0x79B9) & 0xFFFF for i in range(8)]
    acc = 0
    for i in range(n):
        acc ^= feistel((i * 2654435761) & MASK, keys)
    print("feistel %08x" % acc)


main()
