"""Ways to help: needs and offers, the prompt rules, introductions, and
``text`` for reading and matching what people need and offer."""
