"""Staying in touch: the cadence schedule, what is due, done/snooze/skip,
reminders, interactions and the timeline of each relationship."""
