#!/usr/bin/env python3
"""Check the example challenge bundles against the bundle rules.

Usage: python3 challenges/scripts/check_bundles.py [BUNDLE_DIR ...]
(default: every folder of challenges/ holding a challenge.toml)

Python 3.11 standard library only. Prints one line per problem and a summary
per bundle; exits 1 if any problem was found.
"""
import csv
import datetime as dt
import re
import sys
import tomllib
from pathlib import Path

CHALLENGES = Path(__file__).resolve().parents[1]

TOP_KEYS = {"slug", "title", "summary", "description", "host", "opens_at", "closes_at", "datasets", "tracks"}
TOP_REQUIRED = TOP_KEYS - {"datasets", "tracks"}
DATASET_KEYS = {"slug", "title", "file", "license", "source", "description", "caveats", "columns"}
DATASET_REQUIRED = {"slug", "title", "file", "license", "source", "columns"}
COLUMN_KEYS = {"name", "type", "description"}
TYPES = {"integer", "number", "text", "date", "datetime", "boolean", "category"}
METRICS = {"accuracy", "balanced_accuracy", "f1", "f1_macro", "precision", "recall", "roc_auc",
           "log_loss", "rmse", "mae", "r2", "rmsle"}
CLASSIFICATION = {"accuracy", "balanced_accuracy", "f1", "f1_macro", "precision", "recall", "roc_auc", "log_loss"}
BINARY = {"f1", "precision", "recall", "roc_auc", "log_loss"}
TRACK_KEYS = {
    "predictions": ({"slug", "kind", "title", "description", "metric", "id_column", "target_column", "answers",
                     "daily_limit"}, {"slug", "kind", "title", "metric", "id_column", "target_column", "answers"}),
    "code": ({"slug", "kind", "title", "description", "metric", "id_column", "target_column", "daily_limit",
              "cases", "limits"}, {"slug", "kind", "title", "metric", "id_column", "target_column", "cases"}),
    "ideas": ({"slug", "kind", "title", "description", "judges_per_entry", "criteria"},
              {"slug", "kind", "title", "criteria"}),
}
CASE_KEYS = {"input", "answers"}
LIMIT_KEYS = {"time_ms", "memory_mb", "output_kb"}
CRITERION_KEYS = {"name", "weight", "description", "levels"}
SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{1,62})[a-z0-9]$")
INT_RE = re.compile(r"^[+-]?\d+$")
NUM_RE = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
MAX_BUNDLE_BYTES = 8 * 1024 * 1024


def accepts(kind: str, cell: str) -> bool:
    cell = cell.strip()
    if kind == "integer":
        return bool(INT_RE.match(cell)) and -(2**63) <= int(cell) < 2**63
    if kind == "number":
        return bool(NUM_RE.match(cell))
    if kind in ("text", "category"):
        return True
    if kind == "date":
        try:
            return dt.datetime.strptime(cell, "%Y-%m-%d") is not None and len(cell) == 10
        except ValueError:
            return False
    if kind == "datetime":
        for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
            try:
                dt.datetime.strptime(cell, fmt)
                return True
            except ValueError:
                pass
        try:
            return dt.datetime.fromisoformat(cell.replace("Z", "+00:00")).tzinfo is not None
        except ValueError:
            return False
    if kind == "boolean":
        return cell.lower() in ("0", "1", "true", "false")
    return False


def rfc3339(value) -> dt.datetime | None:
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", value):
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


