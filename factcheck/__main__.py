"""``python -m factcheck`` runs the command line."""

import sys

from factcheck.cli.main import main

sys.exit(main())
