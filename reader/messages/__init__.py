"""Every string a user can see or hear, in one place, translatable with Qt Linguist.

One package, one module per area of the app; callers use ``messages.name`` whatever module
the name lives in. ``pyside6-lupdate reader/messages/*.py`` extracts them (context "Messages").
``QCoreApplication.translate`` works without a QApplication, so the terminal commands share
these strings; with no translator installed it returns the English text. Only QtCore is
imported: the document package stays pure Python and turns into words here.
"""

from .accessibility import *
from .appearance import *
from .documents import *
from .export import *
from .keyboard import *
from .presenter import *
from .reading_and_export import *
from .speech import *
from .translate import tr as tr
from .window import *
