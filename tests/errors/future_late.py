from __future__ import division
import sys
from __future__ import annotations
