"""`python -m portal` is the same as the `portal` console script."""
from portal.cli import main

raise SystemExit(main())
