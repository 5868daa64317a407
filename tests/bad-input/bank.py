#!/usr/bin/env python3
"""The bank of bad input for issue 13: every kind of user file made wrong on purpose, bad options, and
interruptions, each run through the real `aeb` and judged from outside: the exit code, that the error is
one line on stderr starting 'aeb: ' with no stack trace or .NET type name, that stdout stays empty, and
that the line holds the words that name the file, the field, the expectation and the value found.

    python3 tests/bad-input/bank.py [--aeb "dotnet src/AebController.Cli/bin/Debug/net10.0/aeb.dll"] [--markdown docs/bad-input.md] [--only WORD]

Exit 0 when every row holds. Slow rows (timing, interrupted suite) take about 30 s together.
"""
import argparse
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OSC_DATA = os.path.join(ROOT, "tests", "AebController.Scenarios.Tests", "OpenScenario", "data")
PINMAP = os.path.join(ROOT, "hw", "pinmap.json")

SCENARIO = {
    "name": "mine", "durationS": 6,
    "ego": {"speedKph": 30, "gear": "drive", "holdSpeed": True},
    "actors": [{"id": "target", "class": "passengerCar", "gapM": 40, "speedKph": 0}],
}


def scenario(**change):
    s = json.loads(json.dumps(SCENARIO))
    for path, value in change.items():
        node = s
        keys = path.split("__")
        for k in keys[:-1]:
            node = node[int(k)] if k.isdigit() else node[k]
        node[keys[-1]] = value
    return json.dumps(s)


MATRIX = '{"matrix":"m","axes":{"kph":[20,30]},"template":{"name":"m-{kph}","durationS":6,"ego":{"speedKph":"{=kph}","gear":"drive","holdSpeed":true},"actors":[{"id":"t","class":"passengerCar","gapM":40,"speedKph":0}]}}'
SPACE = '{"space":"s","parameters":{"kph":{"min":20,"max":40}},"template":{"name":"s","durationS":6,"ego":{"speedKph":"{=kph}","gear":"drive","holdSpeed":true},"actors":[{"id":"t","class":"passengerCar","gapM":40,"speedKph":0}]}}'


def pinmap(edit):
    with open(PINMAP, encoding="utf-8") as f:
        m = json.load(f)
    edit(m)
    return json.dumps(m)


def drop(*path):
    def edit(m):
        node = m
        for k in path[:-1]:
            node = node[k]
        del node[path[-1]]
    return edit


def put(value, *path):
    def edit(m):
        node = m
        for k in path[:-1]:
            node = node[k]
        node[path[-1]] = value
    return edit


def xosc(source, find, replace):
    def make(dir):
        shutil.copytree(OSC_DATA, os.path.join(dir, "osc"), dirs_exist_ok=True)
        path = os.path.join(dir, "osc", "bad.xosc")
        with open(os.path.join(dir, "osc", source), encoding="utf-8") as f:
            text = f.read()
        assert find in text, (source, find)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(find, replace))
        return path
    return make


def xodr(find, replace):
    def make(dir):
        shutil.copytree(OSC_DATA, os.path.join(dir, "osc"), dirs_exist_ok=True)
        road = os.path.join(dir, "osc", "road.xodr")
        with open(road, encoding="utf-8") as f:
            text = f.read()
        assert find in text, find
        with open(road, "w", encoding="utf-8") as f:
            f.write(text.replace(find, replace))
        return os.path.join(dir, "osc", "crossing.xosc")
    return make


