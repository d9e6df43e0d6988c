# __slots__ records: a particle system of slotted objects with float
# state, stepped through time, culled and respawned; vectors as slotted
# instances with arithmetic dunders.
import math
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y)


class Particle:
    __slots__ = ("pos", "vel", "life", "mass")

    def __init__(self, pos, vel, life, mass):
        self.pos = pos
        self.vel = vel
        self.life = life
        self.mass = mass


GRAVITY = Vec(0.0, -0.5)


def spawn(i):
    a = (i * 0.61803) % 1.0 * 2 * math.pi
    return Particle(Vec(0.0, 0.0), Vec(math.cos(a) * 3, math.sin(a) * 3 + 4), 20 + i % 40, 1 + i % 3)


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 800
    parts = [spawn(i) for i in range(400)]
    spawned = len(parts)
    dt = 0.05
    energy = 0.0
    for s in range(steps):
        alive = []
        for p in parts:
            p.vel = p.vel + GRAVITY * dt
            p.pos = p.pos + p.vel * dt
            p.life -= 1
            if p.life > 0 and p.pos.y > -50:
                alive.append(p)
        while len(alive) < 400:
            alive.append(spawn(spawned))
            spawned += 1
        parts = alive
        if s % 50 == 0:
            energy += sum(0.5 * p.mass * p.vel.length() ** 2 for p in parts)
    far = max(parts, key=lambda p: p.pos.length())
    print("spawned", spawned)
    print("energy", round(energy, 3))
    print("checksum", round(far.pos.length(), 6), round(sum(p.pos.x for p in parts), 6))


main()
