# Dictionary and string churn: parse generated log lines with split,
# count words and fields in dicts, build keys with f-strings, join reports.
import sys

WORDS = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu "
         "nu xi omicron pi rho sigma tau upsilon phi chi psi omega").split()


def make_line(i):
    w1 = WORDS[i % len(WORDS)]
    w2 = WORDS[(i * 7) % len(WORDS)]
    return f"{i:06d} user{i % 97} {w1} {w2} status={200 + (i % 5) * 100} bytes={i * 13 % 5000}"


def main(n):
    counts = {}
    by_user = {}
    status = {}
    total_bytes = 0
    for i in range(n):
        line = make_line(i)
        parts = line.split()
        user = parts[1]
        for w in parts[2:4]:
            counts[w] = counts.get(w, 0) + 1
        fields = dict(p.split("=") for p in parts[4:])
        key = f"{user}:{fields['status']}"
        status[key] = status.get(key, 0) + 1
        total_bytes += int(fields["bytes"])
        if user not in by_user:
            by_user[user] = []
        by_user[user].append(parts[0])
        if len(by_user[user]) > 20:
            by_user[user] = by_user[user][-5:]
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(", ".join(f"{w}={c}" for w, c in top))
    print("keys", len(status), "bytes", total_bytes)
    print("|".join(sorted(by_user)[:8]))
    print(" ".join(by_user["user5"]))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)
