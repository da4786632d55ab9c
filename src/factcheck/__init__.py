"""factcheck: check drafts against sourced claims."""

__version__ = "0.1.0"
