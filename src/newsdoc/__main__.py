"""Run the ``newsdoc`` command as ``python -m newsdoc``."""

from __future__ import annotations

import sys

from newsdoc.cli import main

__all__: list[str] = []

if __name__ == "__main__":
    sys.exit(main())
