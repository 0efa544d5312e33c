#!/usr/bin/env python3
"""Regenerate data/ and hidden/ of challenges/toronto-street-trees.

Usage: python3 challenges/scripts/prepare_toronto-street-trees.py [DATA_ROOT]

DATA_ROOT is the folder holding the prepared open datasets (default:
../shared/data relative to the repository root). Python 3.11 standard library
only; the output is byte-for-byte deterministic.

Task (DATASET.md): predict DBH_TRUNK (trunk diameter) of each tree.
* trees without a DBH value cannot be scored; they go to a separate public
  file (the inventory gaps), without a target;
* whole streets are held out: streets are ordered by a SHA-256 hash of
  STREETNAME and the first 20% of streets (rounded) form the hidden test set;
* Public/Private: random halves of the held-out streets (by a second hash),
  so every tree of a street is on the same leaderboard;
* whole-number columns are written without ".0"; no column leaks the target,
  so all columns are kept.
"""
import csv
import hashlib
import sys
from pathlib import Path

BUNDLE = "toronto-street-trees"
REPO_ROOT = Path(__file__).resolve().parents[2]
OUT = REPO_ROOT / "challenges" / BUNDLE

ID = "STRUCTID"
TARGET = "DBH_TRUNK"
GROUP = "STREETNAME"
INTEGER = ["_id", "OBJECTID", "ADDRESS", "UNIT_NUMBER", "TREE_POSITION_NUMBER", "WARD", "DBH_TRUNK"]
HOLDOUT_SHARE = 0.20


def whole(value: str) -> str:
    if value.strip() == "":
        return ""
    f = float(value)
    if f != int(f):
        raise ValueError(f"not a whole number: {value!r}")
    return str(int(f))


def key(purpose: str, value: str) -> str:
    return hashlib.sha256(f"{BUNDLE}:{purpose}:{value}".encode()).hexdigest()


def write_csv(path: Path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else (REPO_ROOT / ".." / "shared" / "data")
    src = root.resolve() / BUNDLE
    with open(src / "street_trees_york_eastyork.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    cols = list(rows[0].keys())
    for r in rows:
        for c in INTEGER:
            r[c] = whole(r[c])
    ids = [r[ID] for r in rows]
    assert len(set(ids)) == len(ids) and all(ids)
    rows.sort(key=lambda r: (r["partition"], int(r["_id"])))

    # id first; target last
    features = [ID] + [c for c in cols if c not in (ID, TARGET)]
    scored = [r for r in rows if r[TARGET] != ""]
    missing = [r for r in rows if r[TARGET] == ""]

    streets = sorted({r[GROUP] for r in scored}, key=lambda s: key("holdout", s))
    held = set(streets[: round(len(streets) * HOLDOUT_SHARE)])
    held_sorted = sorted(held, key=lambda s: key("usage", s))
    public_streets = set(held_sorted[: len(held_sorted) // 2])

    train = [r for r in scored if r[GROUP] not in held]
    test = [r for r in scored if r[GROUP] in held]

    write_csv(OUT / "data" / "train.csv", features + [TARGET], ([r[c] for c in features + [TARGET]] for r in train))
    write_csv(OUT / "data" / "test_features.csv", features, ([r[c] for c in features] for r in test))
    write_csv(OUT / "data" / "trees_missing_dbh.csv", features, ([r[c] for c in features] for r in missing))
    write_csv(OUT / "hidden" / "answers.csv", [ID, TARGET, "Usage"],
              ([r[ID], r[TARGET], "Public" if r[GROUP] in public_streets else "Private"] for r in test))

    pub = sum(1 for r in test if r[GROUP] in public_streets)
    print(f"{BUNDLE}: streets={len(streets)} held_out_streets={len(held)} (public {len(public_streets)}) "
          f"train={len(train)} test={len(test)} public={pub} private={len(test) - pub} missing_dbh={len(missing)}")


if __name__ == "__main__":
    main()
