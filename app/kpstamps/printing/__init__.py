"""Printed pages: the one QPainter renderer (QtGui only, no widgets) and the fonts it embeds."""
