"""The touchscreen (PySide6): app, screens, widgets, i18n, theme. Thin: calls the station."""
