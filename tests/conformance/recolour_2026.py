#!/usr/bin/env python3
# Usage: python3 tests/conformance/recolour_2026.py REPORT/results.csv  (after aeb suite euro-ncap-2026-frontal --report REPORT)
# Independent recomputation of Euro NCAP 2026 colours from results.csv (FC v1.1 §5.2 band rows by test speed;
# avoidance-only scenarios; head-on by speed reduction). Written from regulations-verified.md §2, not from our code.
import csv, sys
AVOID = {'CCFtap','CMFtap','CCCscp','CMCscp','CPMRCs','CPMFC'}
def band(test, v):
    if v <= 0: return 'green'
    if test <= 20: return 'red'
    if test <= 30: return 'brown' if v <= 10 else 'red'
    if test <= 40: return 'orange' if v <= 10 else 'brown' if v <= 20 else 'red'
    return 'yellow' if v <= 10 else 'orange' if v <= 20 else 'brown' if v <= 30 else 'red'
bad = n = 0
for r in csv.DictReader(open(sys.argv[1])):
    if r['protocol'] != 'euro-ncap-2026' or not r['colour']: continue
    sc, test, v = r['cellScenario'], float(r['testSpeedKph']), float(r['relativeImpactSpeedKph'] or 0)
    if sc in ('CCFhos','CCFhol'):
        tgt = float(r['targetSpeedKph']); red = test if v == 0 else max(0.0, min(test, test - (v - tgt)))
        want = 'red' if red <= 10 else 'orange' if red <= 20 else 'green'
    elif sc in AVOID or sc.endswith('SfS'): want = 'green' if v <= 0 else 'red'
    else: want = band(test, v)
    n += 1
    if want != r['colour']: bad += 1; print('MISMATCH', r['scenario'], sc, test, v, r['colour'], want)
print(f'{n} cells recoloured, {bad} mismatches')
