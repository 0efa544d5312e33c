#!/usr/bin/env python3
"""The Python baseline for benches/predictions_1m.rs: score a predictions file
against hidden answers the usual way, with pandas and scikit-learn.

    predictions_1m_pandas.py ANSWERS PREDICTIONS METRIC [--id id] [--target target] [--runs 5]

Checks what Plaza checks, reasonably: the columns are there, answer ids are
unique and their Usage is Public or Private, targets are finite numbers (0/1
for roc_auc), prediction ids are unique, none is missing and none is extra,
predictions are finite numbers (in [0, 1] for roc_auc). Then the metric on the
Public rows and on the Private rows with scikit-learn.

Times three stages, as the Rust bench does: read + parse the answers; read +
parse + validate the predictions (aligned to the answers); the two metric
calls. Prints one JSON object: the median of each stage over the runs, the
median of the run totals, both scores and the library versions.

Needs `pip install pandas scikit-learn`.
"""

import argparse
import json
import platform
import statistics
import sys
import time

import numpy as np
import pandas as pd
import sklearn
from sklearn import metrics as skm


class Refused(Exception):
    """The file would be refused; the message says why."""


def rmse(y_true, y_pred):
    if hasattr(skm, "root_mean_squared_error"):
        return skm.root_mean_squared_error(y_true, y_pred)
    return skm.mean_squared_error(y_true, y_pred) ** 0.5


METRICS = {"roc_auc": skm.roc_auc_score, "rmse": rmse}


def numbers(column, what):
    values = pd.to_numeric(column, errors="coerce").to_numpy(dtype=np.float64)
    bad = ~np.isfinite(values)
    if bad.any():
        raise Refused(f"{bad.sum()} {what} are not finite numbers")
    return values


def read_answers(path, id_col, target_col, metric):
    answers = pd.read_csv(path, dtype={id_col: str, "Usage": str}, keep_default_na=False)
    for col in (id_col, target_col, "Usage"):
        if col not in answers.columns:
            raise Refused(f"answers: no column {col}")
    ids = answers[id_col].str.strip()
    if (ids == "").any():
        raise Refused("answers: empty ids")
    if ids.duplicated().any():
        raise Refused("answers: repeated ids")
    usage = answers["Usage"].str.strip()
    if not usage.isin(["Public", "Private"]).all():
        raise Refused("answers: Usage must be Public or Private")
    truth = numbers(answers[target_col], "targets")
    if metric == "roc_auc" and not np.isin(truth, [0.0, 1.0]).all():
        raise Refused("answers: targets must be 0 or 1")
    public = (usage == "Public").to_numpy()
    return pd.Index(ids), truth, public


def read_predictions(path, id_col, target_col, metric, answer_ids):
    predictions = pd.read_csv(path, dtype={id_col: str}, keep_default_na=False)
    for col in (id_col, target_col):
        if col not in predictions.columns:
            raise Refused(f"predictions: no column {col}")
    ids = predictions[id_col].str.strip()
    if ids.duplicated().any():
        raise Refused("predictions: repeated ids")
    extra = ~ids.isin(answer_ids)
    if extra.any():
        raise Refused(f"predictions: {extra.sum()} ids are not ids to predict")
    values = numbers(predictions[target_col], "predictions")
    if metric == "roc_auc" and ((values < 0) | (values > 1)).any():
        raise Refused("predictions: probabilities must be in [0, 1]")
    # Aligned row by row with the answers; an id never predicted is NaN.
    aligned = pd.Series(values, index=pd.Index(ids)).reindex(answer_ids).to_numpy()
    missing = np.isnan(aligned)
    if missing.any():
        raise Refused(f"predictions: missing {missing.sum()} ids")
    return aligned


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("answers")
    parser.add_argument("predictions")
    parser.add_argument("metric", choices=sorted(METRICS))
    parser.add_argument("--id", default="id")
    parser.add_argument("--target", default="target")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    metric = METRICS[args.metric]

    stages = {"parse_answers_s": [], "parse_predictions_s": [], "metric_s": [], "total_s": []}
    public_score = private_score = None
    for _ in range(max(args.runs, 1)):
        started = time.perf_counter()
        ids, truth, public = read_answers(args.answers, args.id, args.target, args.metric)
        parsed = time.perf_counter()
        predicted = read_predictions(args.predictions, args.id, args.target, args.metric, ids)
        validated = time.perf_counter()
        public_score = float(metric(truth[public], predicted[public]))
        private_score = float(metric(truth[~public], predicted[~public]))
        scored = time.perf_counter()
        stages["parse_answers_s"].append(parsed - started)
        stages["parse_predictions_s"].append(validated - parsed)
        stages["metric_s"].append(scored - validated)
        stages["total_s"].append(scored - started)

    report = {key: statistics.median(values) for key, values in stages.items()}
    report.update(
        runs=max(args.runs, 1),
        public=public_score,
        private=private_score,
        python=platform.python_version(),
        pandas=pd.__version__,
        sklearn=sklearn.__version__,
        numpy=np.__version__,
    )
    json.dump(report, sys.stdout)
    print()


if __name__ == "__main__":
    try:
        main()
    except Refused as refused:
        print(f"refused: {refused}", file=sys.stderr)
        sys.exit(2)
