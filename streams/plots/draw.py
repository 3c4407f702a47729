"""matplotlib drawings of the series in data.py; the Agg backend, so no display is needed."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)
from matplotlib.figure import Figure  # noqa: E402  (after choosing the backend)

from .data import CountrySeries, DyadSeries, TimeCounts  # noqa: E402  (after choosing the backend)

__all__ = ["draw_time_counts", "draw_dyad", "draw_countries", "save", "FORMATS"]

FORMATS = ("png", "svg")
_QUAD_COLOURS = {"1": "#4c9be8", "2": "#1f5fa8", "3": "#f0a04b", "4": "#c0392b"}


def _note(fig: Figure, counts: dict[str, int]) -> None:
    """Say what is left out, in the picture itself: partial dates are not spread over days."""
    parts = [f"{n} event(s) {what}" for what, n in sorted(counts.items()) if n]
    if parts:
        fig.text(0.01, 0.01, "not drawn: " + ", ".join(parts), fontsize=8, color="#555555")


def draw_time_counts(data: TimeCounts, title: str | None = None) -> Figure:
    """Stacked bars: events per bucket, one colour per quad class or CAMEO root."""
    fig, ax = plt.subplots(figsize=(10, 5), dpi=100)
    x = range(len(data.buckets))
    bottom = [0] * len(data.buckets)
    for group in data.groups:
        colour = _QUAD_COLOURS.get(group[:1]) if data.group_by == "quad" else None
        ax.bar(x, data.counts[group], bottom=bottom, label=group, color=colour, width=0.8)
        bottom = [b + c for b, c in zip(bottom, data.counts[group], strict=True)]
    every = max(1, len(data.buckets) // 24)  # at most about 24 labels
    ticks = list(x)[::every]
    ax.set_xticks(ticks, [data.buckets[i] for i in ticks], rotation=60 if len(ticks) > 8 else 0,
                  ha="right" if len(ticks) > 8 else "center", fontsize=8)
    ax.set_ylabel("events")
    ax.set_xlabel(data.period)
    ax.set_title(title or f"Events by {data.period} and {'quad class' if data.group_by == 'quad' else 'CAMEO root'}")
    if data.groups:
        ax.legend(title="quad class" if data.group_by == "quad" else "CAMEO root", fontsize=8, ncols=2)
    _note(fig, data.not_drawn)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


def draw_dyad(data: DyadSeries, title: str | None = None) -> Figure:
    """Each event of the dyad at its day and Goldstein value, one marker per direction."""
    fig, ax = plt.subplots(figsize=(10, 5), dpi=100)
    for (direction, points), marker in zip(data.points.items(), ("o", "s"), strict=False):
        if points:
            # matplotlib plots dates through its unit converters; its stubs accept only numbers
            ax.plot([p[0] for p in points], [p[1] for p in points],  # type: ignore[arg-type]
                    marker=marker, linestyle="none", alpha=0.7,
                    label=f"{direction} ({len(points)})")
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.set_ylim(-10.5, 10.5)
    ax.set_ylabel("Goldstein scale (-10 conflict .. +10 cooperation)")
    ax.set_title(title or f"{data.source} and {data.target}: events and their Goldstein values")
    ax.legend(fontsize=8)
    fig.autofmt_xdate()
    _note(fig, {"dated only to a month or a year": data.not_drawn})
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    return fig


def draw_countries(data: CountrySeries, title: str | None = None) -> Figure:
    """Ranked horizontal bars: events each country takes part in, largest at the top."""
    fig, ax = plt.subplots(figsize=(8, max(3.0, 0.35 * len(data.countries) + 1.2)), dpi=100)
    ax.barh(list(reversed(data.countries)), list(reversed(data.events)), color="#1f5fa8")
    ax.set_xlabel("events the country takes part in (source, target or participant)")
    ax.set_title(title or "Events by country")
    fig.tight_layout()
    return fig


def save(fig: Figure, path: Path) -> None:
    """Write ``fig`` as PNG or SVG by the file's suffix, then free it."""
    try:
        fig.savefig(path, format=path.suffix.lstrip(".").lower())
    finally:
        plt.close(fig)
