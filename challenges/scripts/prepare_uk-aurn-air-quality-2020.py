#!/usr/bin/env python3
"""Regenerate data/ and hidden/ of challenges/uk-aurn-air-quality-2020.

Usage: python3 challenges/scripts/prepare_uk-aurn-air-quality-2020.py [DATA_ROOT]

DATA_ROOT is the folder holding the prepared open datasets (default:
../shared/data relative to the repository root). Python 3.11 standard library
only; the output is byte-for-byte deterministic.

The task (DATASET.md): forecast daily NO2 at all 74 sites for 2020-08-01 ..
2020-08-31 from the February-July record.
* public: NO2 February-July (target Poll_Value), O3 and PM2.5 February-July
  as optional covariates, and the August NO2 rows without Poll_Value;
* hidden: the August NO2 answers, split 50/50 Public/Private stratified by
  site (per site, days ordered by a SHA-256 hash); the code track's input is
  the August rows without Poll_Value (same ids as the answers);
* every row gets one id column, site_date = "<SCODE>_<YYYY-MM-DD>".
"""
import csv
import hashlib
import sys
from pathlib import Path

BUNDLE = "uk-aurn-air-quality-2020"
REPO_ROOT = Path(__file__).resolve().parents[2]
OUT = REPO_ROOT / "challenges" / BUNDLE

ID = "site_date"
TARGET = "Poll_Value"
COLS = ["U", "V", "T", "tstamp", "SID", "SCODE", "SFNAME", "STYPE", "Poll_Value"]
TEST_START = "2020-08-01"
FILES = {
    "no2": "AURN_NO2_01022020_31082020.csv",
    "o3": "AURN_O3_01022020_31082020.csv",
    "pm25": "AURN_PM_01022020_31082020.csv",
}


def key(purpose: str, value: str) -> str:
    return hashlib.sha256(f"{BUNDLE}:{purpose}:{value}".encode()).hexdigest()


def write_csv(path: Path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def load(path: Path):
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0].keys()) == COLS, path
    for r in rows:
        r[ID] = f"{r['SCODE']}_{r['tstamp']}"
    rows.sort(key=lambda r: (r["tstamp"], int(r["SID"])))
    ids = [r[ID] for r in rows]
    assert len(set(ids)) == len(ids), f"duplicate site/date in {path}"
    return rows


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else (REPO_ROOT / ".." / "shared" / "data")
    src = root.resolve() / BUNDLE
    header = [ID] + COLS
    features = [ID] + [c for c in COLS if c != TARGET]

    counts = {}
    for name, fname in FILES.items():
        rows = load(src / fname)
        train = [r for r in rows if r["tstamp"] < TEST_START]
        write_csv(OUT / "data" / f"{name}_train.csv", header, ([r[c] for c in header] for r in train))
        counts[name] = len(train)
        if name != "no2":
            continue
        test = [r for r in rows if r["tstamp"] >= TEST_START]
        write_csv(OUT / "data" / "no2_test_features.csv", features, ([r[c] for c in features] for r in test))
        write_csv(OUT / "hidden" / "test_features.csv", features, ([r[c] for c in features] for r in test))

        # 50/50 Public/Private stratified by site; sites alternate between
        # rounding the odd day down and up so the halves are equal overall.
        usage = {}
        sites = sorted({r["SCODE"] for r in test})
        for n, site in enumerate(sites):
            ids = sorted((r[ID] for r in test if r["SCODE"] == site), key=lambda i: key("usage", i))
            public = len(ids) // 2 + (n % 2 if len(ids) % 2 else 0)
            for k, i in enumerate(ids):
                usage[i] = "Public" if k < public else "Private"
        write_csv(OUT / "hidden" / "answers.csv", [ID, TARGET, "Usage"],
                  ([r[ID], r[TARGET], usage[r[ID]]] for r in test))
        counts["test"] = len(test)
        counts["public"] = sum(1 for v in usage.values() if v == "Public")
        counts["private"] = len(usage) - counts["public"]
    print(BUNDLE + ": " + " ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
