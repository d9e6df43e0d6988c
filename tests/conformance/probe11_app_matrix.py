# Matrix operations with lists of lists: multiply, transpose, determinant, solve.
def mat(rows):
    return [list(r) for r in rows]

def mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} * {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(a):
    return [list(c) for c in zip(*a)]

def det(a):
    n = len(a)
    if n == 1:
        return a[0][0]
    if n == 2:
        return a[0][0] * a[1][1] - a[0][1] * a[1][0]
    return sum((-1) ** j * a[0][j] * det([r[:j] + r[j + 1:] for r in a[1:]]) for j in range(n))

def solve(a, b):
    n = len(a)
    m = [row[:] + [v] for row, v in zip(a, b)]
    for i in range(n):
        p = max(range(i, n), key=lambda r: abs(m[r][i]))
        m[i], m[p] = m[p], m[i]
        if m[i][i] == 0:
            raise ZeroDivisionError("singular matrix")
        for r in range(i + 1, n):
            f = m[r][i] / m[i][i]
            m[r] = [x - f * y for x, y in zip(m[r], m[i])]
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (m[i][n] - sum(m[i][j] * x[j] for j in range(i + 1, n))) / m[i][i]
    return x

def show(a, fmt="{:6.2f}"):
    for row in a:
        print(" ".join(fmt.format(v) for v in row))

A = mat([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]])
B = mat([[1, 0], [0, 1], [1, 1]])
show(mul(A, B), "{:>4d}")
print(transpose(B))
print("det", det(A), det([[1, 2], [2, 4]]), det([[3]]))
x = solve(A, [8, -11, -3])
print([round(v, 9) for v in x], [f"{v:.3f}" for v in x])
try:
    mul(B, B)
except ValueError as e:
    print("ValueError:", e)
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
I = [[float(i == j) for j in range(3)] for i in range(3)]
show(I)
print(I == [[1, 0, 0], [0, 1, 0], [0, 0, 1]], [[0] * 2] * 2)
row = [0] * 3
grid = [row] * 2
grid[0][1] = 5
print(grid, grid[0] is grid[1])
print(sum(map(sum, A)), max(map(max, A)), min(min(r) for r in A))
print(list(map(lambda r: sum(r) / len(r), A)))
