"""`python -m factcheck`: hands over to the CLI."""

from factcheck.cli import main

raise SystemExit(main())
