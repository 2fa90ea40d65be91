#!/usr/bin/env python3
"""Draws docs/perf-chart.svg: p99 and CPU per request against families (figures from
docs/PERFORMANCE.md, "CPU per request against the size of the school").

    python3 docs/perf-chart.py > docs/perf-chart.svg
"""
FAM = [2000, 10000, 25000]
# name, colour, dashed, p99 per family (None = not run), cpu per request (server + db)
SERIES = [
    ("SQLite before (issue 13)", "#999999", True, [13.4, 48000, None], [3.6, 10.1, None]),
    ("PostgreSQL before", "#c9a0dc", True, [None, 46000, None], [None, 10.4, None]),
]
SERIES += [
    ("SQLite, 2 Dec evening", "#1f5fa8", False, [3.81, 4.62, 42.98], [1.12, 0.94, 1.05]),
    ("PostgreSQL (durable), 2 Dec evening", "#8a2be2", False, [6.15, 8.34, 464.71], [2.04, 1.76, 1.52]),
    ("SQLite with group commit", "#2e8b57", False, [3.57, 4.13, 7.26], [0.94, 0.88, 0.84]),
]
W, H = 860, 380
def xpos(x0, f):
    import math
    lo, hi = math.log(1500), math.log(30000)
    return x0 + 340 * (math.log(f) - lo) / (hi - lo)
out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="12">',
       '<title>Booking rush: p99 latency and CPU per request against the number of families</title>',
       f'<rect width="{W}" height="{H}" fill="white"/>']
def panel(x0, title, vmax, ticks, idx, fmt, target=None):
    out.append(f'<text x="{x0}" y="25" font-weight="bold">{title}</text>')
    out.append(f'<line x1="{x0}" y1="270" x2="{x0+340}" y2="270" stroke="black"/>')
    out.append(f'<line x1="{x0}" y1="40" x2="{x0}" y2="270" stroke="black"/>')
    for t in ticks:
        y = 270 - 230 * t / vmax
        out.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0+340}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{x0-6}" y="{y+4:.1f}" text-anchor="end">{t:g}</text>')
    for f in FAM:
        out.append(f'<text x="{xpos(x0,f):.1f}" y="286" text-anchor="middle">{f:,}</text>')
    out.append(f'<text x="{x0+170}" y="304" text-anchor="middle">families (log scale)</text>')
    if target:
        y = 270 - 230 * target / vmax
        out.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0+340}" y2="{y:.1f}" stroke="red" stroke-dasharray="4 3"/>')
        out.append(f'<text x="{x0+336}" y="{y-4:.1f}" text-anchor="end" fill="red">target {target} ms</text>')
    for name, col, dashed, p99, cpu in SERIES:
        vals = p99 if idx == 0 else cpu
        pts = [(xpos(x0, f), v) for f, v in zip(FAM, vals) if v is not None]
        if not pts: continue
        ys = [(x, 270 - 230 * min(v, vmax) / vmax, v) for x, v in pts]
        dash = ' stroke-dasharray="5 4"' if dashed else ''
        out.append(f'<polyline fill="none" stroke="{col}" stroke-width="2"{dash} points="' + ' '.join(f'{x:.1f},{y:.1f}' for x, y, _ in ys) + '"/>')
        for x, y, v in ys:
            label = fmt(v) + (' (off scale)' if v > vmax else '')
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{col}"/>')
            out.append(f'<text x="{x+6:.1f}" y="{y-6:.1f}" fill="{col}" font-size="10">{label}</text>')
panel(60, "p99 latency (ms), 60-second rush", 100, [0, 20, 40, 60, 80, 100], 0, lambda v: f'{v:g}', 50)
panel(480, "CPU per request (ms): server + database", 12, [0, 2.4, 4.8, 7.2, 9.6, 12], 1, lambda v: f'{v:.2f}'.rstrip('0').rstrip('.'))
y = 325
for i, (name, col, dashed, _, _) in enumerate(SERIES):
    x = 60 + (i % 3) * 270
    yy = y + (i // 3) * 18
    dash = ' stroke-dasharray="5 4"' if dashed else ''
    out.append(f'<line x1="{x}" y1="{yy-4}" x2="{x+24}" y2="{yy-4}" stroke="{col}" stroke-width="2"{dash}/>')
    out.append(f'<text x="{x+30}" y="{yy}">{name}</text>')
out.append('</svg>')
print('\n'.join(out))
