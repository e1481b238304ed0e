"""The reader's appearance applied to the whole window: typography on the text, the theme on the
application (so menus, dialogs, the outline, the status line and the slides follow), the panels'
and menus' fonts, line focus and focus mode; and the View actions that change them. The
Preferences dialog, which changes them too, is kept by ``preferences`` (preferences_keeper).

Saved in the settings (group ``appearance``) whenever the reader changes something, except the
values given on the command line (``--theme``, ``--font-size``): those hold for that run only, so
a kiosk's or a training room's saved settings are never changed by its launcher.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from reader import messages
from reader.appearance.preferences import (
    DEFAULTS,
    DYSLEXIA_FALLBACK_FONT,
    Appearance,
    AppearanceValues,
    bigger,
    clean,
    smaller,
)
from reader.appearance.themes import SYSTEM, THEMES, Theme
from reader.ui.appearance import appearance_settings
from reader.ui.appearance.focus_mode import FocusMode
from reader.ui.appearance.preferences_keeper import PreferencesKeeper
from reader.ui.appearance.restyle import Restyle
from reader.ui.appearance.theme_palette import (
    arrows_folder,
    controls_style,
    palette_for,
    theme_with_custom,
)
from reader.ui.context import ActionId, ReaderContext
from reader.ui.shell.application import running_application
from reader.ui.shell.screen_reader import ScreenReaderWatch, screen_reader_listening
from reader.ui.text.typography import BakedColours, capped_font, page_style, reading_font

if TYPE_CHECKING:
    from reader.ui.shell.main_window import MainWindow


PANEL_MAX_POINTS = 28.0  # messages, status line, find bar: large, but not slide-sized
MENU_MAX_POINTS = 24.0


class AppearanceController(QObject):
    # The reading font changed (family, size, weight or spacing): for windows of their own that
    # use it, such as the presenter's slides.
    reading_font_changed = Signal(QFont)

    def __init__(self, window: MainWindow, context: ReaderContext, settings: QSettings, *,
                 overrides: AppearanceValues | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._settings = settings
        self._system_palette = QPalette(QApplication.palette())
        self._system_font = QFont(QApplication.font())
        self._fonts_loaded: set[str] = set()
        self._saved = appearance_settings.load(settings)
        self._overrides: AppearanceValues = overrides.copy() if overrides else {}
        self.appearance = clean(replace(self._saved, **self._overrides))
        self._palette_key: tuple[object, ...] | None = None
        self._restyle = Restyle(self)
        self._baked_colours = BakedColours()
        self.focus_mode = FocusMode(window)
        self.preferences = PreferencesKeeper(self, window, context, settings, self._fonts_loaded)
        self._chrome_font: QFont | None = None
        self._reading_font: QFont | None = None
        self._chrome_pending = False
        self._screen_reader = False  # whether one listened when last asked: styles follow it
        self._screen_reader_held = False  # until the first paint (hold_screen_reader)
        self._connect()
        self.apply(self.appearance, save=False)
        self.apply_chrome_font()  # at start-up, before the first paint: no restyling flash

    # --- Applying -----------------------------------------------------------------------------

    def font_for(self, appearance: Appearance) -> QFont:
        family = appearance.font_family
        if not family:  # no family chosen: nothing to load
            return reading_font(appearance, self._system_font)
        # Imported with the first family chosen: most starts need none before their first
        # paint (docs/performance.md, "Start-up (session 20)").
        from reader.ui.appearance import reading_fonts

        # Debian's fonts-opendyslexic missing: the next best.
        if (not reading_fonts.load_family(family, self._fonts_loaded)
                and family == "OpenDyslexic"):
                reading_fonts.load_family(DYSLEXIA_FALLBACK_FONT, self._fonts_loaded)
                appearance = replace(appearance, font_family=DYSLEXIA_FALLBACK_FONT)
        return reading_font(appearance, self._system_font)

    def apply(self, appearance: Appearance, *, save: bool = True) -> None:
        # Any of it may lay the text out anew (size, spacing, font, margins, theme, focus mode).
        with self._context.keeping_place():
            self._apply(clean(appearance))
        if save:
            self.save()

    def _apply(self, appearance: Appearance) -> None:
        self.appearance = appearance
        self._apply_theme(appearance)
        font = self.font_for(appearance)
        window = self._window
        style = page_style(appearance, screen_reader=self._screen_reader)
        window.fonts.set_reading_font(font, style)
        window.typesetter.apply(font, style, appearance.margin, appearance.max_line_length)
        if font != self._reading_font:
            first = self._reading_font is None
            self._reading_font = QFont(font)
            if not first:  # at start-up nothing listens yet
                self.reading_font_changed.emit(QFont(font))
        # The panels and menus follow in the next event-loop turn: the page repaints first,
        # and a burst of Ctrl+= or Ctrl+wheel restyles them once.
        self._chrome_font = font
        if not self._chrome_pending:
            self._chrome_pending = True
            QTimer.singleShot(0, self.apply_chrome_font)
        lines = appearance.line_focus_lines if appearance.line_focus else 0
        window.text.set_line_focus(lines)
        self._set_checked(ActionId.LINE_FOCUS, appearance.line_focus)
        self._set_focus_mode(appearance.focus_mode)

    def apply_chrome_font(self) -> None:
        """The outline, messages, status line (capped), menus and dialogs in the reading font."""
        self._chrome_pending = False
        font = self._chrome_font
        if font is None:
            return
        self._window.fonts.set_panel_font(capped_font(font, PANEL_MAX_POINTS))
        # The outline is read like the text, and its rows wrap: it follows without a cap.
        if self._window.outline.font() != font:
            self._window.outline.setFont(font)
        self._apply_menu_font(font, self.appearance)

    def save(self) -> None:
        """Save what the reader chose; command-line values stay out of the file."""
        kept = {name: getattr(self._saved, name) for name, value in self._overrides.items()
                if getattr(self.appearance, name) == value}
        self._saved = replace(self.appearance, **kept)
        appearance_settings.save(self._settings, self._saved)

    def palette(self, appearance: Appearance | None = None) -> QPalette:
        appearance = appearance or self.appearance
        custom = appearance.custom_colours
        if appearance.theme == SYSTEM and not custom:
            # An empty palette: Qt resolves every role from the platform theme and clears
            # AA_SetPalette, so the app follows the desktop again (a switch to dark mode too).
            return QPalette()
        return palette_for(self.theme(appearance))

    def theme(self, appearance: Appearance | None = None) -> Theme:
        appearance = appearance or self.appearance
        colours = {}
        if appearance.custom_colours:
            colours = dict(text=appearance.text_colour, background=appearance.background_colour,
                           link=appearance.link_colour, highlight=appearance.highlight_colour)
        return theme_with_custom(appearance.theme, self._system_palette, **colours)

    def _apply_theme(self, appearance: Appearance) -> None:
        colours = (appearance.text_colour, appearance.background_colour,
                   appearance.link_colour, appearance.highlight_colour)
        key = (appearance.theme, appearance.custom_colours,
               colours if appearance.custom_colours else ())
        if key == self._palette_key:
            return
        first = self._palette_key is None
        self._palette_key = key
        if first and key == (SYSTEM, False, ()):
            return  # the platform's palette, untouched (and no work before the first paint)
        self._restyle.hold_repaints()
        palette = self.palette(appearance)
        app = running_application()
        app.setPalette(palette)
        # Widgets a style sheet styles keep the palette they were polished with; setting the
        # application's sheet polishes every widget anew, those with a sheet of their own (the
        # focus ring on the central widget's panes) included: once is enough (each widget's
        # own sheet set again after it polished the window a second time, a quarter of the
        # change's time). The system theme has no sheet: the platform's style. The sheet
        # follows in a turn of its own (Restyle), but at start-up: before the first paint.
        system = appearance.theme == SYSTEM and not appearance.custom_colours
        sheet = "" if system else controls_style(palette, arrows_folder())
        self._restyle.set_sheet(app, sheet, at_once=first, in_two=self.preferences.built)
        self._window.text.setPalette(palette)
        text = self._window.text
        self._baked_colours.recolour(text.document(), palette, text.model, text.positions)

    def _apply_menu_font(self, font: QFont, appearance: Appearance) -> None:
        """Menus and dialogs in the reading family, somewhat larger when the text is large."""
        if appearance.font_family == DEFAULTS.font_family and appearance.font_size <= \
                DEFAULTS.font_size and not appearance.bold and \
                QApplication.font() == self._system_font:
            return
        menu_font = QFont(font)
        menu_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0)
        menu_font.setWordSpacing(0)
        system = self._system_font.pointSizeF()
        larger = appearance.font_size > DEFAULTS.font_size
        menu_font.setPointSizeF(max(system, min(MENU_MAX_POINTS, appearance.font_size - 4))
                                if larger else system)
        if menu_font != QApplication.font():
            QApplication.setFont(menu_font)
        # Under an application style sheet the menu bar keeps the font it was polished with.
        menubar = self._window.menuBar()
        if menubar.font() != menu_font:
            menubar.setFont(menu_font)
        self._window.banner.set_interface_font(menu_font)

    # --- Actions ------------------------------------------------------------------------------

    def _connect(self) -> None:
        actions = self._context.actions
        actions[ActionId.BIGGER_TEXT].triggered.connect(lambda: self.change_size(+1))
        actions[ActionId.SMALLER_TEXT].triggered.connect(lambda: self.change_size(-1))
        actions[ActionId.RESET_TEXT_SIZE].triggered.connect(lambda: self.change_size(0))
        actions[ActionId.LINE_FOCUS].triggered.connect(self.toggle_line_focus)
        actions[ActionId.FOCUS_MODE].triggered.connect(self.toggle_focus_mode)
        actions[ActionId.PREFERENCES].triggered.connect(self.preferences.show)
        self._window.text.zoom_requested.connect(self.change_size)
        self._screen_reader_watch = ScreenReaderWatch(self, self._follow_screen_reader)

    def _follow_screen_reader(self, *_window: object) -> None:
        """While a screen reader listens the page has no soft hyphens (``PageStyle``): asked
        by ``ScreenReaderWatch`` (a window focused, and twice a second)."""
        listening = screen_reader_listening()
        if listening == self._screen_reader:
            return
        self._screen_reader = listening
        # Only a page that has soft hyphens, or may get them, is styled anew: restyling any
        # other would change what the screen reader is reading for nothing.
        if (self.appearance.alignment == "justify" or self._window.text.positions.hyphens
                or not listening):
            self.apply(self.appearance, save=False)
        else:  # the page left as it is, the next ones opened keep their words whole too
            self._window.typesetter.follow_screen_reader(listening)

    def hold_screen_reader(self) -> None:
        """Focus not followed until ``release_screen_reader``: at start-up, before the first
        paint, it cost Qt's accessibility enums and PySide's QWindow class (2.5 ms)."""
        self._screen_reader_held = True
        self._screen_reader_watch.hold()

    def release_screen_reader(self) -> None:
        if self._screen_reader_held:
            self._screen_reader_held = False
            self._screen_reader_watch.release()
            self._follow_screen_reader()

    def change_size(self, direction: int) -> None:
        size = self.appearance.font_size
        size = bigger(size) if direction > 0 else smaller(size) if direction < 0 \
            else DEFAULTS.font_size
        self.apply(replace(self.appearance, font_size=size))
        self._context.say(messages.text_size_now(self.appearance.font_size))

    def toggle_line_focus(self) -> None:
        on = not self.appearance.line_focus
        self.apply(replace(self.appearance, line_focus=on))
        self._context.say(messages.line_focus_now(on, self.appearance.line_focus_lines))

    def toggle_focus_mode(self) -> None:
        self.apply(replace(self.appearance, focus_mode=not self.appearance.focus_mode))
        banner = self._window.banner
        entering = self._focus_mode_words(True)
        if self.appearance.focus_mode:
            # The status line is hidden with the rest: the way back goes in the message area,
            # which stays (and closes with Esc).
            banner.show_messages([entering], error=False)
            self._context.say(entering)  # heard too, in the app's voice when messages are spoken
        else:
            if entering in banner.text():
                banner.dismiss()
            self._context.say(self._focus_mode_words(False))

    def remind_focus_mode(self) -> None:
        """At start-up in focus mode (saved so): the way back, below the document's notes.
        Without it a reader who forgot would face a window with no menus and no hint."""
        if not self.appearance.focus_mode:
            return
        banner = self._window.banner
        notes = [banner.text()] if banner.text() and not banner.is_error() else []
        banner.show_messages([*notes, self._focus_mode_words(True)], error=False)

    def _focus_mode_words(self, on: bool) -> str:
        shortcut = self._context.actions[ActionId.FOCUS_MODE].shortcut()
        return messages.focus_mode_now(on, shortcut.toString(shortcut.SequenceFormat.NativeText))

    def _set_checked(self, action_id: ActionId, on: bool) -> None:
        action = self._context.actions[action_id]
        if action.isChecked() != on:
            action.setChecked(on)

    def _set_focus_mode(self, on: bool) -> None:
        self._set_checked(ActionId.FOCUS_MODE, on)
        self.focus_mode.set(on)


def theme_ids_text() -> str:
    return ", ".join((SYSTEM, *THEMES))

