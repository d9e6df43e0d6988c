﻿print("bom")
