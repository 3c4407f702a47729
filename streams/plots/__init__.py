"""Pictures of stored events (matplotlib, PNG or SVG): counts over time, a dyad's timeline, events by country.

Each function takes the series it draws (computed by ``data.py`` from the
store with the same filters as `diplo query`) and returns the matplotlib
Figure, so tests can compare what is drawn with what the query returns.
"""

from __future__ import annotations

from .data import CountrySeries, DyadSeries, TimeCounts, country_counts, dyad_timeline, time_counts
from .draw import draw_countries, draw_dyad, draw_time_counts, save

__all__ = [
    "CountrySeries",
    "DyadSeries",
    "TimeCounts",
    "country_counts",
    "draw_countries",
    "draw_dyad",
    "draw_time_counts",
    "dyad_timeline",
    "save",
    "time_counts",
]
