"""Ways to help: needs and offers, the prompt rules (``context`` is what they share),
introductions, and ``text`` for reading and matching what people need and offer."""
