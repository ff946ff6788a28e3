#!/usr/bin/env python3
"""Prints one benchmark figure as a JSON line (called by `figure` in bench/lib.sh).

Arguments are key=value: name, value, unit, baseline_name, baseline, target, met, ratio, notes.
The ratio is value / baseline. A target of the form ">= 0.8x" or "<= 3x" is checked against the
ratio; ">= 1", "< 100 ms" and the like against the value; any other target needs met=true|false.
"""
import json
import os
import re
import sys


def number(text):
    if text is None or text == "":
        return None
    try:
        n = float(text)
    except ValueError:
        return text
    return int(n) if n.is_integer() and "." not in text else n


def check(target, value, ratio):
    m = re.fullmatch(r"\s*(>=|<=|>|<|=)\s*([0-9.]+)\s*(x|×)?.*", target or "")
    if not m:
        return None
    op, limit, on_ratio = m.group(1), float(m.group(2)), m.group(3) is not None
    subject = ratio if on_ratio else value
    if not isinstance(subject, (int, float)):
        return None
    return {
        ">=": subject >= limit,
        "<=": subject <= limit,
        ">": subject > limit,
        "<": subject < limit,
        "=": subject == limit,
    }[op]


def main(argv):
    f = {}
    for arg in argv:
        key, sep, val = arg.partition("=")
        if not sep:
            sys.exit(f"figure: expected key=value, got {arg!r}")
        f[key] = val
    if "name" not in f:
        sys.exit("figure: name= is required")
    value = number(f.get("value"))
    baseline = number(f.get("baseline"))
    ratio = number(f.get("ratio"))
    if ratio is None and isinstance(value, (int, float)) and isinstance(baseline, (int, float)) and baseline:
        ratio = round(value / baseline, 2)
    met = f.get("met")
    met = {"true": True, "yes": True, "false": False, "no": False}.get(met) if met else check(f.get("target"), value, ratio)
    out = {
        "bench": os.environ.get("BENCH_NAME", ""),
        "name": f["name"],
        "value": value,
        "unit": f.get("unit", ""),
        "baseline": {"name": f["baseline_name"], "value": baseline} if f.get("baseline_name") else None,
        "ratio": ratio,
        "target": f.get("target") or None,
        "met": met,
        "notes": f.get("notes", ""),
    }
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
