"""``python -m ascc_model``: the ``ascc-model`` command line."""

import sys

from ._cli import main

sys.exit(main())
