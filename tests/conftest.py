"""Hypothesis profiles, chosen with the environment variable ``HYPOTHESIS_PROFILE``.

- ``fast`` (default): few examples, for the edit-test loop.
- ``ci``: many examples, derandomized so a CI run is reproducible, no example
  database (a fresh machine has none to reuse).
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("fast", max_examples=40, deadline=None)
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fast"))
