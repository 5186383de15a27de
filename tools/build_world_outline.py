"""Build the coarse world outline of the web UI's map (src/newsgraph/web/static/world.json)
from a Natural Earth polygon shapefile (public domain), e.g. ``ne_110m_admin_0_countries.shp``
or the copy of it that geopandas 0.14 shipped as ``datasets/naturalearth_lowres``.

    python tools/build_world_outline.py PATH.shp [--tolerance 0.3]

Reads the shapefile's polygons (type 5) with the standard library only, simplifies each ring
(Douglas-Peucker, tolerance in degrees), drops rings that shrink to nothing and rounds to
0.1 degree.  Output: {"source": ..., "rings": [[[lon, lat], ...], ...]}.
"""

from __future__ import annotations

import argparse
import json
import struct
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "newsgraph" / "web" / "static" / "world.json"


def polygons(path: Path) -> list[list[tuple[float, float]]]:
    """Every ring of every polygon record of a shapefile."""
    data = path.read_bytes()
    rings: list[list[tuple[float, float]]] = []
    at = 100  # the file header
    while at + 8 <= len(data):
        _number, words = struct.unpack(">ii", data[at:at + 8])
        record = data[at + 8:at + 8 + words * 2]
        at += 8 + words * 2
        if len(record) < 44 or struct.unpack("<i", record[:4])[0] != 5:
            continue
        n_parts, n_points = struct.unpack("<ii", record[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", record[44:44 + 4 * n_parts])) + [n_points]
        base = 44 + 4 * n_parts
        points = [struct.unpack("<dd", record[base + 16 * i:base + 16 * i + 16]) for i in range(n_points)]
        rings += [points[parts[i]:parts[i + 1]] for i in range(n_parts)]
    return rings


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (rings can be long)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        far, index = 0.0, None
        for i in range(first + 1, last):
            d = _distance(points[i], points[first], points[last])
            if d > far:
                far, index = d, i
        if index is not None and far > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def _distance(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shapefile", type=Path)
    parser.add_argument("--tolerance", type=float, default=0.3, help="degrees")
    args = parser.parse_args()
    rings = []
    for ring in polygons(args.shapefile):
        small = [(round(x, 1), round(y, 1)) for x, y in simplify(ring, args.tolerance)]
        small = [p for i, p in enumerate(small) if i == 0 or p != small[i - 1]]
        if len(small) >= 4:
            rings.append([list(p) for p in small])
    source = "Natural Earth 1:110m Admin 0 countries (public domain), simplified by tools/build_world_outline.py"
    OUT.write_text(json.dumps({"source": source, "rings": rings}, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(rings)} rings, {sum(len(r) for r in rings)} points -> {OUT.name} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
