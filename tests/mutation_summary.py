#!/usr/bin/env python3
"""Per-folder mutation scores from one or more Stryker.NET JSON reports (mutation-report.json).

    python3 tests/mutation_summary.py [--break N] [--survivors OUT.md] artifacts/mutation/reports/mutation-report.json [more ...]

Each firmware file is counted once: when several reports judged the same file, the report named last wins
(so per-folder runs of one commit can be combined into the whole-firmware figure). Score as Stryker computes
it: (killed + timeout) / (killed + timeout + survived + no coverage); compile errors and ignored mutants are
not judged. Prints a Markdown table, one row per folder, and the whole. With --break N it exits 1 when the
whole scores below N % (tests/mutation.sh's whole-firmware run); a report it cannot read exits 2.
With --survivors OUT.md it also writes every surviving and uncovered mutant, grouped by file, as file:line, the
mutator, the original text and its replacement: the list the closing note's classification works from (docs/mutation.md
says which were killed by a new test and which are equivalent, and why).
"""
import collections
import json
import os
import sys

JUDGED = ("Killed", "Timeout", "Survived", "NoCoverage")


def folder_of(path):
    rel = path.replace("\\", "/").split("AebController.Firmware/", 1)[-1]
    return rel.split("/", 1)[0] if "/" in rel else "(root)"


def main(args):
    break_at = None
    survivors_out = None
    while args[:1] in (["--break"], ["--survivors"]):
        if args[0] == "--break":
            try:
                break_at = float(args[1])
            except (IndexError, ValueError):
                print(f"mutation_summary.py: --break expects a percentage, got {args[1:2] or 'nothing'}", file=sys.stderr)
                return 2
        else:
            if len(args) < 2:
                print("mutation_summary.py: --survivors expects a file to write, got nothing", file=sys.stderr)
                return 2
            survivors_out = args[1]
        args = args[2:]
    paths = args
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    files = {}
    survivors = {}
    for p in paths:
        try:
            with open(p, encoding="utf-8") as f:
                report = json.load(f)
        except (OSError, ValueError) as e:
            print(f"mutation_summary.py: {p}: expected a Stryker JSON report, could not read it ({e})", file=sys.stderr)
            return 2
        for name, data in report.get("files", {}).items():
            counts = collections.Counter(m["status"] for m in data.get("mutants", []))
            if sum(counts[s] for s in JUDGED) > 0:
                files[name] = counts
                survivors[name] = [survivor_line(data.get("source", ""), m)
                                   for m in data.get("mutants", []) if m["status"] in ("Survived", "NoCoverage")]
    folders = collections.defaultdict(collections.Counter)
    for name, counts in files.items():
        folders[folder_of(name)].update(counts)
    total = collections.Counter()
    print("| folder | killed | timeout | survived | no coverage | score |")
    print("|---|---:|---:|---:|---:|---:|")
    for folder in sorted(folders):
        c = folders[folder]
        total.update(c)
        print(row(folder, c))
    print(row("**whole (these folders)**", total))
    if survivors_out is not None and not write_survivors(survivors_out, survivors):
        return 2
    whole = score_of(total)
    if break_at is not None and not whole >= break_at:
        print(f"mutation_summary.py: the whole scores {whole:.1f} %, below the break {break_at:g} %", file=sys.stderr)
        return 1
    return 0


def survivor_line(source, mutant):
    """One survivor as a Markdown list item: line, status, mutator, original text -> replacement."""
    start, end = mutant["location"]["start"], mutant["location"]["end"]
    lines = source.split("\n")
    if start["line"] == end["line"] and start["line"] <= len(lines):
        original = lines[start["line"] - 1][start["column"] - 1:end["column"] - 1]
    else:
        original = " ".join(l.strip() for l in lines[start["line"] - 1:end["line"]])
    status = "no coverage" if mutant["status"] == "NoCoverage" else "survived"
    return (start["line"], f"- line {start['line']} ({status}, {mutant['mutatorName']}): "
                           f"`{clip(original)}` -> `{clip(mutant.get('replacement', ''))}`")


def clip(text, limit=120):
    text = " ".join(text.split()).replace("`", "'")
    return text if len(text) <= limit else text[:limit - 3] + "..."


def write_survivors(path, survivors):
    """Every file with survivors, in folder order, its mutants by line; the whole file or none (written beside, then
    renamed). Returns False, having said why, when it cannot be written."""
    partial = path + ".partial"
    try:
        with open(partial, "w", encoding="utf-8") as out:
            total = sum(len(v) for v in survivors.values())
            out.write(f"# Surviving and uncovered mutants ({total})\n\n")
            for name in sorted(survivors, key=lambda n: (folder_of(n), n)):
                items = sorted(survivors[name])
                if not items:
                    continue
                rel = name.replace("\\", "/").split("AebController.Firmware/", 1)[-1]
                out.write(f"## {rel} ({len(items)})\n\n")
                out.write("\n".join(text for _, text in items) + "\n\n")
        os.replace(partial, path)
        return True
    except OSError as e:
        print(f"mutation_summary.py: --survivors {path}: could not write it ({e})", file=sys.stderr)
        return False


def score_of(c):
    judged = sum(c[s] for s in JUDGED)
    return 100.0 * (c["Killed"] + c["Timeout"]) / judged if judged else float("nan")


def row(name, c):
    score = score_of(c)
    return f"| {name} | {c['Killed']} | {c['Timeout']} | {c['Survived']} | {c['NoCoverage']} | {score:.1f} % |"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
