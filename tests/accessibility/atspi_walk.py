#!/usr/bin/python3
"""Dump an application's accessibility tree as JSON, as assistive technology sees it.

Runs under the SYSTEM Python (Debian's python3-pyatspi is not installable in the venv); the
tests call it as a subprocess inside their desktop session. Standard library and pyatspi only.

usage: atspi_walk.py APP_NAME [--timeout S] [--window TITLE_PART] [--max-children N]
Prints one JSON object: {"windows": [node, ...]} where a node is
{"role", "name", "description", "states", "text": {"count", "caret", "start"} | null,
 "children": [...], "child_count"}. Exit 2 if the app (or the window) does not appear.
"""

import json
import sys
import time

import pyatspi
from gi.repository import GLib


def node(acc, max_children, depth=0):
    states = sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())
    text = None
    try:
        t = acc.queryText()
        text = {"count": t.characterCount, "caret": t.caretOffset,
                "start": t.getText(0, min(t.characterCount, 2000))}
    except NotImplementedError:
        pass
    count = acc.childCount
    children = []
    # Hidden subtrees (a collapsed menu, a hidden panel) are not walked: nobody reaches them.
    if depth < 40:
        for i in range(min(count, max_children)):
            child = acc.getChildAtIndex(i)
            if child is not None:
                children.append(node(child, max_children, depth + 1))
    return {"role": acc.getRoleName(), "name": acc.name or "",
            "description": acc.description or "", "states": states, "text": text,
            "child_count": count, "children": children}


def find_app(name, timeout):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    return None


def main(argv):
    if not argv:
        sys.exit(__doc__)
    name = argv[0]
    timeout = float(argv[argv.index("--timeout") + 1]) if "--timeout" in argv else 20
    window = argv[argv.index("--window") + 1] if "--window" in argv else None
    max_children = int(argv[argv.index("--max-children") + 1]) if "--max-children" in argv else 400
    end = time.time() + timeout
    # A live tree is not walked atomically: an item the app replaces meanwhile (the outline
    # filled again, a tooltip gone) answers "No such object path". Then find the windows and
    # walk again: a later walk sees the tree as it now stands.
    for attempt in range(10):
        windows = app_windows(name, window, end)
        if not windows:
            titled = f" titled like {window!r}" if window else ""
            sys.stderr.write(f"no window of {name!r}{titled} on the AT-SPI desktop\n")
            sys.exit(2)
        try:
            tree = [node(w, max_children) for w in windows]
            break
        except GLib.GError:
            if attempt == 9:
                raise
            time.sleep(0.3)
    print(json.dumps({"windows": tree}, ensure_ascii=False))


def app_windows(name, window, end):
    """The app's windows (titled like `window` if given), waiting until `end` for one."""
    while True:
        app = find_app(name, max(0.5, end - time.time()))
        windows = []
        if app is not None:
            for i in range(app.childCount):
                child = app.getChildAtIndex(i)
                if child is not None and (window is None or window in (child.name or "")):
                    windows.append(child)
        if windows or time.time() > end:
            return windows
        time.sleep(0.2)


if __name__ == "__main__":
    main(sys.argv[1:])
