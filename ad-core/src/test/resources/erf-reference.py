#!/usr/bin/env python3
"""Generates erf-reference.csv: erf at the exact binary value of each double, to 40 digits.

Run from this directory:  python3 erf-reference.py > erf-reference.csv   (needs mpmath)
Each x is repr(float), which Java's Double.parseDouble reads back to the same double; the
reference is erf of that double's exact value, so the test measures only the implementation's error.
"""
import mpmath

mpmath.mp.dps = 40

POINTS = [
    "0", "1e-310", "1e-300", "1e-10", "3.7e-9", "1e-5", "0.1", "0.25", "0.5", "0.6174",
    "0.84375", "0.8437499999999999", "0.9", "1", "1.1", "1.25", "1.2499999999999998",
    "1.5", "2", "2.5", "2.857", "2.857142857142857", "3", "4", "5", "5.5", "5.9", "5.999",
    "6", "10", "27", "28", "1e300",
]

print("x,erf")
for text in POINTS:
    for sign in ([1] if float(text) == 0 else [1, -1]):
        x = sign * float(text)
        print(f"{x!r},{mpmath.nstr(mpmath.erf(mpmath.mpf(x)), 30)}")
