"""Summarises a cobertura file per firmware folder and names the untaken branches of the rules."""
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

RULE_FOLDERS = ("Functions", "Perception", "Monitoring", "Arbitration")


def main(path: str) -> None:
    root = ET.parse(path).getroot()
    lines = defaultdict(lambda: [0, 0])      # folder -> [covered, total]
    branches = defaultdict(lambda: [0, 0])
    gaps = []
    seen = set()
    for cls in root.iter("class"):
        filename = cls.get("filename").replace("\\", "/")
        # A deterministic build (CI=true) maps source paths to /_/ when coverlet cannot map them back.
        for mapped in ("/_/", "_/"):
            if filename.startswith(mapped):
                filename = filename[len(mapped):]
        if filename.startswith("/") or "/obj/" in filename or "Generator" in filename:
            continue  # generated code (JSON source generator) is not ours to cover
        parts = filename.split("/")
        folder = parts[-2] if len(parts) > 1 else "."
        for line in cls.iter("line"):
            key = (filename, line.get("number"))
            if key in seen:
                continue
            seen.add(key)
            hits = int(line.get("hits"))
            lines[folder][1] += 1
            lines[folder][0] += hits > 0
            if line.get("branch") == "True":
                cond = line.get("condition-coverage", "100% (0/0)")
                taken, total = cond.split("(")[1].rstrip(")").split("/")
                branches[folder][0] += int(taken)
                branches[folder][1] += int(total)
                if int(taken) < int(total) and folder in RULE_FOLDERS:
                    gaps.append(f"  {'/'.join(parts[-2:])}:{line.get('number')} {cond}")

    def pct(c, t):
        return f"{100.0 * c / t:5.1f} %" if t else "    - "

    print("firmware coverage by the firmware unit tests (line, branch):")
    tl = tb = cl = cb = 0
    for folder in sorted(lines):
        (lc, lt), (bc, bt) = lines[folder], branches[folder]
        tl, cl, tb, cb = tl + lt, cl + lc, tb + bt, cb + bc
        print(f"  {folder:<14} lines {pct(lc, lt)} ({lc}/{lt})  branches {pct(bc, bt)} ({bc}/{bt})")
    if tl == 0:
        sys.exit(f"{path}: no firmware source line found in the coverage file (source paths not understood)")
    print(f"  {'total':<14} lines {pct(cl, tl)} ({cl}/{tl})  branches {pct(cb, tb)} ({cb}/{tb})")
    print(f"untaken branches in the rules ({len(gaps)} lines):")
    print("\n".join(gaps) if gaps else "  none")


if __name__ == "__main__":
    main(sys.argv[1])
