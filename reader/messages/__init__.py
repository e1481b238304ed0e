"""Every string a user can see or hear, in one place, translatable with Qt Linguist.

One package, one module per area of the app; callers use ``messages.name`` whatever module
the name lives in. ``scripts/translations`` extracts them and compiles their translations
(resources/translations).
``QCoreApplication.translate`` works without a QApplication, so the terminal commands share
these strings; with no translator installed it returns the English text. Only QtCore is
imported: the document package stays pure Python and turns into words here.
"""

from importlib import import_module
from typing import TYPE_CHECKING

from .accessibility import *
from .appearance import *
from .corrections import *
from .documents import *
from .keyboard import *
from .presenter import *
from .reading_and_export import *
from .speech import *
from .terminal import *
from .translate import tr as tr
from .window import *

# The areas no start says anything of before its first paint (installing the desktop entry,
# exporting audio, a font missing, the interface's language, settings reset) are imported when
# one of their names is first asked for (docs/performance.md, "Start-up (session 20)").
if TYPE_CHECKING:
    from .desktop import *
    from .export import *
    from .fonts import *
    from .interface import *
    from .saved_settings import *

_LATER = ("desktop", "export", "fonts", "interface", "saved_settings")


def __getattr__(name: str) -> object:
    for area in _LATER:
        names = vars(import_module(f"{__name__}.{area}"))
        if name in names and not name.startswith("_"):
            globals()[name] = names[name]  # looked for once
            return names[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
