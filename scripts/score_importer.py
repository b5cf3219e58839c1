"""Print the importer's scoring table (seeds and unseen-style fixtures); `--verbose` lists misses.

`--heldout DIR` also scores the real directives annotated in tests/heldout/ whose texts
(NAME.txt) are in DIR; the texts are third-party and stay outside the repository.
`--save FILE` keeps each document's counts; a later run with `--against FILE` lists every document
whose counts moved, so a change that makes one document worse is seen even when the totals rise.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracker.importer.score_changes import scoring_report  # noqa: E402

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--heldout", type=Path, help="directory holding the held-out texts")
    parser.add_argument("--save", type=Path, help="write each document's counts to this JSON file")
    parser.add_argument("--against", type=Path, help="list the documents whose counts moved since this saved run")
    args = parser.parse_args()
    print(scoring_report(args.verbose, args.heldout, args.save, args.against))
