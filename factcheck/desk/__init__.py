"""The desk: the use cases shared by the CLI and the GUI, over one database.

``Desk`` (``facade.py``) is the one entry point; the work is done by one module per job:

- ``importing``: files and folders to decoded, de-duplicated, stored articles;
- ``articles``: stored articles and their sentences, cached;
- ``statuses``: the verification scale;
- ``claims``: mark, rate, annotate, delete and restore claims;
- ``sources``: a verdict's evidence;
- ``links``: one claim across articles (groups sharing one verdict);
- ``suggest``: which claims of other articles a span probably repeats;
- ``search``: Arabic-aware search over articles and notes;
- ``history``: the change history (``Change`` rows, written with each change);
- ``lock``: the edit lock (one editing app per database);
- ``snapshot``: reads of the whole archive from one snapshot (reports, listings);
- ``checks`` and ``groups``: refusals and group writes the others share.
"""

from factcheck.desk.facade import Desk, default_annotator
from factcheck.desk.lock import SuspectLock

__all__ = ["Desk", "SuspectLock", "default_annotator"]
