"""chronology: a static site generator for event chronologies built from news articles."""

__version__ = "0.1.0"
