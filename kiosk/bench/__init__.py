"""Benchmark commands: they print figures (JSON), they do not assert."""
