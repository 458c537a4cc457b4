"""Follow-ups and birthdays on a calendar: an iCalendar export (``items``, ``ics``) and a
push to a CalDAV calendar kept in step (``push``)."""
