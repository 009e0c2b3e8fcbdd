"""Rendering the events file into a static site (``build/``)."""
