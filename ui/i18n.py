"""Language: ``tr()`` for every visible string, Dutch translations loaded at start.

Source strings are English. ``tr("text")`` uses Qt's translation system with
the empty context (that is where ``pyside6-lupdate`` files a bare ``tr()``
call), so one function serves every module. Every ``resources/i18n/*_nl*.qm``
is installed when Dutch is chosen: each UI area keeps its own ``.ts`` file.

``LIAISON_PSEUDO=1`` installs a pseudo-translation that stretches every string
by about 40 % and brackets it (after Vorta), to reveal layouts that clip.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("nl", "en")
PSEUDO_ENV = "LIAISON_PSEUDO"

_installed: list[QTranslator] = []
_current = "en"
_generation = 0  #: bumped on every install, so caches of translated tables can tell


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a source (English) string; ``%n`` in it takes ``n`` with plural forms."""
    return QCoreApplication.translate("", text, disambiguation, n)


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks a string for translation without translating it (``tr(text)`` does, later)."""
    return text


def system_language() -> str:
    """'nl' when the system locale is Dutch, else 'en'."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def resolve(language: str | None) -> str:
    """A setting ('nl', 'en' or empty for the system's) as the language to use."""
    return language if language in LANGUAGES else system_language()


def current_language() -> str:
    return _current


def generation() -> int:
    """Changes whenever the translators change (caches of translated text key on it)."""
    return _generation


class PseudoTranslator(QTranslator):
    """Stretches every string so that clipped labels show up in screenshots."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        # placeholders ({file}, %1, %n) and markup (<b>) stay as they are: the code fills them
        parts = _KEPT.split(source)
        stretched = "".join(
            part if _KEPT.fullmatch(part) else part.translate(_VOWELS) for part in parts
        )
        pad = "~" * max(2, len(source) * 2 // 5)
        return f"[{stretched}{pad}]"


_VOWELS = str.maketrans("aeiouAEIOU", "àéîöüÀÉÎÖÜ")
_KEPT = re.compile(r"(\{[^{}]*\}|%(?:\d+|n)|<[^<>]*>)")


def qm_files(language: str = "nl") -> list[Path]:
    """Every compiled translation for ``language``, one per UI area.

    English needs one too: only for plural forms ("%n day(s)" → "1 day", "2 days").
    """
    return sorted(I18N_DIR.glob(f"*_{language}*.qm"))


def install(language: str | None) -> str:
    """Install the translators and the locale for ``language``; returns the one used."""
    global _current, _generation
    _generation += 1
    app = QCoreApplication.instance()
    lang = resolve(language)
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    if lang == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        for path in qm_files():
            translator = QTranslator()
            if translator.load(str(path)):
                _installed.append(translator)
        qt_base = QTranslator()
        from PySide6.QtCore import QLibraryInfo

        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load("qtbase_nl", folder):
            _installed.append(qt_base)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Netherlands))
        for path in qm_files("en"):
            translator = QTranslator()
            if translator.load(str(path)):
                _installed.append(translator)
    if os.environ.get(PSEUDO_ENV) == "1":
        _installed.append(PseudoTranslator())
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
    _current = lang
    return lang
