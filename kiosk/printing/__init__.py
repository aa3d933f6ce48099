"""Printed artefacts rendered with Qt offscreen (QPdfWriter): voting-code cards, station reports."""
