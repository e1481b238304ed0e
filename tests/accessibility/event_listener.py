#!/usr/bin/python3
"""A stand-in for Orca's event handling: listens to the events Orca listens to and asks each
event's source what Orca asks (name, role, parent, caret, the line at the caret), so that Qt's
accessibility bridge is active and makes its interfaces as it does with Orca running, without
Orca's one-instance-per-user limit. Runs under the system Python (pyatspi), in the tests'
desktop session, until it is terminated; prints how many events it received.

usage: event_listener.py
"""

import signal

import pyatspi

EVENTS = ("object:state-changed", "object:children-changed", "object:property-change",
          "object:text-caret-moved", "object:text-changed", "object:text-selection-changed",
          "object:selection-changed", "object:active-descendant-changed",
          "object:value-changed", "window:activate", "window:create", "window:deactivate",
          "focus:")
received = [0]


def asked(event):
    received[0] += 1
    try:
        source = event.source
        _ = (source.name, source.getRole(), source.parent)
        text = source.queryText()
        text.getTextAtOffset(max(text.caretOffset, 0), pyatspi.TEXT_BOUNDARY_LINE_START)
    except Exception:  # noqa: BLE001  (gone meanwhile, or no text: as Orca, go on)
        pass


def stop(*_args):
    print("events", received[0], flush=True)
    pyatspi.Registry.stop()


for kind in EVENTS:
    pyatspi.Registry.registerEventListener(asked, kind)
signal.signal(signal.SIGTERM, stop)
pyatspi.Registry.start()
