# re.Pattern[str] and re.Match[...] in annotations are generic aliases (3.11
# evaluates a def's annotations when it runs).
import re
print(re.Pattern[str], re.Match[bytes])
def f(p: re.Pattern[str]) -> re.Match[str] | None: return p.match("a")
print(f(re.compile("a")))
