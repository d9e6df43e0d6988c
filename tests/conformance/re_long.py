# long subjects and backtracking-heavy patterns: results, no crash
# (the matcher keeps its choice points on a heap stack, not the C stack)
import re

s = 'ab' * 100000 + 'c'
print(re.match('(?:a|b)*c', s).end(), re.match('(a|b)*c', s).span(1))
print(len(re.findall(r'\w', s)), re.search('c', s).start(), re.fullmatch('(?:ab)+c', s) is not None)
print(re.match('(x+x+)+y', 'x' * 18), re.match('(?:x+)+y', 'x' * 30 + 'y').span())
print(len(re.sub('a', 'xy', 'a' * 50000)), re.split('b', 'ab' * 5)[:3], re.match('.*c', s).end())
print(re.search(r'(\d+)\s*$', 'x ' * 20000 + '42').group(1), re.match('(.)*', 'q' * 100000).group(1))
print(re.match(r'(?:(a)|b)*', 'ab' * 30000).group(1), len(re.match('a*?b', 'a' * 100000 + 'b').group()))
