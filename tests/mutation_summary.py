#!/usr/bin/env python3
"""Per-folder mutation scores from one or more Stryker.NET JSON reports (mutation-report.json).

    python3 tests/mutation_summary.py artifacts/mutation/reports/mutation-report.json [more reports ...]

Each firmware file is counted once: when several reports judged the same file, the report named last wins
(so per-folder runs of one commit can be combined into the whole-firmware figure). Score as Stryker computes
it: (killed + timeout) / (killed + timeout + survived + no coverage); compile errors and ignored mutants are
not judged. Prints a Markdown table, one row per folder, and the whole.
"""
import collections
import json
import sys

JUDGED = ("Killed", "Timeout", "Survived", "NoCoverage")


def folder_of(path):
    rel = path.replace("\\", "/").split("AebController.Firmware/", 1)[-1]
    return rel.split("/", 1)[0] if "/" in rel else "(root)"


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    files = {}
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
    return 0


def row(name, c):
    judged = sum(c[s] for s in JUDGED)
    score = 100.0 * (c["Killed"] + c["Timeout"]) / judged if judged else float("nan")
    return f"| {name} | {c['Killed']} | {c['Timeout']} | {c['Survived']} | {c['NoCoverage']} | {score:.1f} % |"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
