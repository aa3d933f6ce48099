"""Bundled fonts (Noto Sans, Noto Sans Arabic; OFL, see OFL.txt)."""
