"""Kith on the desktop without Qt: the menu entry, icons, AppStream data and autostart."""
