"""``python -m summitgraph``: the ``summitgraph`` command, for when its script
is not on ``PATH``.

    python -m summitgraph ingest seeds/ --out out/
"""

from summitgraph.cli import app

if __name__ == "__main__":
    app(prog_name="summitgraph")
