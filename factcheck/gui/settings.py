"""AppSettings: the editor's preferences (annotator name, language, last article, zoom,
the window's size and position, the file dialogs' last folder)."""

from __future__ import annotations

import hashlib
import locale
import os

from PySide6.QtCore import QCoreApplication, QRect, QSettings

from factcheck.desk import default_annotator


class AppSettings:
    """QSettings in an INI file (``FACTCHECK_SETTINGS`` overrides its path, e.g. in tests).

    What is set is also kept here for the session, so a file that cannot be written (a
    read-only folder, a path under a file) loses nothing until the app closes;
    :meth:`take_save_problem` says so once.
    """

    def __init__(self, path: str | None = None):
        path = path or os.environ.get("FACTCHECK_SETTINGS")
        if path:
            self._qs = QSettings(path, QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "factcheck", "factcheck"
            )
        self._session: dict[str, object] = {}  # set this session, whether saved or not
        self._problem_said = False

    def _set(self, key: str, value) -> None:
        self._session[key] = value
        self._qs.setValue(key, value)

    def take_save_problem(self) -> str:
        """Why the settings cannot be saved, the first time it is asked after a setting
        was changed and could not be; "" otherwise (and every later time)."""
        if self._problem_said or not self._session:
            return ""
        if self._qs.isWritable() and self._qs.status() == QSettings.Status.NoError:
            return ""
        self._problem_said = True
        return QCoreApplication.translate(
            "AppSettings",
            "The settings cannot be saved in %1 (it cannot be written). Your changes to the "
            "language, zoom, annotator name and last article are kept until factcheck closes.",
        ).replace("%1", self._qs.fileName())

    def _get(self, key: str, default):
        if key in self._session:
            return self._session[key]
        value = self._qs.value(key, default)
        return default if value is None else value

    @property
    def annotator(self) -> str:
        return str(self._get("annotator", "")) or default_annotator()

    @annotator.setter
    def annotator(self, value: str) -> None:
        self._set("annotator", value)

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
        self._set("language", value)

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
        self._set(self._db_key(db_url), article_id)

    @property
    def zoom(self) -> int:
        try:
            return int(self._get("zoom", 0))
        except (TypeError, ValueError):
            return 0

    @zoom.setter
    def zoom(self, value: int) -> None:
        self._set("zoom", value)

    @property
    def desk_url(self) -> str:
        """The shared desk chosen in "Connect to a shared desk…" ("" for none); never
        holds a password (the dialog refuses one)."""
        return str(self._get("desk_url", ""))

    @desk_url.setter
    def desk_url(self, value: str) -> None:
        self._set("desk_url", value)

    @property
    def window_geometry(self) -> QRect | None:
        """The window's last size and position (x, y, width, height), if saved."""
        try:
            x, y, width, height = (int(v) for v in str(self._get("window_geometry", "")).split())
        except (TypeError, ValueError):
            return None
        return QRect(x, y, width, height) if width > 0 and height > 0 else None

    @window_geometry.setter
    def window_geometry(self, rect: QRect) -> None:
        self._set("window_geometry", f"{rect.x()} {rect.y()} {rect.width()} {rect.height()}")

    @property
    def last_folder(self) -> str:
        """The folder of the last file chosen in a file dialog ("" for none yet)."""
        return str(self._get("last_folder", ""))

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._set("last_folder", value)

    # The publishing organisation, as ClaimReview names it: set once here, used by every
    # ClaimReview export from the window (the command line takes the same as options).
    CLAIMREVIEW_KEYS = ("org", "org_url", "org_logo", "url_template")

    def claimreview_options(self) -> dict:
        """Keyword arguments of ``write_claimreview``: the organisation's name, address
        and logo, the review address template (None when not set) and the review language
        (``lang``, Arabic unless set)."""
        options: dict = {
            key: str(self._get("claimreview/" + key, "")) or None
            for key in self.CLAIMREVIEW_KEYS
        }
        lang = str(self._get("claimreview/lang", "ar"))
        options["lang"] = lang if lang in ("ar", "en") else "ar"
        return options

    def set_claimreview_options(self, **options) -> None:
        for key, value in options.items():
            if key not in (*self.CLAIMREVIEW_KEYS, "lang"):
                raise KeyError(key)
            self._set("claimreview/" + key, value or "")

    def sync(self) -> None:
        self._qs.sync()
