"""Print the importer's scoring table (seeds and unseen-style fixtures); `--verbose` lists misses."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracker.importer.scoring import report  # noqa: E402

if __name__ == "__main__":
    print(report(verbose="--verbose" in sys.argv))
