"""Charts as matplotlib Figures (no pyplot state): sized for an A4 page, readable in greyscale
(sequential greys and line styles, never colour alone)."""

from __future__ import annotations

import math

import pandas as pd
from matplotlib.figure import Figure

from .synthesis import Focused

__all__ = ["mentions_over_time", "stakes_matrix", "network", "STYLE"]

STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 8.5,
    "axes.titlesize": 10,
    "axes.edgecolor": "#444444",
    "axes.labelcolor": "#222222",
    "xtick.color": "#222222",
    "ytick.color": "#222222",
}
WIDTH = 6.8  # inches: the text width of an A4 page with 2 cm margins
DPI = 120  # the resolution reports embed figures at: text measured to fit them is measured once
INK = "#1f2937"
# Relation types drawn by line style first, shade second, so they read in greyscale.
EDGE_STYLES = {
    "supports": ("-", "#1f2937", 2.2),
    "engages": ("--", "#4b5563", 1.6),
    "opposes": (":", "#111827", 2.4),
}


def _figure(height: float) -> Figure:
    import matplotlib

    matplotlib.rcParams.update(STYLE)
    return Figure(figsize=(WIDTH, height), dpi=DPI)


PAD = 3 / 72  # inches between the outermost label and the figure's edge (constrained layout's default)


