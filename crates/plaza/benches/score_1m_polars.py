#!/usr/bin/env python3
"""The polars side of benches/score_1m.rs: score a predictions file against
hidden answers with polars, doing the work `plaza score` does.

    score_1m_polars.py ANSWERS PREDICTIONS METRIC [--id id] [--target target]

Reads the answers (id, target, Usage) and checks them: ids not empty and
unique, Usage Public or Private, targets finite numbers (0 or 1 for roc_auc).
Reads the predictions and checks them: ids unique, none missing, none extra,
predictions finite numbers (in [0, 1] for roc_auc). Joins them on the id and
computes the metric on the Public rows and on the Private rows (roc_auc from
average ranks, so ties count one half, as scikit-learn counts them).

Prints one JSON object: both scores and the versions. The bench times the
whole process, as it times `plaza score`. Needs `pip install polars`.
"""

import argparse
import json
import platform
import sys

import polars as pl


class Refused(Exception):
    """The file would be refused; the message says why."""


def read_answers(path, id_col, target_col, metric):
    answers = pl.read_csv(path, schema_overrides={id_col: pl.String, target_col: pl.Float64, "Usage": pl.String})
    for col in (id_col, target_col, "Usage"):
        if col not in answers.columns:
            raise Refused(f"answers: no column {col}")
    answers = answers.select(
        pl.col(id_col).str.strip_chars().alias("id"),
        pl.col(target_col).alias("truth"),
        pl.col("Usage").str.strip_chars().alias("usage"),
    )
    checks = answers.select(
        empty=(pl.col("id").is_null() | (pl.col("id") == "")).any(),
        repeated=pl.col("id").is_duplicated().any(),
        bad_usage=(~pl.col("usage").is_in(["Public", "Private"])).any(),
        not_finite=(~pl.col("truth").is_finite()).fill_null(True).any(),
        not_binary=(~pl.col("truth").is_in([0.0, 1.0])).any(),
    ).row(0, named=True)
    if checks["empty"]:
        raise Refused("answers: empty ids")
    if checks["repeated"]:
        raise Refused("answers: repeated ids")
    if checks["bad_usage"]:
        raise Refused("answers: Usage must be Public or Private")
    if checks["not_finite"]:
        raise Refused("answers: targets must be finite numbers")
    if metric == "roc_auc" and checks["not_binary"]:
        raise Refused("answers: targets must be 0 or 1")
    return answers


def read_predictions(path, id_col, target_col, metric):
    predictions = pl.read_csv(path, schema_overrides={id_col: pl.String, target_col: pl.Float64})
    for col in (id_col, target_col):
        if col not in predictions.columns:
            raise Refused(f"predictions: no column {col}")
    predictions = predictions.select(
        pl.col(id_col).str.strip_chars().alias("id"), pl.col(target_col).alias("predicted")
    )
    checks = predictions.select(
        repeated=pl.col("id").is_duplicated().any(),
        not_finite=(~pl.col("predicted").is_finite()).fill_null(True).any(),
        out_of_range=((pl.col("predicted") < 0) | (pl.col("predicted") > 1)).any(),
    ).row(0, named=True)
    if checks["repeated"]:
        raise Refused("predictions: repeated ids")
    if checks["not_finite"]:
        raise Refused("predictions: predictions must be finite numbers")
    if metric == "roc_auc" and checks["out_of_range"]:
        raise Refused("predictions: probabilities must be in [0, 1]")
    return predictions


def roc_auc(rows):
    ranked = rows.select(pl.col("truth"), pl.col("predicted").rank("average").alias("rank"))
    sums = ranked.select(
        positives=(pl.col("truth") == 1.0).sum(),
        negatives=(pl.col("truth") == 0.0).sum(),
        rank_sum=pl.col("rank").filter(pl.col("truth") == 1.0).sum(),
    ).row(0, named=True)
    p, n = sums["positives"], sums["negatives"]
    if p == 0 or n == 0:
        raise Refused("roc_auc needs both classes")
    return (sums["rank_sum"] - p * (p + 1) / 2) / (p * n)


def rmse(rows):
    return rows.select(((pl.col("truth") - pl.col("predicted")) ** 2).mean().sqrt()).item()


METRICS = {"roc_auc": roc_auc, "rmse": rmse}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("answers")
    parser.add_argument("predictions")
    parser.add_argument("metric", choices=sorted(METRICS))
    parser.add_argument("--id", default="id")
    parser.add_argument("--target", default="target")
    args = parser.parse_args()

    answers = read_answers(args.answers, args.id, args.target, args.metric)
    predictions = read_predictions(args.predictions, args.id, args.target, args.metric)
    joined = answers.join(predictions, on="id", how="left")
    missing = joined.select(pl.col("predicted").is_null().sum()).item()
    if missing:
        raise Refused(f"predictions: missing {missing} ids")
    extra = predictions.height - (joined.height - missing)
    if extra:
        raise Refused(f"predictions: {extra} ids are not ids to predict")
    metric = METRICS[args.metric]
    public = metric(joined.filter(pl.col("usage") == "Public"))
    private = metric(joined.filter(pl.col("usage") == "Private"))
    json.dump(
        {"public": public, "private": private, "python": platform.python_version(), "polars": pl.__version__},
        sys.stdout,
    )
    print()


if __name__ == "__main__":
    try:
        main()
    except Refused as refused:
        print(f"refused: {refused}", file=sys.stderr)
        sys.exit(2)
