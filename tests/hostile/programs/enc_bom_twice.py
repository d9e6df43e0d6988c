﻿print('bom')
