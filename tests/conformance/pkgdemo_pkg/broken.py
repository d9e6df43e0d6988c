print("broken runs")
BEFORE = 1
raise ValueError("broken body")
