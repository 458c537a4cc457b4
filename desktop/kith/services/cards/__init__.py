"""Cards in and out: importing vCards as batches tied to events (reading the
files, matching, merging, undo) and exporting them."""