def _fit(fig: Figure, artists=()) -> Figure:
    """Place the figure's one Axes so that its tick labels, title, legend and ``artists`` (texts
    that may reach past the Axes) just fit inside the figure, ``PAD`` from each edge: what
    constrained layout does, but measuring only what can stick out, not every text drawn
    inside the Axes, and without the layout solver (a third of a briefing's chart time)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    (ax,) = fig.axes
    extra = [*artists, *([ax.get_legend()] if ax.get_legend() else [])]
    renderer = FigureCanvasAgg(fig).get_renderer()
    width, height = fig.bbox.width, fig.bbox.height
    pad_x, pad_y = PAD * fig.dpi / width, PAD * fig.dpi / height
    for _ in range(2):  # texts placed in data coordinates move once the Axes does: fit again
        outer = ax.get_tightbbox(renderer, bbox_extra_artists=extra)
        box = fig.subplotpars
        left = box.left + pad_x - outer.x0 / width
        right = box.right - pad_x + (width - outer.x1) / width
        bottom = box.bottom + pad_y - outer.y0 / height
        top = box.top - pad_y + (height - outer.y1) / height
        if right - left < 0.1 or top - bottom < 0.1:  # labels too large to fit: keep what there is
            break
        fig.subplots_adjust(left=left, right=right, bottom=bottom, top=top)
    return fig


def stakes_matrix(matrix: pd.DataFrame) -> Figure:
    """Heatmap of actor × sector evidence counts, each cell labelled with its count."""
    rows, cols = matrix.shape
    fig = _figure(max(1.6, 0.34 * rows + 1.3))
    ax = fig.add_subplot()
    if rows == 0 or cols == 0:
        ax.text(0.5, 0.5, "No sector evidence names an actor", ha="center", va="center")
        ax.set_axis_off()
        return _fit(fig)
    values = matrix.to_numpy()
    ax.imshow(values, cmap="Greys", aspect="auto", vmin=0, vmax=max(1, values.max()) * 1.25)
    ax.set_xticks(range(cols), [str(c).replace("_", " ").replace(" ", "\n") for c in matrix.columns], fontsize=7.5)
    ax.set_yticks(range(rows), matrix.index)
    ax.tick_params(length=0)
    threshold = values.max() / 2 if values.max() else 0
    for r in range(rows):
        for c in range(cols):
            v = values[r, c]
            ax.text(c, r, str(v) if v else "·", ha="center", va="center",
                    color="white" if v > threshold * 1.25 else INK, fontsize=8)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_title("evidence sentences per actor and sector (darker = more)", fontsize=8, color=INK, loc="left")
    return _fit(fig)


def network(f: Focused, stances: dict[str, str]) -> Figure:
    """Actors around the most connected one (or the focus), one line per pair of actors, its
    style from the pair's dominant stance and its label listing the relation types; relations
    the text denies are drawn thin and grey, marked ×."""
    fig = _figure(4.4)
    ax = fig.add_subplot()
    ax.set_axis_off()
    if not f.relations:
        ax.text(0.5, 0.5, "No relations between actors were found", ha="center", va="center")
        return _fit(fig)
    pairs: dict[tuple[str, str], list] = {}
    degree: dict[str, int] = {}
    for r in f.relations:
        pairs.setdefault(tuple(sorted((r.source, r.target))), []).append(r)
    for a, b in pairs:
        degree[a] = degree.get(a, 0) + 1
        degree[b] = degree.get(b, 0) + 1
    hub = f.focus.name if f.focus and f.focus.name in degree else max(degree, key=lambda n: (degree[n], n))
    ring = sorted((n for n in degree if n != hub), key=lambda n: (-degree[n], n))
    pos = {hub: (0.0, 0.0)}
    for i, name in enumerate(ring):
        angle = math.pi / 2 - 2 * math.pi * i / max(1, len(ring))
        pos[name] = (math.cos(angle), math.sin(angle) * 0.82)
    for (a, b), rels in pairs.items():
        live = [r for r in rels if not r.negated]
        order = {"opposes": 0, "supports": 1, "engages": 2}
        stance = min((stances.get(r.type, "engages") for r in live), key=lambda s: order.get(s, 3), default="engages")
        style, color, width = EDGE_STYLES.get(stance, EDGE_STYLES["engages"])
        if not live:
            color, width = "#9ca3af", 1.0
        (x1, y1), (x2, y2) = pos[a], pos[b]
        ax.plot([x1, x2], [y1, y2], linestyle=style, color=color, lw=width, zorder=1)
        labels = list(dict.fromkeys(r.type.replace("_", " ") + (" ×" if r.negated else "") for r in rels))
        ax.text(x1 + (x2 - x1) * 0.55, y1 + (y2 - y1) * 0.55, "\n".join(labels), fontsize=7, ha="center",
                va="center", color=INK, zorder=3,
                bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none", alpha=0.9))
    names = []
    for name, (x, y) in pos.items():
        names.append(ax.text(x, y, name, ha="center", va="center", fontsize=9 if name == hub else 8.5,
                fontweight="bold" if name == hub else "normal", color=INK, zorder=4,
                bbox=dict(boxstyle="round,pad=0.4", fc="#e5e7eb" if name == hub else "#f9fafb", ec=INK, lw=0.8)))
    from matplotlib.lines import Line2D

    handles = [Line2D([0], [0], linestyle=style, color=color, lw=width, label=stance)
               for stance, (style, color, width) in EDGE_STYLES.items()]
    handles.append(Line2D([0], [0], color="#9ca3af", lw=1.0, label="denied (×)"))
    ax.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, -0.06), ncol=4, frameon=False, fontsize=7.5)
    ax.set_xlim(-1.4, 1.4)
    ax.set_ylim(-1.05, 1.05)
    return _fit(fig, names)


MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]
LINESTYLES = ["-", "--", ":", "-."]


def mentions_over_time(pivot: pd.DataFrame) -> Figure:
    """One line per actor (index: period, columns: actors); markers and line styles tell the
    actors apart in greyscale."""
    fig = _figure(3.2)
    ax = fig.add_subplot()
    greys = ["#111827", "#374151", "#4b5563", "#6b7280", "#9ca3af"]
    for i, actor in enumerate(pivot.columns):
        ax.plot(pivot.index, pivot[actor], marker=MARKERS[i % len(MARKERS)], linestyle=LINESTYLES[i % len(LINESTYLES)],
                color=greys[i % len(greys)], label=actor, lw=1.4, ms=4)
    ax.set_ylabel("mentions")
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=7.5)
    fig.autofmt_xdate()
    return _fit(fig)
