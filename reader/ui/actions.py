"""The one table of the window's actions and their default shortcuts.

Menus, QActions and the Help > Keyboard shortcuts list are all built from ``ACTIONS``, so a
shortcut is defined once and the list the user reads cannot drift from what the keys do.

Scopes decide where a shortcut fires:

- ``WINDOW``: anywhere in the window (Ctrl+O, Ctrl+T…).
- ``READING_PANE``: only while the text view has keyboard focus. Single-letter keys (N,
  Shift+N) must never fire in a text field or in the outline (where letters search the tree),
  so their QAction gets ``Qt.WidgetShortcut`` and is added to the text view. The same QAction
  sits in the menu, which shows the key and runs the action from anywhere when chosen there:
  Qt matches a WidgetShortcut only against the focus widget, so the menu entry does not make
  the letter global.
- ``NATIVE``: the text view already handles the key (Ctrl+Home/End). The menu shows it, but
  the shortcut is only registered on the menu (a WidgetShortcut whose widget never has focus),
  so the text view's own handling is not overridden or duplicated.

``window_shortcuts`` are extra keys that work anywhere in the window whatever the scope: the
media Play key plays wherever focus is, while Space plays only in the reading pane. Speech
actions that only make sense while reading are disabled when idle, and a disabled action's key
goes to the widget: Ctrl+Up/Down then scroll the text as QTextEdit does, Esc closes what it
closes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from reader import messages
from reader.ui.context import ActionId


class Scope(Enum):
    WINDOW = "window"
    READING_PANE = "reading_pane"
    NATIVE = "native"


class Menu(Enum):
    FILE = "file"
    NAVIGATE = "navigate"
    VIEW = "view"
    BOOKMARKS = "bookmarks"
    SPEECH = "speech"
    HELP = "help"


MENU_TITLES: Mapping[Menu, Callable[[], str]] = {
    Menu.FILE: messages.menu_file,
    Menu.NAVIGATE: messages.menu_navigate,
    Menu.VIEW: messages.menu_view,
    Menu.BOOKMARKS: messages.menu_bookmarks,
    Menu.SPEECH: messages.menu_speech,
    Menu.HELP: messages.menu_help,
}


# Named tuples, not dataclasses: defining a dataclass costs about 1.6 ms (its methods are
# generated and compiled), and this table is read on the way to the window's first paint.
class ActionSpec(NamedTuple):
    id: ActionId
    text: Callable[[], str]  # a reader.messages function: translated when the menus are built
    shortcuts: tuple[str, ...]  # portable key names ("Ctrl+PgDown"); the first is the main one
    menu: Menu
    scope: Scope = Scope.WINDOW
    checkable: bool = False
    separator_before: bool = False
    window_shortcuts: tuple[str, ...] = ()  # also anywhere in the window (media keys)


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(ActionId.OPEN, messages.action_open, ("Ctrl+O",), Menu.FILE),
    ActionSpec(ActionId.EXPORT_AUDIO, messages.action_export_audio, ("Ctrl+Shift+E",), Menu.FILE,
               separator_before=True),
    ActionSpec(ActionId.QUIT, messages.action_quit, ("Ctrl+Q",), Menu.FILE, separator_before=True),
    ActionSpec(ActionId.OUTLINE, messages.action_outline, ("Ctrl+T",), Menu.NAVIGATE),
    ActionSpec(ActionId.TEXT, messages.action_text, (), Menu.NAVIGATE),
    ActionSpec(
        ActionId.NEXT_QUESTION, messages.action_next_question, ("N",), Menu.NAVIGATE,
        Scope.READING_PANE, separator_before=True,
    ),
    ActionSpec(
        ActionId.PREVIOUS_QUESTION, messages.action_previous_question, ("Shift+N",), Menu.NAVIGATE,
        Scope.READING_PANE,
    ),
    ActionSpec(ActionId.NEXT_SECTION, messages.action_next_section, ("Ctrl+PgDown",),
               Menu.NAVIGATE),
    ActionSpec(
        ActionId.PREVIOUS_SECTION, messages.action_previous_section, ("Ctrl+PgUp",), Menu.NAVIGATE
    ),
    ActionSpec(
        ActionId.DOCUMENT_START, messages.action_document_start, ("Ctrl+Home",), Menu.NAVIGATE,
        Scope.NATIVE, separator_before=True,
    ),
    ActionSpec(
        ActionId.DOCUMENT_END, messages.action_document_end, ("Ctrl+End",), Menu.NAVIGATE,
        Scope.NATIVE,
    ),
    ActionSpec(
        ActionId.OPEN_LINK, messages.action_open_link, ("Ctrl+Return", "Ctrl+Enter"), Menu.NAVIGATE,
        Scope.READING_PANE, separator_before=True,
    ),
    ActionSpec(ActionId.FIND, messages.action_find, ("Ctrl+F",), Menu.NAVIGATE,
               separator_before=True),
    ActionSpec(ActionId.FIND_NEXT, messages.action_find_next, ("F3",), Menu.NAVIGATE),
    ActionSpec(ActionId.FIND_PREVIOUS, messages.action_find_previous, ("Shift+F3",), Menu.NAVIGATE),
    ActionSpec(ActionId.GO_TO_QUESTION, messages.action_go_to_question, ("Ctrl+G",), Menu.NAVIGATE,
               separator_before=True),
    ActionSpec(ActionId.WHERE_AM_I, messages.action_where_am_i, ("Ctrl+Shift+K",), Menu.NAVIGATE),
    # Correcting the outline: about the outline's selected row when the outline has focus, else
    # the paragraph at the caret (reader.ui.text.outline_corrections). Ctrl+Alt: no clash with
    # the desktop's Ctrl+Alt+T/L/D/Del, and never a key that types in a field.
    ActionSpec(ActionId.MARK_QUESTION, messages.action_mark_question, ("Ctrl+Alt+Q",),
               Menu.NAVIGATE, separator_before=True),
    ActionSpec(ActionId.NOT_QUESTION, messages.action_not_question, ("Ctrl+Alt+N",),
               Menu.NAVIGATE),
    ActionSpec(ActionId.MARK_TITLE, messages.action_mark_title, (), Menu.NAVIGATE),
    ActionSpec(ActionId.START_SECTION, messages.action_start_section, ("Ctrl+Alt+S",),
               Menu.NAVIGATE),
    ActionSpec(ActionId.SPEAKER_ASKS, messages.action_speaker_asks, (), Menu.NAVIGATE),
    # A field's own Ctrl+Z (the find bar's) wins over these: Qt gives a focused line edit the
    # keys it edits with before any shortcut. The read-only text does not claim them.
    ActionSpec(ActionId.UNDO_CORRECTION, messages.action_undo_correction, ("Ctrl+Z",),
               Menu.NAVIGATE, separator_before=True),
    ActionSpec(ActionId.REDO_CORRECTION, messages.action_redo_correction,
               ("Ctrl+Shift+Z", "Ctrl+Y"), Menu.NAVIGATE),
    ActionSpec(ActionId.RESTORE_STRUCTURE, messages.action_restore_structure, (),
               Menu.NAVIGATE, separator_before=True),
    ActionSpec(ActionId.SHOW_OUTLINE, messages.action_show_outline, (), Menu.VIEW, checkable=True),
    ActionSpec(ActionId.SHOW_STATUS, messages.action_show_status, (), Menu.VIEW, checkable=True),
    ActionSpec(ActionId.WIDER_OUTLINE, messages.action_wider_outline, ("Alt+Right",),
               Menu.VIEW),
    ActionSpec(ActionId.NARROWER_OUTLINE, messages.action_narrower_outline, ("Alt+Left",),
               Menu.VIEW),
    ActionSpec(ActionId.WHOLE_PAGE, messages.action_whole_page, (), Menu.VIEW, checkable=True,
               separator_before=True),
    ActionSpec(ActionId.READ_NOTES, messages.action_read_notes, (), Menu.VIEW, checkable=True),
    ActionSpec(ActionId.NEXT_PANE, messages.action_next_pane, ("F6",), Menu.VIEW,
               separator_before=True),
    ActionSpec(ActionId.PREVIOUS_PANE, messages.action_previous_pane, ("Shift+F6",), Menu.VIEW),
    ActionSpec(ActionId.PRESENT, messages.action_present, ("F5",), Menu.VIEW,
               separator_before=True),
    ActionSpec(ActionId.BIGGER_TEXT, messages.action_bigger_text, ("Ctrl+=", "Ctrl++"), Menu.VIEW,
               separator_before=True),
    ActionSpec(ActionId.SMALLER_TEXT, messages.action_smaller_text, ("Ctrl+-",), Menu.VIEW),
    ActionSpec(ActionId.RESET_TEXT_SIZE, messages.action_reset_text_size, ("Ctrl+0",), Menu.VIEW),
    ActionSpec(ActionId.LINE_FOCUS, messages.action_line_focus, ("Ctrl+Shift+L",), Menu.VIEW,
               checkable=True, separator_before=True),
    ActionSpec(ActionId.FOCUS_MODE, messages.action_focus_mode, ("Ctrl+Shift+F",), Menu.VIEW,
               checkable=True),
    ActionSpec(ActionId.FULL_SCREEN, messages.action_full_screen, ("F11",), Menu.VIEW,
               checkable=True),
    ActionSpec(ActionId.PREFERENCES, messages.action_preferences, ("Ctrl+,",), Menu.VIEW,
               separator_before=True),
    ActionSpec(ActionId.ADD_BOOKMARK, messages.action_add_bookmark, ("Ctrl+B",), Menu.BOOKMARKS),
    ActionSpec(ActionId.BOOKMARKS, messages.action_bookmarks, ("Ctrl+Shift+B",), Menu.BOOKMARKS),
    ActionSpec(
        ActionId.PLAY_PAUSE, messages.action_play, ("Space",), Menu.SPEECH, Scope.READING_PANE,
        window_shortcuts=("Media Play", "Toggle Media Play/Pause"),
    ),
    ActionSpec(ActionId.STOP, messages.action_stop, ("Esc",), Menu.SPEECH,
               window_shortcuts=("Media Stop",)),
    ActionSpec(
        ActionId.READ_SELECTION, messages.action_read_selection, ("Shift+Space",), Menu.SPEECH,
        Scope.READING_PANE,
    ),
    ActionSpec(
        ActionId.PREVIOUS_SENTENCE, messages.action_previous_sentence, ("Ctrl+[",), Menu.SPEECH,
        separator_before=True,
    ),
    ActionSpec(ActionId.NEXT_SENTENCE, messages.action_next_sentence, ("Ctrl+]",), Menu.SPEECH),
    ActionSpec(
        ActionId.PREVIOUS_PARAGRAPH, messages.action_previous_paragraph, ("Ctrl+Up",), Menu.SPEECH,
        Scope.READING_PANE,
    ),
    ActionSpec(
        ActionId.NEXT_PARAGRAPH, messages.action_next_paragraph, ("Ctrl+Down",), Menu.SPEECH,
        Scope.READING_PANE,
    ),
    ActionSpec(ActionId.FASTER, messages.action_faster, ("Ctrl+Shift+Up",), Menu.SPEECH,
               separator_before=True),
    ActionSpec(ActionId.SLOWER, messages.action_slower, ("Ctrl+Shift+Down",), Menu.SPEECH),
    ActionSpec(ActionId.SECTION_ONLY, messages.action_section_only, (), Menu.SPEECH, checkable=True,
               separator_before=True),
    ActionSpec(ActionId.SPEECH_SETTINGS, messages.action_speech_settings, (), Menu.SPEECH),
    ActionSpec(ActionId.ANNOUNCE_MESSAGES, messages.action_announce_messages, (), Menu.SPEECH,
               checkable=True),
    ActionSpec(ActionId.SHORTCUTS, messages.action_shortcuts, ("F1",), Menu.HELP),
    ActionSpec(ActionId.ABOUT, messages.action_about, (), Menu.HELP),
)

# What correcting the outline answers (reader.ui.text.outline_corrections): made when first
# used, its structure rules are not loaded before the window's first paint.
CORRECTION_ACTIONS = (
    ActionId.MARK_QUESTION, ActionId.NOT_QUESTION, ActionId.MARK_TITLE, ActionId.START_SECTION,
    ActionId.SPEAKER_ASKS, ActionId.UNDO_CORRECTION, ActionId.REDO_CORRECTION,
    ActionId.RESTORE_STRUCTURE,
)


class KeyHint(NamedTuple):
    """A key a widget handles itself (no action): listed in the shortcuts dialog only."""

    text: Callable[[], str]
    keys: str
    where: Callable[[str], str]  # e.g. messages.keys_in_outline


KEY_HINTS: tuple[KeyHint, ...] = (
    KeyHint(messages.hint_read_section, "Return", messages.keys_in_outline),
    KeyHint(messages.hint_close_message, "Escape", messages.keys_in_message),
    KeyHint(messages.hint_find_next_in_bar, "Return", messages.keys_in_find_bar),
)


def spec(action_id: str) -> ActionSpec:
    for item in ACTIONS:
        if item.id == action_id:
            return item
    raise KeyError(action_id)


def is_single_key(keys: str) -> bool:
    """A key without Ctrl, Alt or Meta (a letter, Space, Shift+N, F3…) types or moves in a text
    field, so it may only act in the reading pane. Function and media keys are not typing
    keys, so they may act anywhere."""
    sequence = QKeySequence(keys)
    if sequence.isEmpty():
        return False
    combination = sequence[0]  # type: ignore[index]  # PySide6's stubs lack __getitem__
    modifiers = combination.keyboardModifiers()
    if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                    | Qt.KeyboardModifier.MetaModifier):
        return False
    key = combination.key()
    return not (Qt.Key.Key_F1 <= key <= Qt.Key.Key_F35 or key >= Qt.Key.Key_Back)


def effective_scope(item: ActionSpec, shortcuts: Iterable[str]) -> Scope:
    """The table's scope, narrowed to the reading pane when the user gave a window action a
    single key (so "B" never fires inside the find field or the outline's type-ahead). The
    table's own keys keep the table's scope (Esc stops reading wherever focus is)."""
    if tuple(shortcuts) == item.shortcuts:
        return item.scope
    if item.scope is Scope.WINDOW and any(is_single_key(k) for k in shortcuts):
        return Scope.READING_PANE
    return item.scope


def set_keys(action: QAction, item: ActionSpec, shortcuts: tuple[str, ...],
             window: QWidget, reading_pane: QWidget) -> None:
    """Give ``action`` these keys, registered in the scope they call for."""
    action.setShortcuts([QKeySequence(keys) for keys in shortcuts])
    scope = effective_scope(item, shortcuts)
    window.removeAction(action)
    reading_pane.removeAction(action)
    if scope is Scope.READING_PANE:
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        reading_pane.addAction(action)
    elif scope is Scope.NATIVE:
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    else:
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        window.addAction(action)  # works even while the menu bar is hidden


def create_actions(
    window: QWidget, reading_pane: QWidget,
    keys: Mapping[str, tuple[str, ...]] | None = None,
) -> dict[ActionId, QAction]:
    """One QAction per spec, owned by ``window``, with its shortcuts in its scope; ``keys``
    holds the user's own keys for some actions (reader.ui.keyboard.shortcut_settings)."""
    keys = keys or {}
    actions: dict[ActionId, QAction] = {}
    for item in ACTIONS:
        action = QAction(item.text(), window)
        action.setObjectName(f"action_{item.id}")
        action.setCheckable(item.checkable)
        set_keys(action, item, keys.get(item.id, item.shortcuts), window, reading_pane)
        if item.window_shortcuts:
            window.addAction(_companion(action, item, window))
        actions[item.id] = action
    return actions


def _companion(action: QAction, item: ActionSpec, window: QWidget) -> QAction:
    """A menu-less action carrying ``item.window_shortcuts``: it triggers ``action`` and is
    enabled when it is."""
    companion = QAction(window)
    companion.setObjectName(f"action_{item.id}_keys")
    companion.setShortcuts([QKeySequence(keys) for keys in item.window_shortcuts])
    companion.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    companion.triggered.connect(action.trigger)
    action.enabledChanged.connect(companion.setEnabled)
    return companion


def build_menus(
    menubar: QMenuBar,
    actions: Mapping[ActionId, QAction],
    submenus_after: Mapping[ActionId, QMenu] | None = None,
) -> dict[Menu, QMenu]:
    """Fill ``menubar`` in table order; ``submenus_after[id]`` goes right after action ``id``."""
    submenus_after = submenus_after or {}
    menus: dict[Menu, QMenu] = {}
    for item in ACTIONS:
        menu = menus.get(item.menu)
        if menu is None:
            menu = menubar.addMenu(MENU_TITLES[item.menu]())
            menu.setObjectName(f"menu_{item.menu.value}")
            menus[item.menu] = menu
        if item.separator_before and menu.actions():
            menu.addSeparator()
        menu.addAction(actions[item.id])
        if item.id in submenus_after:
            menu.addMenu(submenus_after[item.id])
    return menus


def _native(shortcuts: Iterable[str]) -> str:
    return ", ".join(
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in shortcuts
    )


def plain_text(text: str) -> str:
    """A menu text without its mnemonic marker ("&Open…" -> "Open…", "&&" -> "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def shortcut_rows(
    specs: Iterable[ActionSpec] = ACTIONS, hints: Iterable[KeyHint] = KEY_HINTS,
    keys_of: Mapping[str, tuple[str, ...]] | None = None,
) -> list[tuple[str, str]]:
    """(action, keys) for every action that has keys, then the widgets' own keys;
    ``keys_of`` holds the user's own keys where they differ from the table's."""
    keys_of = keys_of or {}
    rows = []
    for item in specs:
        shortcuts = keys_of.get(item.id, item.shortcuts)
        if not shortcuts and not item.window_shortcuts:
            continue
        keys = _native(shortcuts)
        if effective_scope(item, shortcuts) is not Scope.WINDOW and keys:
            keys = messages.keys_in_text(keys)
        keys = ", ".join(k for k in (keys, _native(item.window_shortcuts)) if k)
        rows.append((plain_text(item.text()), keys))
    for hint in hints:
        keys = QKeySequence(hint.keys).toString(QKeySequence.SequenceFormat.NativeText)
        rows.append((hint.text(), hint.where(keys)))
    return rows
