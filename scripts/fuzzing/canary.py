"""A local address hostile files point at: every connection a document makes to it is counted.

Nobody waits on it: the connections queue in the listening socket (a document's is queued
once its connect returns) and are taken by the worker right after each document, so each is
that document's, with no race against a watching thread; the run takes what is left when it
ends. The socket is made before the workers are forked: they share it.
"""

from __future__ import annotations

import socket
from typing import Any


class Canary:
    def __init__(self, counter: Any) -> None:
        self.counter = counter  # shared by the workers: every connection taken, in all
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(128)
        self.socket.setblocking(False)
        self.port: int = self.socket.getsockname()[1]

    def take(self) -> int:
        """The connections waiting, taken and counted: how many there were."""
        taken = 0
        while True:
            try:
                peer, _ = self.socket.accept()
            except OSError:  # none left (BlockingIOError), or closed
                break
            peer.close()
            taken += 1
        if taken:
            with self.counter.get_lock():
                self.counter.value += taken
        return taken

    def close(self) -> None:
        self.take()
        self.socket.close()
