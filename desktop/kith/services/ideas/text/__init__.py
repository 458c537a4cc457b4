"""Reading needs and offers and telling whether one meets the other, offline."""