# (kind, what, file name, content or maker, argv with {f} for the file, exit code, words the message must hold)
ROWS = [
    # scenario files
    ("scenario", "a key given twice", "s.json", '{"name":"a","name":"b","durationS":6,"ego":{"speedKph":30}}', ["run", "{f}"], 2, ["s.json", "name", "given twice"]),
    ("scenario", "\"ego\": null", "s.json", scenario(ego=None), ["run", "{f}"], 2, ["s.json", "ego", "expected an object", "found null"]),
    ("scenario", "wrong type", "s.json", scenario(ego__speedKph="fast"), ["run", "{f}"], 2, ["s.json", "ego.speedKph", "expected a number", "found \"fast\""]),
    ("scenario", "1e308 for a float", "s.json", scenario(ego__speedKph=1e308).replace("1e+308", "1e308"), ["run", "{f}"], 2, ["s.json", "ego.speedKph", "found 1e308"]),
    ("scenario", "unknown field", "s.json", scenario(ego__speedKmh=30), ["run", "{f}"], 2, ["s.json", "ego.speedKmh", "unknown field", "speedKph"]),
    ("scenario", "unknown enum name", "s.json", scenario(actors__0__class="car"), ["run", "{f}"], 2, ["s.json", "actors[0].class", "expected one of", "passengerCar", "found \"car\""]),
    ("scenario", "speed out of range", "s.json", scenario(ego__speedKph=900), ["run", "{f}"], 2, ["s.json", "ego.speedKph", "between 0 and 250", "found 900"]),
    ("scenario", "actor speed -300 (negative is oncoming, as Euro NCAP CCFhos; 250 km/h either way at most)", "s.json", scenario(actors__0__speedKph=-300), ["run", "{f}"], 2, ["s.json", "actors[0].speedKph", "between -250 and 250", "found -300"]),
    ("scenario", "actuatorWeak value -3", "s.json", scenario(faults=[{"input": "brakeFeedback", "kind": "actuatorWeak", "startS": 1, "value": -3}]), ["run", "{f}"], 2, ["s.json", "faults[0].value", "between 0 and 1", "found -3"]),
    ("scenario", "actuatorWeak value 5", "s.json", scenario(faults=[{"input": "brakeFeedback", "kind": "actuatorWeak", "startS": 1, "value": 5}]), ["run", "{f}"], 2, ["s.json", "faults[0].value", "between 0 and 1", "found 5"]),
    ("scenario", "actuatorWeak on a sensor", "s.json", scenario(faults=[{"input": "camera", "kind": "actuatorWeak", "startS": 1, "value": 0.5}]), ["run", "{f}"], 2, ["s.json", "faults[0]", "actuatorWeak", "brakeFeedback", "camera"]),
    ("scenario", "trackDisagree on frontRadar", "s.json", scenario(faults=[{"input": "frontRadar", "kind": "trackDisagree", "startS": 1, "value": 1}]), ["run", "{f}"], 2, ["s.json", "faults[0]", "trackDisagree"]),
    ("scenario", "malformed JSON", "s.json", '{"name": "a",', ["run", "{f}"], 2, ["s.json", "not valid JSON", "line"]),
    ("scenario", "empty file", "s.json", "", ["run", "{f}"], 2, ["s.json", "empty"]),
    ("scenario", "a folder given as the scenario", "dir/", None, ["run", "{f}"], 2, ["dir", "folder"]),
    ("scenario", "no such file", None, None, ["run", "{d}/nope.json"], 2, ["nope.json", "no such"]),
    ("scenario", "no such built-in name", None, None, ["run", "ccrs-500"], 2, ["ccrs-500"]),
    # matrix files
    ("matrix", "text axis used in arithmetic", "m.matrix.json", MATRIX.replace('"kph":[20,30]', '"kph":[20,30],"cls":["wall"]').replace('"durationS":6', '"durationS":"{=cls * 2}"'), ["suite", "{f}"], 2, ["m.matrix.json", "template.durationS", "'cls'", "text", "wall"]),
    ("matrix", "unknown variable", "m.matrix.json", MATRIX.replace('"{=kph}"', '"{=kpj}"'), ["suite", "{f}"], 2, ["m.matrix.json", "template.ego.speedKph", "unknown variable 'kpj'", "kph"]),
    ("matrix", "a placeholder that names no axis", "m.matrix.json", MATRIX.replace('"m-{kph}"', '"m-{kpj}"'), ["suite", "{f}"], 2, ["m.matrix.json", "template.name", "'{kpj}'", "names no axis", "kph"]),
    ("matrix", "160,000 combinations", "m.matrix.json", MATRIX.replace('"kph":[20,30]', '"a":[%s],"b":[%s]' % (",".join(["1"] * 400), ",".join(["1"] * 400))), ["suite", "{f}"], 2, ["m.matrix.json", "axes", "100000", "160000"]),
    ("matrix", "a case out of range", "m.matrix.json", MATRIX.replace('[20,30]', '[20,300]'), ["suite", "{f}"], 2, ["m.matrix.json", "kph=300", "ego.speedKph", "found 300"]),
    ("matrix", "a key given twice", "m.matrix.json", MATRIX.replace('"matrix":"m",', '"matrix":"m","matrix":"n",'), ["suite", "{f}"], 2, ["m.matrix.json", "matrix", "given twice"]),
    ("matrix", "run given a matrix", "m.matrix.json", MATRIX, ["run", "{f}", "--json"], 1, None),
    # suites
    ("suite", "no such suite", None, None, ["suite", "euro-ncap-cc"], 2, ["euro-ncap-cc"]),
    ("suite", "folder with one bad file", "suite/", {"a.json": scenario(), "b.json": scenario(name="b", ego__speedKph=-5)}, ["suite", "{f}"], 2, ["b.json", "ego.speedKph", "found -5"]),
    ("suite", "cases collide under a weak calibration (forward AEB only below 18 km/h)", "weak.json", '{"forwardAeb":{"maxSpeedMps":5}}', ["suite", "ccrs", "--calibration", "{f}"], 1, None),
    ("suite", "--min-score 150", None, None, ["suite", "demo", "--min-score", "150"], 2, ["--min-score", "150"]),
    ("suite", "--jobs 0", None, None, ["suite", "demo", "--jobs", "0"], 2, ["--jobs", "0"]),
    ("suite", "--report into an unwritable place", None, None, ["suite", "demo", "--report", "/proc/aeb-report"], 2, ["--report", "/proc/aeb-report", "no new"]),
    ("suite", "--report into a file", "plain.txt", "x", ["suite", "demo", "--report", "{f}"], 2, ["plain.txt"]),
    ("run", "--trace into a missing folder", None, None, ["run", "ccrs-50", "--trace", "/nonexist/t.csv"], 2, ["/nonexist", "--trace"]),
    # calibration
    ("calibration", "a key given twice", "cal.json", '{"forwardAeb":{"stopMarginM":1.5,"stopMarginM":2}}', ["run", "ccrs-50", "--calibration", "{f}"], 2, ["cal.json", "forwardAeb.stopMarginM", "given twice"]),
    ("calibration", "out of range, shown as written", "cal.json", '{"forwardAeb":{"stopMarginM":-9.8}}', ["run", "ccrs-50", "--calibration", "{f}"], 2, ["cal.json", "forwardAeb.stopMarginM", "found -9.8"]),
    ("calibration", "unknown key", "cal.json", '{"forwardAeb":{"stopMarginMeters":1}}', ["run", "ccrs-50", "--calibration", "{f}"], 2, ["cal.json", "forwardAeb.stopMarginMeters", "unknown field", "stopMarginM"]),
    ("calibration", "wrong type", "cal.json", '{"forwardAeb":{"stopMarginM":"big"}}', ["run", "ccrs-50", "--calibration", "{f}"], 2, ["cal.json", "forwardAeb.stopMarginM", "found \"big\""]),
    ("calibration", "null", "cal.json", '{"forwardAeb":null}', ["run", "ccrs-50", "--calibration", "{f}"], 2, ["cal.json", "forwardAeb", "found null"]),
    # world profiles
    ("world profile", "unknown parameter", "w.json", '{"name":"u","base":"ideal","frontRadar":{"rangeNoize":{"value":0.2,"source":"x"}}}', ["run", "ccrs-50", "--world", "{f}"], 2, ["w.json", "frontRadar.rangeNoize", "unknown field", "rangeNoiseM"]),
    ("world profile", "value out of range", "w.json", '{"name":"u","base":"ideal","camera":{"framePeriodUs":{"value":-5,"source":"x"}}}', ["run", "ccrs-50", "--world", "{f}"], 2, ["w.json", "camera.framePeriodUs.value", "whole number between", "(µs)", "found -5"]),
    ("world profile", "a key given twice", "w.json", '{"name":"u","base":"ideal","base":"realistic"}', ["run", "ccrs-50", "--world", "{f}"], 2, ["w.json", "base", "given twice"]),
    ("world profile", "no source", "w.json", '{"name":"u","base":"ideal","camera":{"framePeriodUs":{"value":40000}}}', ["run", "ccrs-50", "--world", "{f}"], 2, ["w.json", "camera.framePeriodUs.source", "required"]),
    ("world profile", "unknown base", "w.json", '{"name":"u","base":"nice"}', ["run", "ccrs-50", "--world", "{f}"], 2, ["w.json", "base", "ideal, realistic", "found \"nice\""]),
    ("world profile", "neither a world nor a file", None, None, ["run", "ccrs-50", "--world", "realstic"], 2, ["realstic", "ideal", "realistic"]),
    # space templates
    ("space", "unknown variable in the template", "s.space.json", SPACE.replace('"{=kph}"', '"{=kpj}"'), ["explore", "{f}", "--budget", "5", "--out", "{d}/ex"], 2, ["s.space.json", "template", "kpj"]),
    ("space", "expression giving infinity", "s.space.json", SPACE.replace('"{=kph}"', '"{=kph / (kph - kph)}"'), ["explore", "{f}", "--budget", "5", "--out", "{d}/ex"], 2, ["s.space.json", "template", "division by zero"]),
    ("space", "max below min", "s.space.json", SPACE.replace('"max":40', '"max":10'), ["explore", "{f}", "--budget", "5", "--out", "{d}/ex"], 2, ["s.space.json", "parameters.kph.max", "found 10"]),
    ("space", "a key given twice", "s.space.json", SPACE.replace('"space":"s",', '"space":"s","space":"t",'), ["explore", "{f}", "--budget", "5", "--out", "{d}/ex"], 2, ["s.space.json", "space", "given twice"]),
    # pin maps
    ("pin map", "{}", "p.json", "{}", ["hw", "--pinmap", "{f}", "--dry-run"], 2, ["p.json", "missing signal group"]),
    ("pin map", "no adc group", "p.json", lambda: pinmap(drop("adc")), ["hw", "--pinmap", "{f}", "--dry-run"], 2, ["p.json", "adc", "missing"]),
    ("pin map", "no inputs.gearDrive", "p.json", lambda: pinmap(drop("inputs", "gearDrive")), ["hw", "--pinmap", "{f}", "--dry-run"], 2, ["p.json", "inputs.gearDrive", "missing"]),
    ("pin map", "accelFlooredV 50", "p.json", lambda: pinmap(put(50, "adc", "accelFlooredV")), ["hw", "--pinmap", "{f}", "--dry-run"], 2, ["p.json", "adc.accelFlooredV", "found 50"]),
    ("pin map", "speedFullScaleMps 0", "p.json", lambda: pinmap(put(0, "adc", "speedFullScaleMps")), ["hw", "--pinmap", "{f}", "--dry-run"], 2, ["p.json", "adc.speedFullScaleMps", "found 0"]),
    ("pin map", "a key given twice", "p.json", lambda: pinmap(lambda m: None).replace('{', '{"adc":{},', 1), ["hw", "--pinmap", "{f}", "--dry-run"], 2, ["p.json", "adc", "given twice"]),
    # OpenSCENARIO / OpenDRIVE
    ("xosc", "pedestrian mass -3", None, xosc("crossing.xosc", 'mass="75"', 'mass="-3"'), ["run", "{f}"], 2, ["bad.xosc:", "Pedestrian[Adult]/@mass", "> 0 (kg)", "found '-3'"]),
    ("xosc", "pedestrian mass NaN", None, xosc("crossing.xosc", 'mass="75"', 'mass="NaN"'), ["run", "{f}"], 2, ["bad.xosc:", "@mass", "found 'NaN'"]),
    ("xosc", "negative deceleration rate via a parameter", None, xosc("ccrb.xosc", 'name="Decel" parameterType="double" value="4"', 'name="Decel" parameterType="double" value="-4"'), ["run", "{f}"], 2, ["bad.xosc:", "SpeedActionDynamics/@value", ">= 0", "found '-4' (from $Decel)"]),
    ("xosc", "ego at 900 km/h after conversion", None, xosc("crossing.xosc", 'name="EgoKph" parameterType="double" value="36"', 'name="EgoKph" parameterType="double" value="900"'), ["run", "{f}"], 2, ["bad.xosc", "ego.speedKph", "250", "found 900"]),
    ("xosc", "a catalog given as a scenario", None, lambda d: shutil.copytree(OSC_DATA, os.path.join(d, "osc"), dirs_exist_ok=True) and os.path.join(d, "osc", "catalogs", "vehicles.xosc"), ["run", "{f}"], 2, ["vehicles.xosc", "catalog"]),
    ("xosc", "a missing road file", None, xosc("crossing.xosc", 'filepath="road.xodr"', 'filepath="nope.xodr"'), ["run", "{f}"], 2, ["bad.xosc", "LogicFile", "nope.xodr"]),
    ("xosc", "not well-formed XML", None, xosc("crossing.xosc", "</OpenSCENARIO>", ""), ["run", "{f}"], 2, ["bad.xosc", "not well-formed XML"]),
    ("xosc", "unsupported element", None, lambda d: shutil.copytree(OSC_DATA, os.path.join(d, "osc"), dirs_exist_ok=True) and os.path.join(d, "osc", "unsupported.xosc"), ["run", "{f}"], 2, ["unsupported.xosc:", "not supported"]),
    ("xodr", "not well-formed OpenDRIVE", None, xodr("</OpenDRIVE>", ""), ["run", "{f}"], 2, ["road.xodr", "XML"]),
    # options and output
    ("list", "aeb list --json", None, None, ["list", "--json"], 0, None),
    ("options", "a word for a number", None, None, ["run", "ccrs-50", "--seeds", "abc"], 2, ["--seeds", "expected a whole number", "found abc"]),
    ("options", "--seeds 0", None, None, ["run", "ccrs-50", "--seeds", "0"], 2, ["--seeds", "1 to 10000", "found 0"]),
    ("options", "--shard 4/4", None, None, ["explore", "forward-aeb", "--shard", "4/4"], 2, ["--shard", "0 ≤ i < n", "found 4/4"]),
    ("options", "an unknown command", None, None, ["frobnicate"], 2, ["frobnicate"]),
    ("options", "an unknown option", None, None, ["suite", "demo", "--bogus"], 2, ["--bogus"]),
    ("options", "--out of explore into a file", "x.txt", "x", ["explore", "forward-aeb", "--out", "{f}"], 2, ["--out", "expected a folder", "x.txt"]),
    ("timing", "--cpu 99", None, None, ["timing", "--cpu", "99", "--duration", "1"], 2, ["--cpu", "99"]),
    ("timing", "--priority 999", None, None, ["timing", "--priority", "999", "--duration", "1"], 2, ["--priority", "999"]),
    ("timing", "--spin-us longer than the period", None, None, ["timing", "--spin-us", "20000", "--duration", "1"], 2, ["--spin-us", "20000"]),
    ("timing", "--duration 0", None, None, ["timing", "--duration", "0"], 2, ["--duration", "found 0"]),
]


