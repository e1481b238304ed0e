"""Every string a user can see or hear, in one place, translatable with Qt Linguist.

One package, one module per area of the app; callers use ``messages.name`` whatever module
the name lives in. ``scripts/translations`` extracts them and compiles their translations
(resources/translations).
``QCoreApplication.translate`` works without a QApplication, so the terminal commands share
these strings; with no translator installed it returns the English text. Only QtCore is
imported: the document package stays pure Python and turns into words here.
"""

from .accessibility import *  # noqa: F401,F403
from .appearance import *  # noqa: F401,F403
from .desktop import *  # noqa: F401,F403
from .documents import *  # noqa: F401,F403
from .interface import *  # noqa: F401,F403
from .keyboard import *  # noqa: F401,F403
from .presenter import *  # noqa: F401,F403
from .speech import *  # noqa: F401,F403
from .terminal import *  # noqa: F401,F403
from .translate import tr  # noqa: F401
from .window import *  # noqa: F401,F403
