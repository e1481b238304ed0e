"""The reading fonts that come with the app, loaded into Qt's font database.

Atkinson Hyperlegible, Lexend and Literata come from PyPI's ``fontpkg-*`` packages (SIL Open Font
Licence; each package carries its LICENSE file); OpenDyslexic comes from Debian's
``fonts-opendyslexic`` (scripts/setup.sh) and is found by fontconfig like any installed font.

``load_family`` loads one family's files: the one the reader chose is loaded before the first
paint (a few milliseconds), the others by ``load_all`` after it, so start-up pays only for the
font it shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase

# Family -> the fontpkg package that ships it (looked up directly: scanning every installed
# package's entry points, as fontpkg.families() does, costs start-up time).
BUNDLED = {
    "Atkinson Hyperlegible": "fontpkg_atkinson_hyperlegible",
    "Lexend": "fontpkg_lexend",
    "Literata": "fontpkg_literata",
}
_FONT_SUFFIXES = (".ttf", ".otf")


def font_files(package: str) -> list[Path]:
    """The font files a fontpkg package ships (none if it is not installed)."""
    import importlib.util  # 7 ms of imports, only when a font is wanted

    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return []
    folder = Path(next(iter(spec.submodule_search_locations))) / "files"
    return sorted(p for p in folder.glob("*") if p.suffix.lower() in _FONT_SUFFIXES)


def load_files(files: list[Path]) -> set[str]:
    families: set[str] = set()
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return families


def load_family(family: str, loaded: set[str]) -> bool:
    """Load ``family`` if the app ships it and it is not loaded yet; True when it is available
    (shipped or installed on the system)."""
    package = BUNDLED.get(family)
    if package is not None and family not in loaded:
        loaded.update(load_files(font_files(package)))
    return is_available(family)


def load_all(loaded: set[str], others: list[tuple[str, list[Path]]] | None = None) -> set[str]:
    """Every shipped family, and any other fontpkg family installed in the environment
    (``others``, found beforehand by ``other_families``, else found now)."""
    for family in BUNDLED:
        load_family(family, loaded)
    for name, files in other_families() if others is None else others:
        if name not in loaded:
            loaded.update(load_files(files))
    return loaded


def other_families() -> list[tuple[str, list[Path]]]:
    """The fontpkg families installed besides the shipped ones, with their files. Importing
    fontpkg and scanning every package's entry points takes ~0.3 s: call it off the GUI thread
    (it touches no Qt)."""
    try:
        import fontpkg

        return [(family.name, [f.path for f in family.files])
                for family in fontpkg.families().values() if family.name not in BUNDLED]
    except Exception:  # a broken font package must not stop the reader
        return []


def is_available(family: str) -> bool:
    return not family or QFontDatabase.hasFamily(family)
