"""Röstkiosk: an offline-first voting station for participatory budgeting."""

__version__ = "0.1.0"
