"""Every string a user can see or hear, in one place, translatable with Qt Linguist.

One package, one module per area of the app; callers use ``messages.name`` whatever module
the name lives in. ``scripts/translations`` extracts them and compiles their translations
(resources/translations).
``QCoreApplication.translate`` works without a QApplication, so the terminal commands share
these strings; with no translator installed it returns the English text. Only QtCore is
imported: the document package stays pure Python and turns into words here.
"""

from .accessibility import *
from .appearance import *
from .corrections import *
from .desktop import *
from .documents import *
from .export import *
from .fonts import *
from .interface import *
from .keyboard import *
from .presenter import *
from .reading_and_export import *
from .saved_settings import *
from .speech import *
from .terminal import *
from .translate import tr as tr
from .window import *
