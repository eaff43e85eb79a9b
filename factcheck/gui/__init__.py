"""The desktop app (the only package that imports Qt). Files holding widgets are ``qt_*.py``."""

import gc

# Paused while the GUI starts (Qt, SQLAlchemy and the window make a million long-lived
# objects that a full collection would scan for nothing); build_window resumes it.
gc.disable()
