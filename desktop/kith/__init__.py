"""Kith: a local-first personal relationship manager."""

import time as _time

__version__ = "0.1.0"

#: When the package was first imported; ``kith --exit-after-start`` reports from here.
STARTED_AT = _time.perf_counter()
