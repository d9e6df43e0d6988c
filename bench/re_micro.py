# re_micro.py -- a findall/sub-heavy micro benchmark of the re module:
# findall of words and numbers, sub with a template, a callable and a
# literal, split and finditer over ASCII text, and one pass over non-ASCII
# text; the same program runs under gclab and CPython 3.11
# (docs/benchmarks.md, "The re module against CPython 3.11").
import re

line = "The quick brown fox jumps over the lazy dog 12345 times; id=42, key=value. "
text = line * 400
utext = "Ünïcödé wörds ünd 123 zähler; " * 200
words = re.compile(r'\w+')
pairs = re.compile(r'(\w+)=(\w+)')
total = 0
for i in range(10):
    total += len(words.findall(text))
    total += len(re.findall(r'\d+', text))
    total += len(pairs.findall(text))
    total += len(re.sub(r'o(\w)', r'0\1', text))
    total += len(re.sub(r'\d+', lambda m: str(len(m.group())), text))
    total += len(re.sub('fox', 'cat', text))
    total += len(re.split(r'[;,.]\s*', text))
    total += re.subn(r'\s+', ' ', text)[1]
    total += sum(m.end() - m.start() for m in re.finditer(r'[A-Z]\w*', text))
    total += len(words.findall(utext))
    total += 1 if re.search(r'lazy\s+cat', text) else 0
print(total)
