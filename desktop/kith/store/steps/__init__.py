"""Schema steps after 12, one module each (``vNN_topic.py`` with ``SQL`` and, if needed,
``after``), so that work on different tables never edits the same lines of schema.py.
``schema.STEPS`` lists them in order; a released step is never edited."""
