"""The ``factcheck`` command line (never imports Qt, except to start ``factcheck gui``)."""
