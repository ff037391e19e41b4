#!/usr/bin/env python3
"""Generates elementary-reference.csv: value and derivative of the functions adcheck implements
itself (or whose derivative it forms specially near a domain edge), at the exact binary value of
each double, to 30 significant digits.

Run from this directory:  python3 elementary-reference.py > elementary-reference.csv   (needs mpmath)
"""
import mpmath
from mpmath import mpf

# 400 digits: sigmoid(745)·(1 − sigmoid(745)) and log(1 + e^−700) need ~330 to survive cancellation
mpmath.mp.dps = 400

def sigmoid(x):
    return 1 / (1 + mpmath.exp(-x))

FUNCTIONS = {
    # name: (value, derivative)
    "asinh": (mpmath.asinh, lambda x: 1 / mpmath.sqrt(1 + x * x)),
    "acosh": (mpmath.acosh, lambda x: 1 / mpmath.sqrt(x * x - 1) if x != 1 else mpmath.inf),
    "atanh": (mpmath.atanh, lambda x: 1 / (1 - x * x)),
    "log2": (lambda x: mpmath.log(x, 2), lambda x: 1 / (x * mpmath.log(2))),
    "sigmoid": (sigmoid, lambda x: sigmoid(x) * (1 - sigmoid(x))),
    "softplus": (lambda x: mpmath.log(1 + mpmath.exp(x)), sigmoid),
    "tanh": (mpmath.tanh, lambda x: 1 / mpmath.cosh(x) ** 2),
    "asin": (mpmath.asin, lambda x: 1 / mpmath.sqrt(1 - x * x)),
    "acos": (mpmath.acos, lambda x: -1 / mpmath.sqrt(1 - x * x)),
    "expm1": (mpmath.expm1, mpmath.exp),
    "log1p": (mpmath.log1p, lambda x: 1 / (1 + x)),
    "erf": (mpmath.erf, lambda x: 2 / mpmath.sqrt(mpmath.pi) * mpmath.exp(-x * x)),
}

POINTS = {
    "asinh": ["1e-300", "1e-10", "0.001", "0.5", "1", "3", "100000", "300000000", "1e300", "1.7e308"],
    "acosh": ["1", "1.0000000000000002", "1.000001", "1.5", "1.9999999", "2", "3", "100000",
              "300000000", "1e300"],
    "atanh": ["1e-300", "1e-10", "0.001", "0.5", "0.9", "0.999999", "0.999999999999"],
    "log2": ["5e-324", "1e-310", "1e-300", "0.5", "0.7", "0.9999999", "1.0000001", "1.4142",
             "1.5", "3", "10", "1e300"],
    "sigmoid": ["0", "1", "10", "30", "36.7", "100", "700", "745"],
    "softplus": ["0", "1e-10", "1", "10", "30", "36.7", "100", "700"],
    "tanh": ["1e-10", "0.5", "1", "5", "10", "19", "100"],
    "asin": ["1e-10", "0.5", "0.9", "0.999999", "0.999999999999"],
    "acos": ["1e-10", "0.5", "0.9", "0.999999", "0.999999999999"],
    "expm1": ["1e-12", "1e-5", "0.5", "1", "-40", "700"],
    "log1p": ["1e-12", "1e-5", "0.5", "1", "-0.999999", "1e300"],
    "erf": ["1e-10", "0.5", "1", "2", "5", "10"],
}
# functions that are odd or even around 0 are also checked at -x; acosh is not, log2 has no -x
NEGATED = {"asinh", "atanh", "sigmoid", "softplus", "tanh", "asin", "acos", "expm1", "log1p", "erf"}

print("function,x,value,derivative")
for name, (f, df) in FUNCTIONS.items():
    for text in POINTS[name]:
        signs = [1, -1] if name in NEGATED and float(text) != 0 else [1]
        for sign in signs:
            x = sign * float(text)
            if name == "log1p" and x <= -1:
                continue
            if name == "expm1" and x < -30 and sign == -1:
                continue
            X = mpf(x)
            print(f"{name},{x!r},{mpmath.nstr(f(X), 30)},{mpmath.nstr(df(X), 30)}")
