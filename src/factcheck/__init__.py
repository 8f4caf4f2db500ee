"""factcheck: a fact-consistency linter for numbers in prose and data."""

__version__ = "0.1.0"
