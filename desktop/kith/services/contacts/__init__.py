"""People: creating, editing and deleting them, their records and the field
declarations, search and lookup, circles, and the keys they are matched by."""
