"""What a pandas user gets from `diplo export -f gdelt`: dtypes and blank cells per column on N news-style articles.

Runs the real commands (diplo extract, diplo store --input, diplo export) on the
benchmark corpus, then reads the TSV with pandas as a GDELT user would. pandas is
not a diplo dependency: `pip install pandas` in the virtualenv first.

    .venv/bin/python bench/gdelt_pandas.py --articles 50
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import make_corpus  # noqa: E402  (a sibling script, importable once bench/ is on the path)

DIPLO = [sys.executable, "-m", "diplo"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--keep", metavar="DIR", help="keep the files in DIR")
    args = parser.parse_args()
    import pandas as pd

    work = Path(args.keep or tempfile.mkdtemp(prefix="gdelt-pandas-"))
    work.mkdir(parents=True, exist_ok=True)
    source, extracted, db, tsv = (work / n for n in ("articles.jsonl", "extract.jsonl", "store.sqlite", "events.tsv"))
    source.write_text("".join(json.dumps(a) + "\n" for a in make_corpus(args.articles)), encoding="utf-8")
    db.unlink(missing_ok=True)
    for argv in (["extract", "--input", str(source), "--output", str(extracted)],
                 ["store", "--input", str(extracted), "--database", str(db)],
                 ["export", "--database", str(db), "-f", "gdelt", "--extended", "--header", "-o", str(tsv)]):
        print("$ diplo " + " ".join(argv), flush=True)
        subprocess.run(DIPLO + argv, check=True)
    frame = pd.read_csv(tsv, sep="\t", dtype_backend="numpy_nullable", keep_default_na=False, na_values=[""])
    print(f"\n{len(frame)} rows x {len(frame.columns)} columns "
          f"(pd.read_csv(path, sep='\\t', dtype_backend='numpy_nullable', keep_default_na=False, na_values=['']))")
    blank = frame.isna().sum()
    print(f"{'column':<24} {'dtype':<10} blank")
    for column in frame.columns:
        print(f"{column:<24} {str(frame[column].dtype):<10} {blank[column]}")
    empty = [c for c in frame.columns if blank[c] == len(frame)]
    print(f"\nalways blank ({len(empty)}): {', '.join(empty)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
