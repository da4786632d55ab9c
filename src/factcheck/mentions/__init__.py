"""Mention detectors: sentence text -> Mentions (dates, numbers, quotations, names)."""
