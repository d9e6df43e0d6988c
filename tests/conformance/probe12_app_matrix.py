class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def matmul(self, other):
        if self.m != other.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, k):
        return Matrix([[k * x for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return self.n
    def T(self):
        return Matrix(zip(*self.rows)) if False else Matrix([list(c) for c in zip(*self.rows)])
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A.matmul(B))
print(A + B)
print(2 * A)
print(A * 0.5)
print(A.matmul(Matrix.identity(2)) == A, A == [[1, 2], [3, 4]])
print(A[1, 0], len(A), list(A))
print(A.T())
try:
    A.matmul(Matrix([[1, 2, 3]]))
except ValueError as e:
    print("error:", e)
try:
    A.matmul(3)
except AttributeError as e:
    print("AttributeError:", e)
try:
    A - B
except TypeError as e:
    print("TypeError:", e)
P = Matrix([[1, 1], [1, 0]])
R = Matrix.identity(2)
for _ in range(90):
    R = R.matmul(P)
print(R[0, 1], R[0, 1] % 1000000007, float(R[0, 1]))
print(hash(A) if A.__hash__ else "unhashable", Matrix.__hash__)
