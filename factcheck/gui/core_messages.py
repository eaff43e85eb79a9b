"""The core's message templates (``FactcheckError(template=...)``), listed for translation.

``pyside6-lupdate`` reads them here into the ``CoreMessages`` context of the catalogue; a
test keeps this list equal to the templates raised in the core. A refusal whose template is
translated is shown in the UI's language with its values (URLs, paths, numbers) kept
left to right; any other stays the core's English sentence.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEMPLATES = (
    # factcheck/model/urls.py
    QT_TRANSLATE_NOOP("CoreMessages", "A source needs a URL."),
    QT_TRANSLATE_NOOP("CoreMessages", "Source URL contains spaces or control characters: {url!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Source URL contains invisible or direction-changing characters: {url!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Source URL is malformed: {url}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Only http and https sources are accepted, not {url!r}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Source URL has no host: {url}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Source URLs with a user name or password are refused."),
    # factcheck/services.py
    QT_TRANSLATE_NOOP("CoreMessages", "There is no article {article_id}."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no claim {claim_id}."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no source {source_id}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown status {status!r}; known statuses: {known}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Span {start}:{end} is outside the text (0:{length}) or has no length."),
    QT_TRANSLATE_NOOP("CoreMessages", "Span {start}:{end} holds only white space."),
    QT_TRANSLATE_NOOP("CoreMessages", "Span {start}:{end} starts on a combining mark that belongs to the letter before it; start one character earlier."),
    QT_TRANSLATE_NOOP("CoreMessages", "Span {start}:{end} cuts the combining marks off its last letter; end it after them."),
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {claim_id} was changed elsewhere (now version {version}); your edit was not saved. Reload and try again."),
    # factcheck/linking.py
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {claim_id} was changed elsewhere (now version {version}); the link was not saved. Reload and try again."),
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {claim_id} cannot be linked to itself."),
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {claim_id} is not linked to another claim."),
    # factcheck/store/engine.py
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is a directory, not a database file."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a factcheck database (not an SQLite file); left untouched."),
    QT_TRANSLATE_NOOP("CoreMessages", "The database {where} is busy: another program kept it locked for more than {seconds} s. Nothing was changed; try again."),
    QT_TRANSLATE_NOOP("CoreMessages", "The database {where} is read-only; nothing was changed."),
    QT_TRANSLATE_NOOP("CoreMessages", "The disk holding {where} is full; nothing was changed."),
    QT_TRANSLATE_NOOP("CoreMessages", "{where} is damaged or not a database: {reason}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{where} is an SQLite database but not a factcheck database; left untouched."),
    QT_TRANSLATE_NOOP("CoreMessages", "{where} was made by a newer version of factcheck (schema {schema}); upgrade factcheck to open it. The file was left untouched."),
    QT_TRANSLATE_NOOP("CoreMessages", "{where} needs a schema upgrade but is read-only."),
    QT_TRANSLATE_NOOP("CoreMessages", "{where} is open read-only; nothing was changed."),
    # factcheck/export/atomic.py, factcheck/export/research.py
    QT_TRANSLATE_NOOP("CoreMessages", "Could not write {path}: {reason}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is a folder; give a file name for {what}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} already exists; choose another name or allow overwriting."),
    QT_TRANSLATE_NOOP("CoreMessages", "Folder {path} does not exist."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is a file; the research export needs a folder."),
)
