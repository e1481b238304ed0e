"""Translations: every message has a finished French, German and Spanish translation, and an
installed translation is what the user reads, in the window and in the terminal."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader import messages
from reader.document.loading import LoadError, LoadProblem
from reader.messages.languages import (
    desktop_language,
    install_translators,
    interface_language,
    remove_translators,
)
from reader.resource_paths import translations_dir

PROJECT = Path(__file__).resolve().parent.parent
SCRIPT = PROJECT / "scripts" / "translations"


@pytest.fixture
def french(qapp):
    installed = install_translators(qapp, "fr")
    yield
    remove_translators(qapp, installed)


@pytest.fixture(scope="module")
def extracted_afresh(tmp_path_factory) -> Path:
    """The .ts files as lupdate makes them from today's code: what a new string would change."""
    copy = tmp_path_factory.mktemp("translations") / "project"
    shutil.copytree(PROJECT / "reader", copy / "reader", symlinks=True,
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(translations_dir(), copy / "resources" / "translations")
    (copy / "scripts").mkdir()
    shutil.copy(SCRIPT, copy / "scripts" / "translations")
    subprocess.run([sys.executable, str(copy / "scripts" / "translations")], check=True,
                   capture_output=True)
    return copy / "resources" / "translations"


@pytest.mark.parametrize("language", ["fr", "de", "es", "en"])
def test_every_message_has_a_finished_translation(extracted_afresh, language):
    root = ET.parse(extracted_afresh / f"reader_{language}.ts").getroot()
    unfinished = [
        message.findtext("source")
        for message in root.iter("message")
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert not unfinished, (
        f"{len(unfinished)} message(s) without a finished {language} translation; run "
        f"scripts/translations and translate them in resources/translations/reader_{language}.ts "
        f"(first: {unfinished[:3]})"
    )
    if language != "en":
        assert sum(1 for _ in root.iter("message")) > 300


def test_every_message_is_extracted_where_tr_looks_it_up(extracted_afresh):
    contexts = {
        context.findtext("name") or ""
        for context in ET.parse(extracted_afresh / "reader_fr.ts").getroot().iter("context")
    }
    assert contexts == {messages.translate.CONTEXT}


def test_the_compiled_translations_are_up_to_date(extracted_afresh):
    for language in ("fr", "de", "es", "en"):
        fresh = (extracted_afresh / f"reader_{language}.qm").read_bytes()
        assert (translations_dir() / f"reader_{language}.qm").read_bytes() == fresh, language


def test_a_translated_message_reaches_the_user(french):
    error = LoadError(LoadProblem.NOT_FOUND, "/tmp/absent.txt")
    assert messages.load_error(error) == (
        "Le fichier «\u00a0/tmp/absent.txt\u00a0» n'existe pas. Vérifiez son nom et son dossier."
    )


def test_plural_forms_follow_the_number(french, qapp):
    assert messages.line_focus_now(True, 1).endswith("1 ligne")
    assert messages.line_focus_now(True, 3).endswith("3 lignes")


def test_english_plurals_read_naturally(qapp):
    installed = install_translators(qapp, "en")
    try:
        assert messages.line_focus_now(True, 1) == "Line focus on: 1 line"
        assert messages.line_focus_now(True, 2) == "Line focus on: 2 lines"
    finally:
        remove_translators(qapp, installed)


def test_qt_standard_texts_are_translated_too(french):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"}, "de"),
        ({"LANG": "fr_FR.UTF-8", "LC_ALL": "es_ES.UTF-8"}, "es"),
        ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "pt_BR:de:fr"}, "de"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "fr"}, "en"),  # gettext ignores LANGUAGE under C
        ({"LANG": "ja_JP.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_the_language_follows_the_desktop(environ, language):
    assert desktop_language(environ) == language


def test_a_chosen_language_wins_over_the_desktop():
    assert interface_language("de", {"LANG": "fr_FR.UTF-8"}) == "de"
    assert interface_language("", {"LANG": "fr_FR.UTF-8"}) == "fr"


def _reader(args: list[str], **environ: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    return subprocess.run([sys.executable, "-m", "reader", *args], cwd=PROJECT,
                          env={**env, **environ, "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, timeout=120)


def test_a_terminal_error_speaks_the_desktop_language(tmp_path):
    missing = tmp_path / "absent.txt"
    result = _reader(["outline", str(missing)], LANG="fr_FR.UTF-8")
    assert result.returncode == 1
    assert "n'existe pas. Vérifiez son nom et son dossier." in result.stderr


def test_help_speaks_the_desktop_language():
    result = _reader(["outline", "--help"], LANGUAGE="de", LANG="de_DE.UTF-8")
    assert result.stdout.startswith("Aufruf: reader outline")
    assert "Die Gliederung eines Dokuments ausgeben" in result.stdout
    assert "ein Dokument: Text, Markdown, Webseite" in result.stdout
    assert "-h, --help  diese Hilfe anzeigen und beenden" in result.stdout


def test_a_usage_error_speaks_the_desktop_language():
    result = _reader(["speak", "--rate"], LANG="es_ES.UTF-8")
    assert result.returncode == 2
    assert result.stderr.startswith("uso: reader speak")
    assert "reader speak: error: " in result.stderr


def test_no_message_hides_another_of_the_same_name():
    """``reader.messages`` merges its modules: a name defined twice silently shows one of the
    two strings in both places."""
    defined: dict[str, list[str]] = {}
    for module in sorted((PROJECT / "reader" / "messages").glob("*.py")):
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.Assign):
                names = [node.name] if isinstance(node, ast.FunctionDef) else [
                    target.id for target in node.targets if isinstance(target, ast.Name)]
                for name in names:
                    defined.setdefault(name, []).append(module.name)
    assert {name: where for name, where in defined.items() if len(where) > 1} == {}


def test_the_language_menu_names_each_language_in_its_own_words(french):
    from reader.messages.languages import language_choices

    assert language_choices({"LANG": "de_DE.UTF-8"}) == [
        ("", "La langue du bureau (Deutsch)"),
        ("en", "English"), ("fr", "Français"), ("de", "Deutsch"), ("es", "Español"),
    ]
