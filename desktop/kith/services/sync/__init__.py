"""CardDAV/CalDAV sync: the protocol client (dav), accounts and their collections
(accounts) and the sync engine. Qt-free; passwords are passed in by the caller (the
command line or the window reads them from kith.platform.secrets), never stored here."""
