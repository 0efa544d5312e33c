#!/usr/bin/env python3
"""Regenerate data/ and hidden/ of challenges/chicago-food-inspections.

Usage: python3 challenges/scripts/prepare_chicago-food-inspections.py [DATA_ROOT]

DATA_ROOT is the folder holding the prepared open datasets (default:
../shared/data relative to the repository root). Python 3.11 standard library
only; the output is byte-for-byte deterministic.

What it does (see DATASET.md of the source folder):
* keeps the city's own time split: rows with Train=True (2011-09-02 ..
  2014-04-16) are public training data, rows with Test=True (2014-09-02 ..
  2014-10-31) are the hidden test set;
* drops the columns that leak the answer: criticalCount, seriousCount,
  minorCount, pass_flag, fail_flag, score, and the split flags Train/Test;
* writes criticalFound as 0/1 and whole-number columns without ".0";
* splits the test rows 50/50 into Public/Private, stratified by the label,
  using a SHA-256 hash of the inspection id;
* writes a locations file (business name, address, coordinates) for the
  inspections of the challenge only, without any result columns.
"""
import csv
import hashlib
import sys
from pathlib import Path

BUNDLE = "chicago-food-inspections"
REPO_ROOT = Path(__file__).resolve().parents[2]
OUT = REPO_ROOT / "challenges" / BUNDLE

LEAKS = ["criticalCount", "seriousCount", "minorCount", "pass_flag", "fail_flag", "score", "Train", "Test"]
BOOLEAN = [
    "pastFail", "firstRecord",
    "consumption_on_premises_incidental_activity", "tobacco_retail_over_counter", "package_goods",
    "limited_business_license", "outdoor_patio", "public_place_of_amusement",
    "childrens_services_facility_license", "tavern", "regulated_business_license", "filling_station",
    "caterers_liquor_license", "mobile_food_license", "criticalFound",
]
INTEGER = ["Inspection_ID", "License", "pastCritical", "pastSerious", "pastMinor"]
TARGET = "criticalFound"
ID = "Inspection_ID"


def whole(value: str) -> str:
    """'269961.0' -> '269961'; '' stays ''."""
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
    with open(src / "food_inspections_model_data.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    source_cols = list(rows[0].keys())
    keep = [c for c in source_cols if c not in LEAKS]
    # id first, target last
    keep.remove(ID)
    keep.remove(TARGET)
    features = [ID] + keep

    for r in rows:
        for c in BOOLEAN + INTEGER:
            r[c] = whole(r[c])
        if r[TARGET] not in ("0", "1"):
            raise ValueError(f"bad target {r[TARGET]!r}")

    train = [r for r in rows if r["Train"] == "True" and r["Test"] == "False"]
    test = [r for r in rows if r["Test"] == "True" and r["Train"] == "False"]
    assert len(train) + len(test) == len(rows)
    train.sort(key=lambda r: (r["Inspection_Date"], int(r[ID])))
    test.sort(key=lambda r: (r["Inspection_Date"], int(r[ID])))

    write_csv(OUT / "data" / "train.csv", features + [TARGET],
              ([r[c] for c in features + [TARGET]] for r in train))
    write_csv(OUT / "data" / "test_features.csv", features,
              ([r[c] for c in features] for r in test))

    # 50/50 Public/Private, stratified by label, by hash of the id.
    usage = {}
    for label in ("0", "1"):
        ids = sorted((r[ID] for r in test if r[TARGET] == label), key=lambda i: key("usage", i))
        half = len(ids) // 2
        for n, i in enumerate(ids):
            usage[i] = "Public" if n < half else "Private"
    write_csv(OUT / "hidden" / "answers.csv", [ID, TARGET, "Usage"],
              ([r[ID], r[TARGET], usage[r[ID]]] for r in test))

    # Locations of the challenge's inspections, for maps and the idea track.
    wanted = {r[ID] for r in rows}
    with open(src / "food_inspection_features.csv", encoding="utf-8", newline="") as fh:
        feats = [f for f in csv.DictReader(fh) if whole(f["Inspection_ID"]) in wanted]
    loc_cols = ["Inspection_ID", "DBA_Name", "AKA_Name", "Facility_Type_Detail", "Risk",
                "Address", "Zip", "Latitude", "Longitude"]
    loc_rows = []
    for f in feats:
        loc_rows.append([
            whole(f["Inspection_ID"]), f["DBA_Name"].strip(), f["AKA_Name"].strip(),
            f["Facility_Type"].strip(), f["Risk"], f["Address"].strip(), whole(f["Zip"]),
            f["Latitude"], f["Longitude"],
        ])
    assert len(loc_rows) == len(wanted)
    loc_rows.sort(key=lambda r: int(r[0]))
    write_csv(OUT / "data" / "inspection_locations.csv", loc_cols, loc_rows)

    pub = sum(1 for v in usage.values() if v == "Public")
    print(f"{BUNDLE}: train={len(train)} test={len(test)} public={pub} private={len(usage) - pub} "
          f"locations={len(loc_rows)}")


if __name__ == "__main__":
    main()
