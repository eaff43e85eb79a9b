"""``python -m tests.perf [--json OUT.json] [--articles N] [--claims N] [--quick]``."""

import sys

from tests.perf.run import main

sys.exit(main())
