"""summitgraph: who met whom, when and where, from news articles."""

__version__ = "0.1.0"
