# oo_simulation.py -- a method-heavy object-oriented predator/prey simulation.
#
# Stresses: method dispatch, attribute access, super() calls through a
#   three-level class hierarchy, many short-lived small objects (positions,
#   events, message lists) alongside a slowly changing population.
# Parameters: argv[1] steps (default 200), argv[2] initial agents (default
#   800), argv[3] world size (default 64), argv[4] seed.
# Heap shape: a world holding a list of agents (instances with a Position,
#   an energy value and an event log capped at 8 entries); each step makes
#   one Position and a few Event objects per agent and births/deaths change
#   the population by a few percent.
# Output: one checksum line from the final population.
import sys

class Rng:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return (self.state >> 8) % n

class Position:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy, size):
        return Position((self.x + dx) % size, (self.y + dy) % size)
    def key(self):
        return self.x * 1000 + self.y

class Event:
    def __init__(self, kind, value):
        self.kind = kind
        self.value = value

class Entity:
    count = 0
    def __init__(self, pos, energy):
        Entity.count = Entity.count + 1
        self.ident = Entity.count
        self.pos = pos
        self.energy = energy
        self.log = []
    def record(self, kind, value):
        self.log.append(Event(kind, value))
        if len(self.log) > 8:
            self.log.pop(0)
    def alive(self):
        return self.energy > 0
    def step(self, world, rng):
        self.pos = self.pos.moved(rng.next(3) - 1, rng.next(3) - 1, world.size)
        self.energy = self.energy - self.cost()
        self.record("move", self.pos.key())
    def cost(self):
        return 1

class Animal(Entity):
    def __init__(self, pos, energy, speed):
        super().__init__(pos, energy)
        self.speed = speed
    def step(self, world, rng):
        for i in range(self.speed):
            super().step(world, rng)
    def cost(self):
        return super().cost() + self.speed // 2

class Prey(Animal):
    def __init__(self, pos, energy):
        super().__init__(pos, energy, 1)
    def step(self, world, rng):
        super().step(world, rng)
        self.energy = self.energy + 2      # grazing
        if self.energy > 30 and rng.next(10) == 0:
            self.energy = self.energy // 2
            world.born.append(Prey(self.pos, self.energy))
            self.record("birth", self.energy)

class Predator(Animal):
    def __init__(self, pos, energy):
        super().__init__(pos, energy, 2)
    def step(self, world, rng):
        super().step(world, rng)
        victim = world.where.get(self.pos.key())
        if victim is not None and isinstance(victim, Prey) and victim.alive():
            self.energy = self.energy + victim.energy
            victim.energy = 0
            self.record("eat", victim.ident)
        if self.energy > 60:
            self.energy = self.energy // 2
            world.born.append(Predator(self.pos, self.energy))

class World:
    def __init__(self, size):
        self.size = size
        self.agents = []
        self.where = {}
        self.born = []
    def step(self, rng):
        self.where = {}
        for a in self.agents:
            if isinstance(a, Prey):
                self.where[a.pos.key()] = a
        for a in self.agents:
            if a.alive():
                a.step(self, rng)
        survivors = [a for a in self.agents if a.alive()]
        survivors.extend(self.born)
        self.born = []
        self.agents = survivors

def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    agents = int(sys.argv[2]) if len(sys.argv) > 2 else 800
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 64
    rng = Rng(int(sys.argv[4]) if len(sys.argv) > 4 else 2024)
    world = World(size)
    for i in range(agents):
        pos = Position(rng.next(size), rng.next(size))
        if i % 5 == 0:
            world.agents.append(Predator(pos, 40))
        else:
            world.agents.append(Prey(pos, 20))
    for s in range(steps):
        world.step(rng)
    prey = 0
    checksum = 0
    for a in world.agents:
        if isinstance(a, Prey):
            prey = prey + 1
        checksum = (checksum * 31 + a.ident + a.energy + a.pos.key() + len(a.log)) & 0xffffffff
    print(f"oo_simulation agents {len(world.agents)} prey {prey} created {Entity.count} checksum {checksum}")

main()
