# break may not leave an except* body; a loop inside the body may use it.
try:
    pass
except* ValueError:
    for i in range(3):
        break
for i in range(3):
    try:
        pass
    except* ValueError:
        continue