class Checker:
    def __init__(self, bundle: Path):
        self.bundle = bundle
        self.problems = []
        self.notes = []

    def err(self, msg):
        self.problems.append(f"{self.bundle.name}: {msg}")

    def path(self, rel, what, hidden):
        if not isinstance(rel, str) or not rel:
            self.err(f"{what}: path missing")
            return None
        p = Path(rel)
        if p.is_absolute() or ".." in p.parts or "\\" in rel:
            self.err(f"{what}: path {rel!r} must be relative, inside the bundle, without '..'")
            return None
        under_hidden = p.parts[0] == "hidden"
        if hidden is True and not under_hidden:
            self.err(f"{what}: {rel} must be under hidden/")
        if hidden is False and under_hidden:
            self.err(f"{what}: {rel} is a hidden file used as a public dataset")
        full = (self.bundle / p).resolve()
        if self.bundle.resolve() not in full.parents:
            self.err(f"{what}: {rel} escapes the bundle")
            return None
        if not full.is_file():
            self.err(f"{what}: {rel} does not exist")
            return None
        return full

    def read_csv(self, full, what):
        raw = full.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            self.err(f"{what}: not UTF-8 ({e})")
            return None, None
        if "\r" in text:
            self.err(f"{what}: has \\r line endings")
        if text.startswith("\ufeff"):
            self.err(f"{what}: starts with a BOM")
        if not text.endswith("\n"):
            self.err(f"{what}: last line does not end with \\n")
        rows = list(csv.reader(text.splitlines()))
        if not rows:
            self.err(f"{what}: empty")
            return None, None
        header, body = rows[0], rows[1:]
        if len(set(header)) != len(header):
            self.err(f"{what}: duplicate header names")
        for n, r in enumerate(body, start=2):
            if len(r) != len(header):
                self.err(f"{what}: line {n} has {len(r)} cells, header has {len(header)}")
                break
        if not body:
            self.err(f"{what}: no data rows")
        return header, body

    def unknown(self, table, allowed, required, what):
        for k in table:
            if k not in allowed:
                self.err(f"{what}: unknown key {k!r}")
        for k in required:
            if k not in table:
                self.err(f"{what}: missing key {k!r}")

    def answers(self, rel, track, what):
        full = self.path(rel, what, hidden=True)
        if full is None:
            return None
        header, body = self.read_csv(full, rel)
        if header is None:
            return None
        idc, tc = track.get("id_column"), track.get("target_column")
        if header != [idc, tc, "Usage"]:
            self.err(f"{what}: {rel} header {header} is not [{idc}, {tc}, Usage]")
            return None
        ids = [r[0] for r in body]
        if any(not i.strip() for i in ids):
            self.err(f"{what}: {rel} has an empty id")
        if len(set(ids)) != len(ids):
            self.err(f"{what}: {rel} has duplicate ids")
        usage = [r[2] for r in body]
        bad = {u for u in usage if u not in ("Public", "Private")}
        if bad:
            self.err(f"{what}: {rel} has Usage values {bad}")
        pub, priv = usage.count("Public"), usage.count("Private")
        if not pub or not priv:
            self.err(f"{what}: {rel} needs both Public and Private rows (has {pub}/{priv})")
        metric = track.get("metric")
        targets = [r[1] for r in body]
        if metric in CLASSIFICATION:
            if metric in BINARY and not all(t in ("0", "1") for t in targets):
                self.err(f"{what}: {rel} binary metric {metric} needs 0/1 targets")
            if metric in BINARY and len(set(targets)) < 2:
                self.err(f"{what}: {rel} needs both classes for {metric}")
            if metric == "roc_auc":
                for half in ("Public", "Private"):
                    if len({r[1] for r in body if r[2] == half}) < 2:
                        self.err(f"{what}: {rel} {half} rows need both classes for roc_auc")
        else:
            if not all(NUM_RE.match(t) for t in targets):
                self.err(f"{what}: {rel} regression targets must be numbers")
            if metric == "rmsle" and any(float(t) < 0 for t in targets):
                self.err(f"{what}: {rel} rmsle needs targets >= 0")
        self.notes.append(f"  {what}: {rel}: {len(body)} rows, Public {pub}, Private {priv}")
        return ids

    def run(self):
        b = self.bundle
        try:
            conf = tomllib.loads((b / "challenge.toml").read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            self.err(f"challenge.toml: {e}")
            return
        self.unknown(conf, TOP_KEYS, TOP_REQUIRED, "challenge.toml")
        slug = conf.get("slug", "")
        if not SLUG_RE.match(slug) or "--" in slug and False:
            self.err(f"slug {slug!r} invalid")
        if slug != b.name:
            self.err(f"slug {slug!r} differs from folder name {b.name!r}")
        if len(conf.get("title", "")) > 120:
            self.err("title longer than 120 characters")
        if len(conf.get("summary", "")) > 280:
            self.err(f"summary longer than 280 characters ({len(conf.get('summary', ''))})")
        for k in ("title", "summary", "host"):
            if not str(conf.get(k, "")).strip():
                self.err(f"{k} empty")
        desc = self.path(conf.get("description"), "description", hidden=False)
        if desc is not None and not desc.read_text(encoding="utf-8").strip():
            self.err("description file empty")
        o, c = rfc3339(conf.get("opens_at")), rfc3339(conf.get("closes_at"))
        if o is None or c is None:
            self.err("opens_at/closes_at must be RFC 3339 strings")
        elif not o < c:
            self.err("opens_at must be before closes_at")

        public_files = {}
        seen = set()
        for i, d in enumerate(conf.get("datasets", [])):
            what = f"datasets[{i}]"
            self.unknown(d, DATASET_KEYS, DATASET_REQUIRED, what)
            if not SLUG_RE.match(d.get("slug", "")):
                self.err(f"{what}: slug {d.get('slug')!r} invalid")
            if d.get("slug") in seen:
                self.err(f"{what}: duplicate dataset slug {d.get('slug')!r}")
            seen.add(d.get("slug"))
            full = self.path(d.get("file"), what, hidden=False)
            if full is None:
                continue
            header, body = self.read_csv(full, d["file"])
            if header is None:
                continue
            public_files[d["file"]] = (header, body)
            cols = d.get("columns", [])
            names = [col.get("name") for col in cols]
            for col in cols:
                self.unknown(col, COLUMN_KEYS, COLUMN_KEYS, f"{what}.columns[{col.get('name')}]")
                if col.get("type") not in TYPES:
                    self.err(f"{what}: column {col.get('name')} has unknown type {col.get('type')!r}")
            if sorted(names) != sorted(header) or len(set(names)) != len(names):
                self.err(f"{what}: columns {names} do not describe header {header} exactly once")
            types = {col.get("name"): col.get("type") for col in cols}
            for j, name in enumerate(header):
                t = types.get(name)
                if t is None:
                    continue
                for n, r in enumerate(body, start=2):
                    cell = r[j] if j < len(r) else ""
                    if cell.strip() and not accepts(t, cell):
                        self.err(f"{what}: {d['file']} line {n} column {name}: {cell!r} is not {t}")
                        break
            self.notes.append(f"  dataset {d.get('slug')}: {d['file']}: {len(body)} rows x {len(header)} cols")
        on_disk = {str(p.relative_to(b)) for p in (b / "data").glob("*.csv")}
        if on_disk != set(public_files):
            self.err(f"public CSVs on disk {sorted(on_disk)} differ from datasets {sorted(public_files)}")

        tseen = set()
        for i, t in enumerate(conf.get("tracks", [])):
            kind = t.get("kind")
            what = f"tracks[{i}] ({t.get('slug')})"
            if kind not in TRACK_KEYS:
                self.err(f"{what}: unknown kind {kind!r}")
                continue
            allowed, required = TRACK_KEYS[kind]
            self.unknown(t, allowed, required, what)
            if not SLUG_RE.match(t.get("slug", "")):
                self.err(f"{what}: slug invalid")
            if t.get("slug") in tseen:
                self.err(f"{what}: duplicate track slug")
            tseen.add(t.get("slug"))
            if kind in ("predictions", "code"):
                if t.get("metric") not in METRICS:
                    self.err(f"{what}: unknown metric {t.get('metric')!r}")
                dl = t.get("daily_limit", 1)
                if not isinstance(dl, int) or dl < 1:
                    self.err(f"{what}: daily_limit must be a positive integer")
            if kind == "predictions":
                ids = self.answers(t.get("answers"), t, what)
                # sanity: some public file offers exactly these ids without the target
                if ids is not None:
                    match = [f for f, (h, body) in public_files.items()
                             if t["id_column"] in h and t["target_column"] not in h
                             and sorted(r[h.index(t["id_column"])] for r in body) == sorted(ids)]
                    if not match:
                        self.err(f"{what}: no public test file lists exactly the answer ids")
                    for f, (h, body) in public_files.items():
                        if t["id_column"] in h and t["target_column"] in h:
                            leaked = set(ids) & {r[h.index(t['id_column'])] for r in body}
                            if leaked:
                                self.err(f"{what}: {len(leaked)} answer ids appear with the target in {f}")
            elif kind == "code":
                cases = t.get("cases", [])
                if not cases:
                    self.err(f"{what}: needs at least one case")
                for k, case in enumerate(cases):
                    cw = f"{what}.cases[{k}]"
                    self.unknown(case, CASE_KEYS, CASE_KEYS, cw)
                    ids = self.answers(case.get("answers"), t, cw)
                    full = self.path(case.get("input"), cw + ".input", hidden=True)
                    if full is None or ids is None:
                        continue
                    header, body = self.read_csv(full, case["input"])
                    if header is None:
                        continue
                    if t["id_column"] not in header:
                        self.err(f"{cw}: input lacks id column {t['id_column']}")
                        continue
                    if t["target_column"] in header:
                        self.err(f"{cw}: input holds the target column")
                    in_ids = [r[header.index(t["id_column"])] for r in body]
                    if len(set(in_ids)) != len(in_ids) or any(not x.strip() for x in in_ids):
                        self.err(f"{cw}: input ids not unique / empty")
                    if set(in_ids) != set(ids):
                        self.err(f"{cw}: input ids differ from answer ids")
                    self.notes.append(f"  {cw}: input {case['input']}: {len(body)} rows")
                lim = t.get("limits", {})
                self.unknown(lim, LIMIT_KEYS, LIMIT_KEYS, f"{what}.limits")
                for k in LIMIT_KEYS:
                    if not isinstance(lim.get(k), int) or lim.get(k) <= 0:
                        self.err(f"{what}.limits.{k} must be a positive integer")
            elif kind == "ideas":
                jpe = t.get("judges_per_entry", 1)
                if not isinstance(jpe, int) or jpe < 1:
                    self.err(f"{what}: judges_per_entry must be a positive integer")
                crit = t.get("criteria", [])
                if not crit:
                    self.err(f"{what}: needs criteria")
                for c in crit:
                    self.unknown(c, CRITERION_KEYS, {"name", "weight", "description"}, f"{what}.criteria")
                    if not isinstance(c.get("weight"), int) or c["weight"] < 1:
                        self.err(f"{what}: criterion {c.get('name')} weight must be a positive integer")
                    lv = c.get("levels")
                    if lv is not None and (len(lv) != 5 or not all(isinstance(x, str) and x.strip() for x in lv)):
                        self.err(f"{what}: criterion {c.get('name')} needs exactly 5 non-empty levels")
                    if lv and any(re.match(r"^\s*[1-5]\s*:", x) for x in lv):
                        self.err(f"{what}: criterion {c.get('name')} levels must not start with 'N:'")
                self.notes.append(f"  {what}: {len(crit)} criteria, weights {[c.get('weight') for c in crit]}")
        if not conf.get("tracks"):
            self.err("no tracks")

        for f in ("README.md", "LICENSE.md", "SOURCE.md"):
            if not (b / f).is_file():
                self.err(f"{f} missing")
        size = sum(p.stat().st_size for p in b.rglob("*") if p.is_file())
        if size > MAX_BUNDLE_BYTES:
            self.err(f"bundle is {size} bytes, over 8 MiB")
        self.notes.append(f"  total size {size / 1e6:.2f} MB")


def main():
    dirs = [Path(a) for a in sys.argv[1:]] or sorted(p.parent for p in CHALLENGES.glob("*/challenge.toml"))
    problems = []
    for d in dirs:
        ch = Checker(d)
        ch.run()
        print(f"{d.name}: {'OK' if not ch.problems else f'{len(ch.problems)} problem(s)'}")
        for n in ch.notes:
            print(n)
        for p in ch.problems:
            print("  ERROR " + p)
        problems += ch.problems
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