def default_signals():
    # A job started in the background by a non-interactive shell inherits SIGINT ignored, and .NET keeps an
    # inherited "ignore": give the child the default so Ctrl-C reaches it as it does from a terminal.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def run(aeb, argv, timeout=600):
    p = subprocess.run(aeb + argv, capture_output=True, text=True, timeout=timeout, env=dict(os.environ, NO_COLOR="1"))
    return p.returncode, p.stdout, p.stderr


def judge_refusal(code, out, err, want_code, words):
    problems = []
    if code != want_code:
        problems.append(f"exit {code}, expected {want_code}")
    if want_code == 2:
        lines = [l for l in err.splitlines() if l.strip()]
        if len(lines) != 1:
            problems.append(f"{len(lines)} lines on stderr")
        if not err.startswith("aeb: "):
            problems.append("stderr does not start with 'aeb: '")
        if "   at " in err or "Exception" in err or "System." in err:
            problems.append("stack trace or .NET type name")
        if out.strip():
            problems.append("stdout not empty")
        for w in words or []:
            if w not in err:
                problems.append(f"message lacks '{w}'")
    return problems


def row(aeb, dir, spec):
    kind, what, name, content, argv, want, words = spec
    f = None
    if callable(content) and name is None:
        f = content(dir)
    elif name is not None:
        f = os.path.join(dir, name.rstrip("/"))
        if name.endswith("/"):
            os.makedirs(f, exist_ok=True)
            for child, text in (content or {}).items():
                with open(os.path.join(f, child), "w", encoding="utf-8") as h:
                    h.write(text)
        else:
            with open(f, "w", encoding="utf-8") as h:
                h.write(content() if callable(content) else content)
    args = [a.replace("{f}", f or "").replace("{d}", dir) for a in argv]
    code, out, err = run(aeb, args)
    problems = judge_refusal(code, out, err, want, words)
    if kind == "list" and code == 0:
        try:
            listed = json.loads(out)
            if not (isinstance(listed, list) and listed and all("name" in c and "mandatory" in c for c in listed)):
                problems.append("not a list of cases with name and mandatory")
        except ValueError as e:
            problems.append(f"stdout is not JSON ({e})")
        err = f"{len(listed)} cases as a JSON array on stdout" if not problems else err
    if kind == "matrix" and want == 1:
        # aeb run takes a user's matrix: a JSON array, one result per case (exit 1 only if a case fails).
        problems = [] if code in (0, 1) and out.lstrip().startswith("[") else [f"exit {code}, stdout {out[:60]!r}"]
        err = f"exit {code}: {len(json.loads(out)) if not problems else '?'} results as a JSON array"
    if want == 1 and kind == "suite":
        # An expectation failed: the verdict is the last line of stdout; stderr holds only progress.
        err = (out.strip().splitlines() or [""])[-1]
    message = (err.strip().splitlines() or [""])[0]
    return kind, what, "aeb " + " ".join(shlex.quote(a.replace(dir, "DIR")) for a in args), code, message.replace(dir, "DIR"), problems


