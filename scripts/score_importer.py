"""Print the importer's scoring table (seeds and unseen-style fixtures); `--verbose` lists misses.

`--heldout DIR` also scores the real directives annotated in tests/heldout/ whose texts
(NAME.txt) are in DIR; the texts are third-party and stay outside the repository.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracker.importer.scoring import report  # noqa: E402

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--heldout", type=Path, help="directory holding the held-out texts")
    args = parser.parse_args()
    print(report(verbose=args.verbose, heldout=args.heldout))
