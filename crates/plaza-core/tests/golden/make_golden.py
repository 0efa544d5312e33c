#!/usr/bin/env python3
"""Writes metrics.json: metric values computed by scikit-learn on fixed inputs.

Plaza's metrics (crates/plaza-core/src/scoring/metrics) must agree with these
to 1e-9 relative; tests/golden.rs checks every case, both on plain cells and
through the answers/predictions CSV path.

Each case holds the cells as they would appear in a CSV file (strings) and
what scikit-learn returns on the values pandas would read from them (numbers
for numeric and boolean columns, strings for text). A case scikit-learn
refuses (or answers with NaN) has "expected": null and an "error" saying why;
Plaza must refuse it too.

Regenerate (the inputs are fixed, so the output only changes with
scikit-learn):

    python3 -m venv /tmp/skl && /tmp/skl/bin/pip install scikit-learn numpy
    /tmp/skl/bin/python crates/plaza-core/tests/golden/make_golden.py
"""

import json
import math
import os
import warnings

import numpy as np
import sklearn
from sklearn import metrics as skm

warnings.simplefilter("ignore")  # zero-division and one-class warnings are expected

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "metrics.json")


def log_loss(y_true, y_proba):
    # Binary with both labels declared, so that one-class truth is still defined.
    return skm.log_loss(y_true, y_proba, labels=[0, 1])


SKLEARN = {
    "accuracy": skm.accuracy_score,
    "balanced_accuracy": skm.balanced_accuracy_score,
    "f1": lambda t, p: skm.f1_score(t, p, pos_label=1),
    "f1_macro": lambda t, p: skm.f1_score(t, p, average="macro"),
    "precision": lambda t, p: skm.precision_score(t, p, pos_label=1),
    "recall": lambda t, p: skm.recall_score(t, p, pos_label=1),
    "roc_auc": skm.roc_auc_score,
    "log_loss": log_loss,
    "rmse": skm.root_mean_squared_error,
    "mae": skm.mean_absolute_error,
    "r2": skm.r2_score,
    "rmsle": skm.root_mean_squared_log_error,
}

cases = []


def cell(value):
    """How a value is written in a CSV file."""
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return repr(float(value))


def add(name, metric, y_true, y_pred, cells_true=None, cells_pred=None, plaza_error=None):
    """Adds a case; cells default to the values written out."""
    cells_true = cells_true or [cell(v) for v in y_true]
    cells_pred = cells_pred or [cell(v) for v in y_pred]
    assert len(cells_true) == len(y_true) and len(cells_pred) == len(y_pred)
    case = {"name": name, "metric": metric, "y_true": cells_true, "y_pred": cells_pred}
    try:
        value = float(SKLEARN[metric](np.asarray(y_true), np.asarray(y_pred)))
        error = "scikit-learn returns NaN" if math.isnan(value) else None
    except ValueError as err:
        value, error = None, "scikit-learn: " + str(err).splitlines()[0]
    if plaza_error is not None:
        value, error = None, plaza_error
    if error is not None:
        case["expected"], case["error"] = None, error
    else:
        case["expected"] = value
    cases.append(case)


rng = np.random.RandomState(20261201)

# --- labels: accuracy, balanced_accuracy, f1_macro -------------------------
places = np.array(["bakery", "cafe", "grocery", "restaurant", "school cafeteria"])
truth_text = places[rng.choice(5, size=150, p=[0.4, 0.25, 0.2, 0.1, 0.05])]
pred_text = np.where(rng.rand(150) < 0.6, truth_text, places[rng.randint(0, 5, size=150)])
truth_bin = (rng.rand(200) < 0.3).astype(int)
pred_bin = np.where(rng.rand(200) < 0.75, truth_bin, 1 - truth_bin)
rare = (rng.rand(200) < 0.1).astype(int)
rare_pred = np.where(rng.rand(200) < 0.85, rare, 1 - rare)
ints = rng.randint(0, 4, size=120)
ints_pred = np.where(rng.rand(120) < 0.5, ints, rng.randint(0, 4, size=120))
unseen_t = ["a", "b", "a", "b", "a", "a", "b", "b"]
unseen_p = ["a", "c", "a", "b", "c", "a", "b", "a"]

for metric in ["accuracy", "balanced_accuracy", "f1_macro"]:
    add(f"{metric}: text labels, five classes", metric, list(truth_text), list(pred_text))
    add(f"{metric}: binary 0/1", metric, list(truth_bin), list(pred_bin))
    add(f"{metric}: rare class", metric, list(rare), list(rare_pred))
    add(f"{metric}: integer classes", metric, list(ints), list(ints_pred))
    add(f"{metric}: a predicted label absent from the truth", metric, unseen_t, unseen_p)
    add(f"{metric}: one class in the truth", metric, ["x"] * 5, ["x", "y", "x", "x", "z"])
    add(f"{metric}: all correct", metric, ["no", "yes", "maybe"], ["no", "yes", "maybe"])
    add(f"{metric}: all wrong", metric, ["no", "yes", "no"], ["yes", "no", "maybe"])
    # pandas reads 1, 1.0 and 01 as the same number, so scikit-learn sees one label.
    add(f"{metric}: numeric spellings", metric, [1, 2, 3, 1, 2], [1.0, 2.0, 3.0, 2.0, 1.0],
        cells_true=["1", "2", "3", "1", "2"], cells_pred=["1.0", "02", " 3 ", "2.0", "1e0"])
    add(f"{metric}: true/false against 1/0", metric, [True, False, True, True], [1, 0, 0, 1])
    add(f"{metric}: labels differ in case", metric, ["Cat", "cat", "Dog"], ["cat", "cat", "Dog"])
    add(f"{metric}: no rows", metric, [], [])

