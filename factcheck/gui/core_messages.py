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
    # factcheck/desk/ (checks, articles, sources, statuses) and factcheck/text/spans.py
    QT_TRANSLATE_NOOP("CoreMessages", "There is no article {article_id}."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no claim {claim_id}."),
    QT_TRANSLATE_NOOP("CoreMessages", "There is no source {source_id}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {claim_id} already has the source {url}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown status {status!r}; known statuses: {known}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Span {start}:{end} is outside the text (0:{length}) or has no length."),
    QT_TRANSLATE_NOOP("CoreMessages", "Span {start}:{end} holds only white space."),
    QT_TRANSLATE_NOOP("CoreMessages", "Span {start}:{end} starts on a combining mark that belongs to the letter before it; start one character earlier."),
    QT_TRANSLATE_NOOP("CoreMessages", "Span {start}:{end} cuts the combining marks off its last letter; end it after them."),
    QT_TRANSLATE_NOOP("CoreMessages", "Span {start}:{end} cuts an emoji or a flag in two; move its ends outside it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {claim_id} was changed elsewhere (now version {version}); your edit was not saved. Reload and try again."),
    # factcheck/desk/links.py
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
    QT_TRANSLATE_NOOP("CoreMessages", "{where} was deleted or replaced while it was open; nothing more was written there. What this window held is saved in {rescued}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{where} was deleted or replaced while it was open; nothing more was written there. Restore it from a backup, then open it again."),
    # factcheck/export/atomic.py, factcheck/export/research.py
    QT_TRANSLATE_NOOP("CoreMessages", "Could not write {path}: {reason}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is a folder; give a file name for {what}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} already exists; choose another name or allow overwriting."),
    QT_TRANSLATE_NOOP("CoreMessages", "Folder {path} does not exist."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is a file; the research export needs a folder."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a regular file; give a file name for {what}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} belongs to a database; an export never replaces it. Choose another name."),
    # factcheck/text/decode.py, factcheck/desk/importing.py (why an import refused a file)
    QT_TRANSLATE_NOOP("CoreMessages", "empty file"),
    QT_TRANSLATE_NOOP("CoreMessages", "file contains only whitespace"),
    QT_TRANSLATE_NOOP("CoreMessages", "binary file (control characters)"),
    QT_TRANSLATE_NOOP("CoreMessages", "binary file (NUL bytes)"),
    QT_TRANSLATE_NOOP("CoreMessages", "not valid text in any supported encoding"),
    QT_TRANSLATE_NOOP("CoreMessages", "legacy Arabic text in an encoding that could not be told apart (Windows-1256, ISO-8859-6, MacArabic, CP720): save it as UTF-8 and import again"),
    QT_TRANSLATE_NOOP("CoreMessages", "not valid {encoding} text despite its byte-order mark"),
    QT_TRANSLATE_NOOP("CoreMessages", "file not found"),
    QT_TRANSLATE_NOOP("CoreMessages", "permission denied"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot read file ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot read ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages", "is a directory"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a regular file"),
    QT_TRANSLATE_NOOP("CoreMessages", "file too large ({size} MB; limit {limit} MB)"),
    QT_TRANSLATE_NOOP("CoreMessages", "folder holds no .txt files"),
    QT_TRANSLATE_NOOP("CoreMessages", "no such file or folder"),
    QT_TRANSLATE_NOOP("CoreMessages", "a link to a file outside the folder {folder}; name the link itself to import it"),
    QT_TRANSLATE_NOOP("CoreMessages", "empty path"),
    QT_TRANSLATE_NOOP("CoreMessages", "empty article"),
    # factcheck/desk/ (articles, checks, sources)
    QT_TRANSLATE_NOOP("CoreMessages", "Article {article_id} has {count} sentences; there is no sentence {index}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown stance {stance!r}; use one of: {known}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Accessed date {accessed!r} is not an ISO date (YYYY-MM-DD)."),
    # factcheck/desk/groups.py, factcheck/desk/links.py
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {claim_id} is the primary of a group with {count} other appearance(s) (claim {members}); unlink them first to delete it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {claim_id} is the primary of a group with {count} other appearance(s) (claim {members}); unlink them first to link it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {claim_id} is the primary of a group with {count} other appearance(s) (claim {members}); unlink them first to unlink it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {claim_id} has {count} source(s) of its own; linking it to claim {primary_id} would hide them. Link claim {primary_id} to it instead, or move or clear them first."),
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {claim_id} has its own note; linking it to claim {primary_id} would hide it. Link claim {primary_id} to it instead, or move or clear it first."),
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {claim_id} is rated {status!r} while claim {primary_id} is rated {primary_status!r}; linking it would hide its rating. Link claim {primary_id} to it instead, or change its status first."),
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {to_claim_id} is already an appearance of claim {claim_id}; linking them the other way would make a cycle."),
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {target} is now linked to claim {primary}; claim {claim_id} cannot be linked back to it."),
    QT_TRANSLATE_NOOP("CoreMessages", "Claim {claim_id} ({this_status}) and claim {other_id} ({other_status}) disagree: their verdicts differ, or both have notes or sources. Choose which verdict the linked claim keeps; nothing was linked."),
    QT_TRANSLATE_NOOP("CoreMessages", "Unknown choice {keep!r}; keep this or other (whose verdict the linked claims keep)."),
    # factcheck/store/engine.py
    QT_TRANSLATE_NOOP("CoreMessages", "Database error on {where}: {reason}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{where} could not be read or written (disk I/O error: the disk may be full, removed or failing); nothing was changed."),
    QT_TRANSLATE_NOOP("CoreMessages", "Some of the text is not valid Unicode (bytes that were not UTF-8); nothing was changed."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot read {path}: {reason}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot create {path}: {reason}."),
    QT_TRANSLATE_NOOP("CoreMessages", "Cannot open {where}: {reason}."),
    QT_TRANSLATE_NOOP("CoreMessages", "{url!r} is neither a file path nor a database URL."),
    QT_TRANSLATE_NOOP("CoreMessages", "Migration left broken references in {where}: {problems}"),
    QT_TRANSLATE_NOOP("CoreMessages", "Only an SQLite file database can be backed up."),
    QT_TRANSLATE_NOOP("CoreMessages", "{path} already exists; choose a new file name."),
    QT_TRANSLATE_NOOP("CoreMessages", "Backup to {path} failed: {reason}."),
    # factcheck/export/jsonld.py
    QT_TRANSLATE_NOOP("CoreMessages", "URL template {url_template!r} is not valid: give an http or https address holding {{claim_id}} and no other braces."),
)
