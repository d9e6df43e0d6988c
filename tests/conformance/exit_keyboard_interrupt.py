# An uncaught KeyboardInterrupt: its traceback, and the status a shell
# reports for CPython 3.11, which ends by SIGINT (130).
print("before")
raise KeyboardInterrupt("stop")
