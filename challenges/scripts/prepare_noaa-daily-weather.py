#!/usr/bin/env python3
"""Regenerate data/ and hidden/ of challenges/noaa-daily-weather.

Usage: python3 challenges/scripts/prepare_noaa-daily-weather.py [DATA_ROOT]

DATA_ROOT is the folder holding the prepared open datasets (default:
../shared/data relative to the repository root). Python 3.11 standard library
only; the output is byte-for-byte deterministic.

Task (DATASET.md): rain_tomorrow = 1 if the next day's precipitation > 0 in
the same city. Training: 2012-2014 (the label of 2014-12-31 uses
2015-01-01). Test: 2015.

Leak guard: a row's own precipitation is the previous row's answer, so the
public test file must never hold two consecutive days of the same city.
The test set is therefore every other day of 2015 (1 Jan, 3 Jan, ..., 29 Dec;
31 Dec has no next day in the file), 182 days per city, and the other 2015
days are not published at all. Public/Private: random halves (by a SHA-256
hash of the id).
"""
import csv
import datetime as dt
import hashlib
import sys
from pathlib import Path

BUNDLE = "noaa-daily-weather"
REPO_ROOT = Path(__file__).resolve().parents[2]
OUT = REPO_ROOT / "challenges" / BUNDLE

ID = "day_id"
TARGET = "rain_tomorrow"
CITY_CODE = {"Seattle": "SEA", "New York": "NYC"}
SRC_COLS = ["location", "date", "precipitation", "temp_max", "temp_min", "wind", "weather"]


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
    with open(src / "weather.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0].keys()) == SRC_COLS
    by_key = {(r["location"], r["date"]): r for r in rows}
    assert len(by_key) == len(rows)

    labelled = []
    for r in rows:
        nxt = (dt.date.fromisoformat(r["date"]) + dt.timedelta(days=1)).isoformat()
        n = by_key.get((r["location"], nxt))
        if n is None:
            continue  # last day of the record: no answer
        r[TARGET] = "1" if float(n["precipitation"]) > 0 else "0"
        r[ID] = f"{CITY_CODE[r['location']]}-{r['date']}"
        labelled.append(r)
    labelled.sort(key=lambda r: (r["date"], r["location"] != "Seattle"))

    features = [ID] + SRC_COLS
    train = [r for r in labelled if r["date"] < "2015-01-01"]
    test = [r for r in labelled
            if r["date"].startswith("2015-")
            and dt.date.fromisoformat(r["date"]).timetuple().tm_yday % 2 == 1]
    # leak guard: no two consecutive test days in one city
    days = {(r["location"], r["date"]) for r in test}
    for loc, d in days:
        nxt = (dt.date.fromisoformat(d) + dt.timedelta(days=1)).isoformat()
        assert (loc, nxt) not in days

    write_csv(OUT / "data" / "train.csv", features + [TARGET], ([r[c] for c in features + [TARGET]] for r in train))
    write_csv(OUT / "data" / "test_features.csv", features, ([r[c] for c in features] for r in test))

    ids = sorted((r[ID] for r in test), key=lambda i: key("usage", i))
    usage = {i: ("Public" if n < len(ids) // 2 else "Private") for n, i in enumerate(ids)}
    write_csv(OUT / "hidden" / "answers.csv", [ID, TARGET, "Usage"], ([r[ID], r[TARGET], usage[r[ID]]] for r in test))
    pub = sum(1 for v in usage.values() if v == "Public")
    pos = sum(int(r[TARGET]) for r in test)
    print(f"{BUNDLE}: train={len(train)} test={len(test)} (rain tomorrow {pos}) public={pub} private={len(test) - pub}")


if __name__ == "__main__":
    main()
