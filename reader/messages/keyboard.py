"""Find, go to, where am I, bookmarks, panes, editable shortcuts, spoken messages.
(See ``reader.messages``.)"""

from __future__ import annotations

from .translate import tr

# --- Menus and actions -----------------------------------------------------------------------


def menu_bookmarks() -> str:
    return tr("&Bookmarks")


def action_find() -> str:
    return tr("&Find…")


def action_find_next() -> str:
    return tr("Fin&d next")


def action_find_previous() -> str:
    return tr("Find previo&us")


def action_go_to_question() -> str:
    return tr("&Go to question…")


def action_where_am_i() -> str:
    return tr("Where am &I?")


def action_next_pane() -> str:
    return tr("&Move to the next pane")


def action_previous_pane() -> str:
    return tr("Move &back to the previous pane")


def action_add_bookmark() -> str:
    return tr("&Add a bookmark here")


def action_bookmarks() -> str:
    return tr("&Show bookmarks…")


def action_announce_messages() -> str:
    return tr("Speak the app's &messages")


# --- Find bar --------------------------------------------------------------------------------


def find_bar_name() -> str:
    return tr("Find bar")


def find_field_label() -> str:
    return tr("F&ind:")


def find_field_name() -> str:
    return tr("Find in the document")


def find_field_description() -> str:
    return tr("Ignores case and accents. Enter: next match, Shift+Enter: previous, "
              "Escape: back to the text")


def find_next_button() -> str:
    return tr("Next")


def find_previous_button() -> str:
    return tr("Previous")


def find_close_button() -> str:
    return tr("Close the find bar")


def find_count(current: int, total: int) -> str:
    return tr("{current} of {total}").format(current=current, total=total)


def find_none() -> str:
    return tr("No match")


def find_searching() -> str:
    return tr("Searching…")


def find_result(current: int, total: int, line: str) -> str:
    """Said when a match is reached: the count, then the line around it."""
    return tr("{current} of {total}: {line}").format(current=current, total=total, line=line)


def find_not_found(query: str) -> str:
    return tr("“{query}” not found").format(query=query)


def find_nothing_to_repeat() -> str:
    return tr("Nothing to find yet: press Ctrl+F and type")


# --- Go to question --------------------------------------------------------------------------


def go_to_title() -> str:
    return tr("Go to question")


def go_to_label(count: int) -> str:
    return tr("&Question number (1 to {count}):").format(count=count)


def go_to_out_of_range(text: str, count: int) -> str:
    return tr("“{text}” is not a question number: type a number from 1 to {count}.").format(
        text=text, count=count)


# --- Where am I ------------------------------------------------------------------------------


def where_am_i(title: str, place: str, percent: int) -> str:
    """``title`` and ``place`` come as sentences (ending in ".", "?"…)."""
    return tr("{title} {place} {percent} % through the document.").format(
        title=title, place=place, percent=percent)


def where_no_document() -> str:
    return tr("No document is open.")


# --- Bookmarks and last position -------------------------------------------------------------


def bookmark_added(label: str) -> str:
    return tr("Bookmark added: {label}").format(label=label)


def bookmark_exists(label: str) -> str:
    return tr("There is already a bookmark here: {label}").format(label=label)


def bookmarks_title() -> str:
    return tr("Bookmarks")


def bookmarks_list_name() -> str:
    return tr("Bookmarks of this document")


def bookmarks_empty() -> str:
    return tr("No bookmarks yet: press Ctrl+B in the text to add one.")


def bookmarks_go() -> str:
    return tr("&Go to")


def bookmarks_rename() -> str:
    return tr("&Rename…")


def bookmarks_delete() -> str:
    return tr("&Delete")


def bookmark_rename_title() -> str:
    return tr("Rename bookmark")


def bookmark_rename_label() -> str:
    return tr("&Name:")


def bookmark_row(label: str, percent: int) -> str:
    return tr("{label} ({percent} %)").format(label=label, percent=percent)


def bookmark_deleted(label: str) -> str:
    return tr("Bookmark deleted: {label}").format(label=label)


def no_document_for_bookmarks() -> str:
    return tr("Open a saved document to use bookmarks.")


def reopened_at(place: str) -> str:
    return tr("Reopened where you left off: {place}").format(place=place)


# --- Shortcuts dialog ------------------------------------------------------------------------


def shortcuts_search_label() -> str:
    return tr("&Search:")


def shortcuts_search_name() -> str:
    return tr("Search the shortcuts")


def shortcuts_search_description() -> str:
    return tr("Type part of an action's name or of a key; the list shows only what matches.")


def shortcuts_change() -> str:
    return tr("&Change key…")


def shortcuts_remove() -> str:
    return tr("Re&move key")


def shortcuts_reset() -> str:
    return tr("Reset to &default")


def shortcuts_reset_all() -> str:
    return tr("Reset &all to defaults")


def shortcuts_reset_all_question() -> str:
    return tr("Give every action its default keys again?")


def shortcuts_shown(count: int) -> str:
    # ``n`` lets a translation give each plural form of its language.
    if count == 1:
        return tr("1 shortcut shown", None, count)
    return tr("{count} shortcuts shown", None, count).format(count=count)


def shortcut_no_key() -> str:
    """In the list's key column for an action that has no key (not a blank cell)."""
    return tr("No key")


def shortcut_not_editable(action: str) -> str:
    return tr("The keys of “{action}” are the text's own and cannot be changed.").format(
        action=action)


def key_dialog_title(action: str) -> str:
    return tr("New key for “{action}”").format(action=action)


def key_dialog_prompt(action: str) -> str:
    return tr("Press the new key for “{action}”, then Enter or OK. Tab moves on, Escape "
              "cancels.").format(action=action)


def key_field_name() -> str:
    return tr("New key")


def key_field_empty() -> str:
    return tr("(press a key)")


def key_conflict(keys: str, other: str) -> str:
    return tr("{keys} is already the key of “{other}”. OK gives it to this action instead "
              "(“{other}” loses it); press another key, or Cancel.").format(keys=keys, other=other)


def key_free(keys: str) -> str:
    return tr("{keys} is free.").format(keys=keys)


def key_already_own(keys: str) -> str:
    return tr("{keys} is already this action's key.").format(keys=keys)


def key_reserved(keys: str) -> str:
    return tr("{keys} cannot be a shortcut here (it moves the focus or closes dialogs).").format(
        keys=keys)


def key_changed(action: str, keys: str) -> str:
    return tr("“{action}” now has the key {keys}.").format(action=action, keys=keys)


def key_removed(action: str) -> str:
    return tr("“{action}” has no key now.").format(action=action)


def keys_reset(action: str) -> str:
    return tr("“{action}” has its default keys again.").format(action=action)


def keys_reset_all() -> str:
    return tr("Every action has its default keys again.")


def hint_find_next_in_bar() -> str:
    return tr("Next / previous match")


def keys_in_find_bar(keys: str) -> str:
    return tr("{keys} (in the find bar)").format(keys=keys)


# --- Spoken messages -------------------------------------------------------------------------


def reading_paused() -> str:
    return tr("Paused")


def reading_stopped() -> str:
    return tr("Stopped")


def reading_finished() -> str:
    return tr("End of reading")


def announcements_on() -> str:
    return tr("The app speaks its messages")


def announcements_off() -> str:
    return tr("The app no longer speaks its messages")
