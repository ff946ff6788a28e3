#!/usr/bin/env python3
"""Writes the table of a bench/run report into README.md, between the marker comments
<!-- bench:latest:start --> and <!-- bench:latest:end --> (README, "Performance report"). bench/run
calls it after a full run (not --quick, not --only); by hand it puts any report there.

    bench/tools/readme-latest.py bench/results/<stamp>.json [README.md] [--note "markdown text"]

The note (default: the report's own note) is printed under the link to the report; quick reports
are labelled as such. Everything outside the markers is left as it is.
"""
import json
import os
import re
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report import cell, met_cell  # noqa: E402  one formatting for the report and README

START = "<!-- bench:latest:start -->"
END = "<!-- bench:latest:end -->"


def wrap(text):
    return textwrap.fill(" ".join(text.split()), width=100, break_long_words=False, break_on_hyphens=False)


def row(cells):
    return "|" + "|".join(f" {c} " if c else " " for c in cells) + "|"


def block(report_path, readme, doc, note):
    quick = doc.get("mode") == "quick"
    md = os.path.splitext(report_path)[0] + ".md"
    rel = os.path.relpath(os.path.abspath(md), os.path.dirname(os.path.abspath(readme)))
    m = doc.get("machine", {})
    figures = doc.get("figures", [])
    met = sum(1 for x in figures if x.get("met") is True)
    missed = sum(1 for x in figures if x.get("met") is False)
    unmeasured = sum(1 for x in figures if isinstance(x.get("value"), str) and x["value"].startswith("not measured"))
    head = (
        f"**Latest report:** [`{rel}`]({rel}) — `{doc.get('command', '').strip()}`"
        f"{' (**quick mode**: smaller sizes, not the targets’ sizes)' if quick else ''}, {doc.get('date')}, "
        f"{doc.get('duration_s', 0):.0f} s, {m.get('cores')} cores, load average {m.get('load_start')} at the start "
        f"and {m.get('load_end')} at the end. {len(figures)} figures: {met} met, {missed} missed, "
        f"{unmeasured} not measured."
    )
    lines = [START, wrap(head), ""]
    if note:
        lines += [wrap(note), ""]
    lines += [
        f"| figure{' (quick sizes)' if quick else ''} | value | same-run baseline | ratio | target | met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for x in figures:
        b = x.get("baseline") or {}
        base = f"{cell(b.get('name'))} {cell(b.get('value'))}".strip() if b else ""
        ratio = f"{x['ratio']:.2f}×" if isinstance(x.get("ratio"), (int, float)) else ""
        value = f"{cell(x.get('value'))} {cell(x.get('unit'))}".strip()
        lines.append(row([cell(x["name"]), value, base, ratio, cell(x.get("target")), met_cell(x.get("met"))]))
    lines.append(END)
    return "\n".join(lines)


def main(argv):
    note = None
    if "--note" in argv:
        i = argv.index("--note")
        note = argv[i + 1]
        argv = argv[:i] + argv[i + 2 :]
    if not argv or len(argv) > 2:
        sys.exit("usage: readme-latest.py REPORT.json [README.md] [--note text]")
    report, readme = argv[0], argv[1] if len(argv) > 1 else "README.md"
    with open(report, encoding="utf-8") as f:
        doc = json.load(f)
    if note is None:
        note = doc.get("note") or ""
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    # The markers on lines of their own (prose may name them).
    pattern = re.compile(r"^" + re.escape(START) + r"$.*?^" + re.escape(END) + r"$", re.S | re.M)
    if not pattern.search(text):
        sys.exit(f"{readme}: no {START} ... {END} markers (README, section Performance report)")
    new = block(report, readme, doc, note)
    text = pattern.sub(lambda _: new, text, count=1)
    with open(readme, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{readme}: latest table from {report}")


if __name__ == "__main__":
    main(sys.argv[1:])
