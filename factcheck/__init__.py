"""factcheck: a fact-checking workbench for Arabic news articles.

The core (``text``, ``model``, ``store``, ``desk``, ``export``, ``cli``) never imports Qt;
``gui`` is the only Qt package.
"""

__version__ = "0.1.0"
