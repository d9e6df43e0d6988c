# A text adventure as a state machine: rooms, inventory, commands, errors.
class GameOver(Exception):
    pass

ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of books.", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "Dark and damp.", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inv = []
        self.moves = 0
    def do(self, line):
        verb, _, arg = line.strip().partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(arg)
    def cmd_look(self, arg):
        r = ROOMS[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"{r['desc']} Exits: {' '.join(sorted(r['exits']))}. You see {items}."
    def cmd_go(self, arg):
        r = ROOMS[self.room]
        if arg not in r["exits"]:
            return "You can't go %s." % arg
        dest = r["exits"][arg]
        if ROOMS[dest].get("locked") and "key" not in self.inv:
            return "The door is locked."
        self.room = dest
        return self.cmd_look("")
    def cmd_take(self, arg):
        items = ROOMS[self.room]["items"]
        try:
            items.remove(arg)
        except ValueError as e:
            return f"No {arg} here ({e})."
        self.inv.append(arg)
        if arg == "treasure":
            raise GameOver(f"won in {self.moves} moves")
        return "Taken."
    def cmd_inv(self, arg):
        return "Carrying: " + (", ".join(sorted(self.inv)) if self.inv else "nothing")

g = Game()
script = ["look", "take lamp", "go east", "go down", "go west", "go north",
          "take key", "take sword", "inv", "dance", "go south", "go east",
          "go down", "take treasure", "look"]
try:
    for cmd in script:
        print(f"> {cmd}\n{g.do(cmd)}")
except GameOver as e:
    print("*** GAME OVER:", e, "***")
print(g.room, g.inv, g.moves)
print(sorted(ROOMS["library"].items(), key=lambda kv: kv[0])[1])
print(hasattr(g, "cmd_go"), callable(getattr(g, "cmd_look")), getattr(g, "nope", "missing"))
