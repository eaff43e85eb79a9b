"""``python -m factcheck.bench [--json OUT.json] [--articles N] [--claims N] [--quick]``."""

import sys

from factcheck.bench.run import main

sys.exit(main())
