"""AppSettings: the editor's preferences (annotator name, language, last article, zoom)."""

from __future__ import annotations

import hashlib
import locale
import os

from PySide6.QtCore import QSettings

from factcheck.services import default_annotator


class AppSettings:
    """QSettings in an INI file (``FACTCHECK_SETTINGS`` overrides its path, e.g. in tests)."""

    def __init__(self, path: str | None = None):
        path = path or os.environ.get("FACTCHECK_SETTINGS")
        if path:
            self._qs = QSettings(path, QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "factcheck", "factcheck"
            )

    def _get(self, key: str, default):
        value = self._qs.value(key, default)
        return default if value is None else value

    @property
    def annotator(self) -> str:
        return str(self._get("annotator", "")) or default_annotator()

    @annotator.setter
    def annotator(self, value: str) -> None:
        self._qs.setValue("annotator", value)

    @property
    def language(self) -> str:
        """``"ar"`` or ``"en"``; the first run follows the system locale."""
        value = str(self._get("language", ""))
        if value in ("ar", "en"):
            return value
        lang = (os.environ.get("LANG") or locale.getlocale()[0] or "").lower()
        return "ar" if lang.startswith("ar") else "en"

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("language", value)

    @staticmethod
    def _db_key(db_url: str) -> str:
        return "last_article/" + hashlib.sha1(db_url.encode("utf-8")).hexdigest()[:16]

    def last_article(self, db_url: str) -> int | None:
        value = self._get(self._db_key(db_url), None)
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_article(self, db_url: str, article_id: int) -> None:
        self._qs.setValue(self._db_key(db_url), article_id)

    @property
    def zoom(self) -> int:
        try:
            return int(self._get("zoom", 0))
        except (TypeError, ValueError):
            return 0

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._qs.setValue("zoom", value)

    def sync(self) -> None:
        self._qs.sync()
