"""Every string a user can see or hear, in one place, translatable with Qt Linguist.

One package, one module per area of the app; callers use ``messages.name`` whatever module
the name lives in. ``pyside6-lupdate reader/messages/*.py`` extracts them (context "Messages").
``QCoreApplication.translate`` works without a QApplication, so the terminal commands share
these strings; with no translator installed it returns the English text. Only QtCore is
imported: the document package stays pure Python and turns into words here.
"""

from .accessibility import *  # noqa: F401,F403
from .appearance import *  # noqa: F401,F403
from .corrections import *  # noqa: F401,F403
from .documents import *  # noqa: F401,F403
from .keyboard import *  # noqa: F401,F403
from .presenter import *  # noqa: F401,F403
from .speech import *  # noqa: F401,F403
from .translate import tr  # noqa: F401
from .window import *  # noqa: F401,F403
