from enum import Enum, auto
from collections import defaultdict, deque
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()
class Event(Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    FINISH = "finish"
TRANSITIONS = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.FINISH): State.DONE,
}
class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event.value} while {state.name}")
        self.state = state
class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.history = deque(maxlen=3)
        self.counts = defaultdict(int)
        self.listeners = []
    def on(self, fn):
        self.listeners.append(fn)
        return fn
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise InvalidTransition(*key)
        old, self.state = self.state, TRANSITIONS[key]
        self.history.append((old.name, self.state.name))
        self.counts[event] += 1
        for fn in self.listeners:
            fn(old, self.state)
m = Machine()
@m.on
def log(old, new):
    print(f"  {old.name:>8} -> {new.name:<8}")
for ev in [Event.START, Event.PAUSE, Event.PAUSE, Event.RESUME, Event.PAUSE, Event.RESUME, Event.FINISH, Event.START]:
    try:
        m.fire(ev)
    except InvalidTransition as e:
        print("error:", e, e.state)
print(m.state, list(m.history), dict(m.counts))
print({s.name: s.value for s in State}, Event("pause"), Event.PAUSE.value, State(3))
print(sorted(State, key=lambda s: s.name), [e.name for e in Event], State.DONE in State, State.IDLE == 1)
print(len(TRANSITIONS), sorted(t[1].value for t in TRANSITIONS), max(TRANSITIONS.values(), key=lambda s: s.value))