def interrupted_timing(aeb, dir):
    """SIGTERM 3 s into a 30 s `aeb timing`: exit 143, the statistics so far printed, no cyclictest left."""
    p = subprocess.Popen(aeb + ["timing", "--duration", "30", "--priority", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=default_signals)
    time.sleep(6)
    p.send_signal(signal.SIGTERM)
    out, err = p.communicate(timeout=60)
    problems = []
    if p.returncode != 143:
        problems.append(f"exit {p.returncode}, expected 143")
    if "cycles" not in out and "cycles" not in err:
        problems.append("no statistics so far")
    left = subprocess.run(["pgrep", "-x", "cyclictest"], capture_output=True, text=True).stdout.strip()
    if left:
        problems.append(f"cyclictest still running: {left}")
    last = [l for l in err.splitlines() if l.strip()]
    return "timing", "SIGTERM 6 s into `aeb timing --duration 30`", "aeb timing --duration 30 --priority 0", p.returncode, (last[-1] if last else ""), problems


def interrupted_report(aeb, dir, sig, label, want):
    """A signal while `aeb suite all --report DIR` runs: no folder, or a complete one; never half."""
    report = os.path.join(dir, f"report-{label}")
    p = subprocess.Popen(aeb + ["suite", "all", "--report", report], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=default_signals)
    time.sleep(12)
    p.send_signal(sig)
    out, err = p.communicate(timeout=120)
    problems = []
    if p.returncode != want:
        problems.append(f"exit {p.returncode}, expected {want}")
    if os.path.exists(report) and not os.path.exists(os.path.join(report, "index.html")):
        problems.append("a half-written report folder was left")
    stray = [n for n in os.listdir(dir) if n.startswith(f"report-{label}") and n != f"report-{label}"]
    if stray:
        problems.append(f"temporary folders left: {stray}")
    last = [l for l in err.splitlines() if l.strip() and not l.startswith("progress")]
    return "report", f"{label} during `aeb suite all --report DIR`", f"aeb suite all --report DIR/report-{label}", p.returncode, (last[-1] if last else ""), problems


def interrupted_report_write(aeb, dir, earlier):
    """Ctrl-C while the report itself is being written (after every case ran); with an earlier report in the
    folder it must stay whole and unchanged, without one no folder may appear."""
    import threading
    report = os.path.join(dir, "report-write" + ("-over" if earlier else ""))
    if earlier:
        code, _, err = run(aeb, ["suite", "demo", "--report", report])
        assert os.path.exists(os.path.join(report, "index.html")), err
        with open(os.path.join(report, "index.html"), encoding="utf-8") as f:
            before = f.read()
    p = subprocess.Popen(aeb + ["suite", "ccrs", "--report", report], stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=default_signals)
    seen = []
    writing = threading.Event()

    def pump():
        for chunk in iter(lambda: p.stderr.read1(256), b""):
            seen.append(chunk.decode("utf-8", "replace"))
            if "writing report" in "".join(seen[-3:]):
                writing.set()

    t = threading.Thread(target=pump, daemon=True)
    t.start()
    problems = []
    if not writing.wait(300):
        problems.append("never reached 'writing report'")
    time.sleep(2)
    p.send_signal(signal.SIGINT)
    p.wait(timeout=120)
    t.join(10)
    err = "".join(seen).replace("\r", "\n")
    if p.returncode != 130:
        problems.append(f"exit {p.returncode}, expected 130")
    if earlier:
        index = os.path.join(report, "index.html")
        if not os.path.exists(index):
            problems.append("the earlier report was lost")
        else:
            with open(index, encoding="utf-8") as f:
                if f.read() != before:
                    problems.append("the earlier report was changed")
    elif os.path.exists(report):
        problems.append("a report folder was left")
    stray = [n for n in os.listdir(dir) if "aeb-writing" in n or "aeb-old" in n]
    if stray:
        problems.append(f"temporary folders left: {stray}")
    last = [l for l in err.splitlines() if l.strip() and "report:" not in l and "%" not in l]
    what = "Ctrl-C while the report is written" + (" over an earlier report" if earlier else "")
    return "report", what, f"aeb suite ccrs --report DIR/{os.path.basename(report)}", p.returncode, (last[-1] if last else ""), problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--aeb", default=f"dotnet {os.path.join(ROOT, 'src/AebController.Cli/bin/Debug/net10.0/aeb.dll')}")
    ap.add_argument("--markdown")
    ap.add_argument("--only")
    ap.add_argument("--no-slow", action="store_true")
    ap.add_argument("--slow-only", action="store_true")
    args = ap.parse_args()
    aeb = shlex.split(args.aeb)
    results = []
    with tempfile.TemporaryDirectory(prefix="aeb-bank-") as base:
        for i, spec in enumerate(ROWS):
            if args.slow_only or args.only and args.only not in spec[0] + spec[1]:
                continue
            dir = os.path.join(base, f"r{i}")
            os.makedirs(dir)
            results.append(row(aeb, dir, spec))
            print(("ok  " if not results[-1][5] else "BAD ") + f"{spec[0]}: {spec[1]}: {results[-1][3]} {results[-1][4]} {results[-1][5] or ''}", flush=True)
        if not args.no_slow and not args.only:
            for slow in (lambda: interrupted_timing(aeb, base),
                         lambda: interrupted_report(aeb, base, signal.SIGINT, "ctrl-c", 130),
                         lambda: interrupted_report(aeb, base, signal.SIGTERM, "sigterm", 143),
                         lambda: interrupted_report_write(aeb, base, earlier=False),
                         lambda: interrupted_report_write(aeb, base, earlier=True)):
                kind, what, command, code, message, problems = slow()
                results.append((kind, what, command, code, message.replace(base, "DIR"), problems))
                print(("ok  " if not results[-1][5] else "BAD ") + f"{results[-1][1]}: {results[-1][3]} {results[-1][4]} {results[-1][5] or ''}", flush=True)
    bad = [r for r in results if r[5]]
    print(f"{len(results) - len(bad)}/{len(results)} rows hold")
    if args.markdown:
        write_markdown(args.markdown, results)
    return 1 if bad else 0


def write_markdown(path, results):
    def cell(text):
        return text.replace("|", "\\|").replace("\n", " ")
    lines = [
        "# Bad input: what `aeb` answers",
        "",
        "Every row is run by `python3 tests/bad-input/bank.py --markdown docs/bad-input.md` against the built `aeb`",
        "and judged from outside: the exit code (0 ok, 1 an expectation failed, 2 bad input, 3 internal error with a",
        "log path, 130 Ctrl-C, 143 SIGTERM), one line on stderr starting `aeb: ` with no stack trace or .NET type",
        "name, nothing on stdout, and the words that name the file, the field, the expectation and the value found.",
        "DIR is the bank's temporary folder. The OpenSCENARIO rows edit copies of tests/AebController.Scenarios.Tests/OpenScenario/data.",
        "",
        "| file kind | bad input | command | exit | message (first line of stderr) | holds |",
        "|---|---|---|---|---|---|",
    ]
    for kind, what, command, code, message, problems in results:
        lines.append(f"| {cell(kind)} | {cell(what)} | `{cell(command)}` | {code} | {cell(message)} | {'yes' if not problems else 'NO: ' + cell('; '.join(problems))} |")
    lines.append("")
    lines.append(f"{sum(1 for r in results if not r[5])} of {len(results)} rows hold.")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main())
