print("kept")
