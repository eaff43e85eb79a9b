"""The desktop app (the only package that imports Qt). Files holding widgets are ``qt_*.py``."""
