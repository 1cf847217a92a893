"""`python -m innov_desktop` runs the same entry point as the `innov-desktop` script."""

import sys

from innov_desktop.cli import main

sys.exit(main())
