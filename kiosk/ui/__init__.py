"""The touchscreen (PySide6): app, screens, widgets, i18n, theme. Thin: it calls the station service."""
