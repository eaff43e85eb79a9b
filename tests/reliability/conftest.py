"""Reliability suite: crashes, concurrency, hostile input. Prints its figures at the end.

The closing line of the run reads, e.g.::

    reliability: 28 kill rounds survived, 1960 writes verified, 125 hostile inputs tried,
    0 losses
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rel_support import FIGURES


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if not FIGURES:
        return
    f = FIGURES
    terminalreporter.write_sep("-", "reliability figures")
    terminalreporter.write_line(
        f"reliability: {f['kill_rounds']} kill rounds survived, "
        f"{f['writes_verified']} writes verified, "
        f"{f['hostile_inputs']} hostile inputs tried, {f['losses']} losses"
    )
    details = {
        k: v
        for k, v in sorted(f.items())
        if k not in ("kill_rounds", "writes_verified", "hostile_inputs", "losses")
    }
    if details:
        terminalreporter.write_line(
            "reliability details: " + ", ".join(f"{k}={v}" for k, v in details.items())
        )
