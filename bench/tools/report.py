#!/usr/bin/env python3
"""Writes bench/results/<stamp>.md and .json from the files bench/run collected in its run folder:
facts.env (machine facts, key=value), benches.jsonl (one line per script: name, status, exit,
seconds), figures.jsonl (one line per figure, from `figure` in bench/lib.sh) and profiles/*.txt
(bench/tools/jfr-top.py summaries of the JFR recordings of benchmarks that missed a target).

    bench/tools/report.py RUN_DIR OUT_BASE      # writes OUT_BASE.md and OUT_BASE.json
"""
import json
import os
import sys


def read_jsonl(path):
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_facts(path):
    facts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, sep, value = line.rstrip("\n").partition("=")
            if sep:
                facts[key] = value
    return facts


def cell(v):
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    return str(v).replace("|", "\\|")


def met_cell(m):
    return {True: "yes", False: "**no**"}.get(m, "—")


def main(run_dir, out_base):
    facts = read_facts(os.path.join(run_dir, "facts.env"))
    benches = read_jsonl(os.path.join(run_dir, "benches.jsonl"))
    figures = read_jsonl(os.path.join(run_dir, "figures.jsonl"))
    profiles = {}
    pdir = os.path.join(run_dir, "profiles")
    if os.path.isdir(pdir):
        for name in sorted(os.listdir(pdir)):
            if name.endswith(".txt"):
                with open(os.path.join(pdir, name), encoding="utf-8") as f:
                    profiles[name[:-4]] = f.read()
    quick = facts.get("mode") == "quick"
    doc = {
        "date": facts.get("date"),
        "mode": facts.get("mode"),
        "command": facts.get("command"),
        "note": facts.get("note") or "",
        "duration_s": float(facts.get("duration_s", "0") or 0),
        "machine": {k[len("machine."):]: v for k, v in facts.items() if k.startswith("machine.")},
        "code": {"commit": facts.get("commit"), "dirty": facts.get("dirty") == "yes", "jar": facts.get("jar")},
        "benchmarks": benches,
        "figures": figures,
        "profiles": {
            name: {"jfr": facts.get(f"jfr.{name}", ""), "summary": text} for name, text in profiles.items()
        },
    }
    with open(out_base + ".json", "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")

    m = doc["machine"]
    lines = [f"# Performance report, {doc['date']}{' (quick mode)' if quick else ''}", ""]
    if quick:
        lines += [
            "**Quick mode** (`bench/run --quick`): smaller files, fewer rounds and shorter loads than the full "
            "run (the sizes are in each figure's name and notes). Quick figures prove the pipeline and catch "
            "gross regressions; compare targets on a full run.",
            "",
        ]
    if facts.get("note"):
        lines += [f"**Note:** {facts['note']}", ""]
    met = sum(1 for x in figures if x.get("met") is True)
    missed = [x for x in figures if x.get("met") is False]
    unmeasured = sum(1 for x in figures if isinstance(x.get("value"), str) and x["value"].startswith("not measured"))
    lines += [
        f"Command: `{doc['command']}`, {doc['duration_s']:.0f} s. Code: {facts.get('commit')}"
        f"{' with uncommitted changes' if doc['code']['dirty'] else ''}.",
        "",
        f"Machine: {m.get('cores')} cores ({m.get('cpu')}), {m.get('memory')} memory, {m.get('jdk')}, "
        f"kernel {m.get('kernel')}, disk {m.get('disk')}. Load average at start {m.get('load_start')}, "
        f"at end {m.get('load_end')}.",
        "",
        f"{len(figures)} figures: {met} met, {len(missed)} missed, {unmeasured} not measured. "
        "Ratios are value / same-run baseline.",
        "",
        "| figure | value | baseline | ratio | target | met | notes |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for x in figures:
        b = x.get("baseline") or {}
        base = f"{cell(b.get('name'))} {cell(b.get('value'))}".strip() if b else ""
        ratio = f"{x['ratio']:.2f}×" if isinstance(x.get("ratio"), (int, float)) else ""
        value = f"{cell(x.get('value'))} {cell(x.get('unit'))}".strip()
        lines.append(
            f"| {cell(x['name'])} | {value} | {base} | {ratio} | {cell(x.get('target'))} | "
            f"{met_cell(x.get('met'))} | {cell(x.get('notes'))} |"
        )
    lines += ["", "## Scripts", "", "| script | status | seconds |", "| --- | --- | --- |"]
    for b in benches:
        lines.append(f"| bench/{b['name']} | {b['status']} | {b.get('seconds', '')} |")
    lines += ["", f"Logs of this run: `{facts.get('run_dir')}/logs/` (not committed)."]
    if profiles or missed:
        lines += ["", "## Profiles of missed figures", ""]
        if not profiles:
            lines += ["No JFR recording was made (the run was started without profiling)."]
        for name, text in profiles.items():
            lines += [
                f"### bench/{name}",
                "",
                f"JFR recordings: `{facts.get(f'jfr.{name}', '')}` (not committed; `jfr print` or JDK Mission "
                "Control opens them).",
                "",
                "```text",
                text.rstrip(),
                "```",
                "",
            ]
    raw = os.path.join(run_dir, "raw")
    if os.path.isdir(raw) and os.listdir(raw):
        lines += ["", "## Output of scripts that reported no figures through bench/lib.sh", ""]
        for name in sorted(os.listdir(raw)):
            with open(os.path.join(raw, name), encoding="utf-8") as f:
                lines += [f"### bench/{name}", "", "```text", f.read().rstrip(), "```", ""]
    with open(out_base + ".md", "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip() + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
