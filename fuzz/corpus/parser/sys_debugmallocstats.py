# sys._debugmallocstats writes allocator statistics to stderr, not stdout
import sys
x = [[i] for i in range(1000)]
sys._debugmallocstats()
print("stdout untouched", len(x))