# --- yes/no: f1, precision, recall ----------------------------------------
for metric in ["f1", "precision", "recall"]:
    add(f"{metric}: random", metric, list(truth_bin), list(pred_bin))
    add(f"{metric}: rare positives", metric, list(rare), list(rare_pred))
    add(f"{metric}: no predicted positives", metric, [0, 1, 1, 0, 1], [0, 0, 0, 0, 0])
    add(f"{metric}: no positives at all", metric, [0, 0, 0], [0, 0, 0])
    add(f"{metric}: no true positives among predictions", metric, [0, 0, 1], [1, 1, 0])
    add(f"{metric}: perfect", metric, [0, 1, 1, 0], [0, 1, 1, 0])
    add(f"{metric}: written as true/false", metric, [True, False, True, True, False], [1, 0, 0, 1, 1],
        cells_true=["true", "FALSE", "True", "1.0", "0"], cells_pred=["1", "0", "false", "TRUE", "1"])
    add(f"{metric}: not yes/no", metric, [0, 1, 2], [0, 1, 1],
        plaza_error="Plaza: targets must be 0 or 1")

# --- probabilities: roc_auc, log_loss -------------------------------------
signal = rng.rand(300)
truth_p = (rng.rand(300) < signal).astype(int)
probs = np.round(np.clip(signal + rng.normal(0, 0.25, 300), 0, 1), 4)
coarse = np.round(probs[:200], 1)
for metric in ["roc_auc", "log_loss"]:
    add(f"{metric}: random probabilities", metric, list(truth_p), list(probs))
    add(f"{metric}: probabilities away from 0 and 1", metric, list(truth_p), list(np.clip(probs, 0.02, 0.98)))
    add(f"{metric}: heavy ties", metric, list(truth_p[:200]), list(coarse))
    add(f"{metric}: every prediction equal", metric, [0, 1, 1, 0, 1], [0.5] * 5)
    add(f"{metric}: perfect", metric, [0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9])
    add(f"{metric}: inverted", metric, [0, 0, 1, 1], [0.9, 0.8, 0.2, 0.1])
    add(f"{metric}: hard 0/1 predictions, right and wrong", metric, [1, 0, 1, 0, 1, 0], [1.0, 0.0, 0.0, 1.0, 1.0, 0.0],
        cells_pred=["1", "0", "0.0", "1.0", "1", "0"])
    add(f"{metric}: probabilities next to 0 and 1", metric, [1, 0, 1, 0, 1, 0],
        [1e-17, 1 - 1e-16, 2.220446049250313e-16, 0.9999999999999998, 1e-300, 5e-324])
    add(f"{metric}: only positives", metric, [1, 1, 1], [0.2, 0.9, 1.0])
    add(f"{metric}: only negatives", metric, [0, 0], [0.3, 0.0])
    add(f"{metric}: true/false targets", metric, [True, False, True], [0.7, 0.4, 0.4])
    add(f"{metric}: probability above 1", metric, [0, 1], [0.5, 1.5],
        plaza_error="Plaza: predictions must be probabilities between 0 and 1")

# --- numbers: rmse, mae, r2, rmsle -----------------------------------------
y = np.round(rng.normal(50, 20, 200), 3)
y_hat = np.round(y + rng.normal(0, 8, 200), 3)
big = np.round(rng.lognormal(13, 1, 150), 2)
big_hat = np.round(big * rng.lognormal(0, 0.3, 150), 2)
counts = rng.poisson(3, 150)
counts_hat = np.round(np.abs(counts + rng.normal(0, 1.5, 150)), 2)
for metric in ["rmse", "mae", "r2", "rmsle"]:
    if metric != "rmsle":
        add(f"{metric}: random", metric, list(y), list(y_hat))
        add(f"{metric}: worse than the mean", metric, [1.0, 2.0, 3.0, 4.0], [4.0, -1.0, 6.0, 0.5])
        add(f"{metric}: negative values", metric, [-3.5, -1.25, 0.0, 2.0], [-3.0, -2.0, 0.5, 1.0])
    add(f"{metric}: large values", metric, list(big), list(big_hat))
    add(f"{metric}: counts with zeros", metric, list(counts), list(counts_hat))
    add(f"{metric}: perfect", metric, [0.5, 2.0, 7.25, 3.0], [0.5, 2.0, 7.25, 3.0])
    add(f"{metric}: constant truth, perfect", metric, [5.0] * 4, [5.0] * 4)
    add(f"{metric}: constant truth, imperfect", metric, [5.0] * 4, [5.0, 4.0, 5.5, 5.0])
    add(f"{metric}: two rows", metric, [1.0, 3.0], [2.0, 2.0])
    add(f"{metric}: one row", metric, [2.5], [3.0])
    add(f"{metric}: not a number", metric, [1.0, 2.0], [1.0, 2.0], cells_pred=["1", "two"],
        plaza_error="Plaza: predictions must be numbers")
    add(f"{metric}: no rows", metric, [], [])
add("rmsle: negative prediction", "rmsle", [1.0, 2.0], [1.0, -0.5],
    plaza_error="Plaza refuses negative values (scikit-learn accepts values above -1)")
add("rmsle: negative target", "rmsle", [-0.5, 2.0], [1.0, 2.0],
    plaza_error="Plaza refuses negative values (scikit-learn accepts values above -1)")

with open(OUT, "w") as f:
    # One case per line keeps diffs readable.
    f.write('{"sklearn": %s, "numpy": %s, "cases": [\n' % (json.dumps(sklearn.__version__), json.dumps(np.__version__)))
    f.write(",\n".join(json.dumps(case, allow_nan=False) for case in cases))
    f.write("\n]}\n")
print(f"wrote {len(cases)} cases to {OUT} ({os.path.getsize(OUT)} bytes)")
