"""Every string a user can see or hear, in one place, translatable with Qt Linguist.

``pyside6-lupdate reader/messages.py`` extracts them (context "Messages"). ``QCoreApplication
.translate`` works without a QApplication, so the terminal commands share these strings; with no
translator installed it returns the English text. Only QtCore is imported: the document package
stays pure Python and turns into words here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .document.loading import LoadError, LoadProblem
from .document.model import Notice, NoticeKind, Section, SectionKind


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Messages", text, disambiguation, n)


# --- Loading ---------------------------------------------------------------------------------


def load_error(error: LoadError) -> str:
    """What went wrong opening a file, and what the user can do about it."""
    path = error.path
    problem = error.problem
    if problem is LoadProblem.NOT_FOUND:
        return tr("The file “{path}” does not exist. Check its name and folder.").format(
            path=path
        )
    if problem is LoadProblem.IS_DIRECTORY:
        return tr("“{path}” is a folder, not a document. Choose a text or Markdown file.").format(
            path=path
        )
    if problem is LoadProblem.PERMISSION_DENIED:
        return tr(
            "You do not have permission to read “{path}”. Ask its owner, or copy it somewhere you "
            "can read."
        ).format(path=path)
    if problem is LoadProblem.BINARY:
        return tr(
            "“{path}” is not a text document (it contains binary data{detail}). Choose a text or "
            "Markdown file."
        ).format(path=path, detail=f": {error.detail}" if error.detail else "")
    if problem is LoadProblem.TOO_LARGE:
        return tr(
            "“{path}” is too large to open ({detail}). The limit is {limit}. Split it into "
            "smaller files."
        ).format(path=path, detail=error.detail, limit=size_limit())
    return tr("“{path}” could not be read: {detail}").format(path=path, detail=error.detail)


def size_limit() -> str:
    from .document.loading import MAX_FILE_BYTES

    return tr("{n} MB").format(n=MAX_FILE_BYTES // (1024 * 1024))


def notice(item: Notice) -> str:
    """A note about a document that opened, shown beside it (never blocking)."""
    if item.kind is NoticeKind.EMPTY:
        return tr("This document is empty. Open another one with File > Open (Ctrl+O).")
    if item.kind is NoticeKind.BYTES_REPLACED:
        return tr(
            "{n} bytes of this file could not be decoded and are shown as “\ufffd”. The file "
            "itself is unchanged.",
            None,
            int(item.detail or 0),
        ).replace("{n}", item.detail or "0")
    if item.kind is NoticeKind.LEGACY_ENCODING:
        return tr("This file is not in UTF-8; it was read as {encoding}.").format(
            encoding=item.detail
        )
    if item.kind is NoticeKind.REPAIRED:
        return tr(
            "{n} paragraphs broken in the middle of a sentence were joined.", None, int(item.detail)
        ).replace("{n}", item.detail)
    return item.kind.value


# --- Outline ---------------------------------------------------------------------------------


def section_label(section: Section) -> str:
    """The outline's text for a section."""
    kind = section.kind
    if kind is SectionKind.FRONT_MATTER:
        return tr("Front matter")
    if kind is SectionKind.INTRODUCTION:
        return tr("Introduction")
    if kind is SectionKind.BACK_MATTER:
        return tr("Notes and credits")
    if kind is SectionKind.QUESTION:
        return tr("Question {number}: {text}").format(number=section.number, text=section.heading)
    return section.heading


def question_position(number: int, total: int) -> str:
    return tr("Question {number} of {total}").format(number=number, total=total)


def section_position(number: int, total: int, label: str) -> str:
    return tr("Section {number} of {total}: {label}").format(
        number=number, total=total, label=label
    )


def document_kind(kind_value: str) -> str:
    return {
        "interview": tr("Interview"),
        "article": tr("Article"),
        "document": tr("Document"),
    }.get(kind_value, kind_value)


# --- Terminal --------------------------------------------------------------------------------


def cli_outline_header(title: str, kind_value: str, language: str) -> str:
    return tr("{title}\n{kind}, language: {language}").format(
        title=title, kind=document_kind(kind_value), language=language or tr("unknown")
    )


# --- Main window -----------------------------------------------------------------------------


def app_display_name() -> str:
    return tr("Accessible Reader")


def window_title(document_title: str) -> str:
    """Ends with the display name, so Qt does not append it a second time on X11/Wayland."""
    if not document_title:
        return app_display_name()
    return tr("{title} — {app}").format(title=document_title, app=app_display_name())


def menu_file() -> str:
    return tr("&File")


def menu_navigate() -> str:
    return tr("&Navigate")


def menu_view() -> str:
    return tr("&View")


def menu_help() -> str:
    return tr("&Help")


def menu_recent() -> str:
    return tr("Open &Recent")


def action_open() -> str:
    return tr("&Open…")


def action_quit() -> str:
    return tr("&Quit")


def action_outline() -> str:
    return tr("Go to the &outline")


def action_text() -> str:
    return tr("Go to the te&xt")


def action_next_question() -> str:
    return tr("&Next question")


def action_previous_question() -> str:
    return tr("&Previous question")


def action_next_section() -> str:
    return tr("Next &section")


def action_previous_section() -> str:
    return tr("Pre&vious section")


def action_document_start() -> str:
    return tr("Go to s&tart of document")


def action_document_end() -> str:
    return tr("Go to &end of document")


def action_open_link() -> str:
    return tr("Open &link at the caret")


def action_show_outline() -> str:
    return tr("Show the &outline panel")


def action_show_status() -> str:
    return tr("Show the &status line")


def action_shortcuts() -> str:
    return tr("&Keyboard shortcuts")


def action_about() -> str:
    return tr("&About Accessible Reader")


def keys_in_text(keys: str) -> str:
    """A shortcut that works only while the text has focus, as the shortcut list shows it."""
    return tr("{keys} (in the text)").format(keys=keys)


def keys_in_outline(keys: str) -> str:
    return tr("{keys} (in the outline)").format(keys=keys)


def keys_in_message(keys: str) -> str:
    return tr("{keys} (in a message)").format(keys=keys)


def hint_read_section() -> str:
    return tr("Read the selected section")


def hint_close_message() -> str:
    return tr("Close the message")


def recent_entry(number: int, name: str, folder: str) -> str:
    """A recent file's menu entry; ``number`` 1-10 becomes its mnemonic (10 is "0")."""
    name = name.replace("&", "&&")
    folder = folder.replace("&", "&&")
    return tr("&{number} {name}   ({folder})").format(number=number % 10, name=name, folder=folder)


def recent_empty() -> str:
    return tr("No recent files")


def recent_clear() -> str:
    return tr("&Clear the list")


def recent_missing(path: str) -> str:
    return tr("“{path}” is no longer there (moved or deleted); it was removed from the recent files.").format(
        path=path
    )


def open_dialog_title() -> str:
    return tr("Open a document")


def open_dialog_filters() -> str:
    return ";;".join(
        (tr("Text and Markdown (*.txt *.md *.markdown)"), tr("All files (*)"))
    )


def open_failed_unexpectedly(path: str, detail: str) -> str:
    return tr("“{path}” could not be opened because of an internal error ({detail}). The "
              "document you had open is still open.").format(path=path, detail=detail)


def no_document() -> str:
    return tr("No document is open. Open one with File > Open (Ctrl+O), or drop a file here.")


# Accessible names and descriptions of the window's parts.
def outline_name() -> str:
    return tr("Outline")


def outline_description() -> str:
    return tr("The document's sections. Press Enter to read the selected one.")


def outline_empty() -> str:
    return tr("(This document has no sections)")


def text_view_name() -> str:
    return tr("Document text")


def status_name() -> str:
    return tr("Position in the document")


def message_area_name() -> str:
    return tr("Message")


def message_kind_error() -> str:
    return tr("Error")


def message_kind_note() -> str:
    return tr("Note")


def message_close() -> str:
    return tr("&Close message")


def message_close_name() -> str:
    return tr("Close message")


def shortcuts_table_name() -> str:
    return tr("Keyboard shortcuts")


def shortcuts_column_action() -> str:
    return tr("Action")


def shortcuts_column_keys() -> str:
    return tr("Keys")


def question_accessible(number: int, total: int, text: str) -> str:
    return tr("{position}: {text}").format(position=question_position(number, total), text=text)


# Status line and navigation.
def status_line(where: str, kind_value: str) -> str:
    return tr("{where} · {kind}").format(where=where, kind=document_kind(kind_value))


def no_next_question() -> str:
    return tr("No next question: this is the last one.")


def no_previous_question() -> str:
    return tr("No previous question: this is the first one.")


def no_questions() -> str:
    return tr("This document has no questions.")


def no_next_section() -> str:
    return tr("No next section: this is the last one.")


def no_previous_section() -> str:
    return tr("No previous section: this is the first one.")


# Links.
def no_link_at_caret() -> str:
    return tr("There is no link at the caret.")


def link_refused(target: str) -> str:
    return tr("The link “{target}” was not opened: only web addresses (http or https) can be "
              "opened.").format(target=target or tr("(empty)"))


def link_failed(target: str) -> str:
    return tr("The link “{target}” could not be opened: no web browser answered.").format(
        target=target
    )


def link_opening(target: str) -> str:
    return tr("Opening {target} in your web browser…").format(target=target)


def link_tooltip(target: str) -> str:
    return tr("Link to {target} (Ctrl+Enter opens it)").format(target=target)


def image_tooltip(target: str) -> str:
    return tr("Image (not loaded): {target}").format(target=target)


# Help.
def shortcuts_title() -> str:
    return tr("Keyboard shortcuts")


def about_title() -> str:
    return tr("About Accessible Reader")


def about_text(version: str) -> str:
    return tr(
        "Accessible Reader {version}\n\nA document reader for everyone: an outline of an "
        "interview's questions and answers, typography you control, and offline speech.\n\n"
        "Licence: GPL 3.0 or later."
    ).format(version=version)


# Errors that escape everything else.
def internal_error_title() -> str:
    return tr("Something went wrong")


def internal_error(detail: str) -> str:
    return tr(
        "Accessible Reader met an internal error and could not finish what you asked: {detail}\n\n"
        "Your document is still open. Details were written to the terminal (standard error)."
    ).format(detail=detail)


def usage_description() -> str:
    return tr("Open a text or Markdown document in Accessible Reader.")


def usage_file() -> str:
    return tr("the document to open (default: the embedded interview)")


# --- Speech ----------------------------------------------------------------------------------
# Reading aloud, in the window and in ``reader speak``. Speech modules take these functions as
# arguments or import them lazily: reader.speech itself imports no Qt beyond QtCore.


def announce_question(number: int) -> str:
    """Said before a question is read (a setting)."""
    return tr("Question {n}.").format(n=number)


def speech_unavailable(reason_value: str) -> str:
    """Why speech cannot start (``Unavailability.value``), with the command that fixes it."""
    return {
        "pyttsx3_missing": tr("Speech is unavailable: the Python package pyttsx3 is not "
                              "installed. Install it with: pip install pyttsx3"),
        "library_missing": tr("Speech is unavailable: the espeak-ng library is not installed. "
                              "Install it with: sudo apt-get install libespeak-ng1 "
                              "espeak-ng-data"),
        "init_failed": tr("Speech is unavailable: espeak-ng would not start (are its voices "
                          "installed? sudo apt-get install espeak-ng-data)"),
        "no_voices": tr("Speech is unavailable: no voice is installed. Install them with: "
                        "sudo apt-get install espeak-ng-data"),
    }.get(reason_value, tr("Speech is unavailable ({reason}).").format(reason=reason_value))


def playback_error(reason_value: str) -> str:
    """Why playback stopped or could not start (``PlaybackError.value``)."""
    return {
        "no_device": tr("Nothing can be read aloud: no audio device was found. Check that the "
                        "sound is on and an audio server (PulseAudio or PipeWire) is running, "
                        "then press Play again: reading goes on from where it stopped."),
        "open_failed": tr("Nothing can be read aloud: the audio device could not be opened "
                          "(another program may hold it). Press Play again to retry: reading "
                          "goes on from where it stopped."),
        "stalled": tr("Reading stopped: the sound stopped coming out (the audio server went "
                      "away). Press Play once the sound works again: reading goes on from "
                      "where it stopped."),
        "device_error": tr("Reading stopped: the audio device reported an error. Press Play to "
                           "go on from where it stopped."),
    }.get(reason_value, reason_value)


def sentence_failed(text: str, error: str) -> str:
    return tr("This sentence could not be spoken and was skipped: “{text}” ({error}).").format(
        text=text, error=error
    )


def speech_failed_repeatedly(error: str) -> str:
    return tr("Reading stopped: the speech engine failed on several sentences in a row "
              "({error}).").format(error=error)


def menu_speech() -> str:
    return tr("&Speech")


def action_play() -> str:
    return tr("&Play")


def action_pause() -> str:
    return tr("&Pause")


def action_resume() -> str:
    return tr("&Resume")


def action_stop() -> str:
    return tr("&Stop reading")


def action_previous_sentence() -> str:
    return tr("Previous s&entence")


def action_next_sentence() -> str:
    return tr("Ne&xt sentence")


def action_previous_paragraph() -> str:
    return tr("Previous p&aragraph")


def action_next_paragraph() -> str:
    return tr("Next paragrap&h")


def action_read_selection() -> str:
    return tr("Read the se&lection")


def action_faster() -> str:
    return tr("&Faster")


def action_slower() -> str:
    return tr("Slo&wer")


def action_section_only() -> str:
    return tr("Read only the current se&ction, then stop")


def action_speech_settings() -> str:
    return tr("Speech se&ttings…")


def speech_toolbar_name() -> str:
    return tr("Speech controls")


def play_button_name(playing: bool, paused: bool) -> str:
    """The Play/Pause button's accessible name: what pressing it will do."""
    if playing:
        return tr("Pause")
    return tr("Resume") if paused else tr("Play")


def stop_button_name() -> str:
    return tr("Stop reading")


def button_tip(name: str, keys: str) -> str:
    """A toolbar button's tooltip: what it does and its key."""
    return tr("{name} ({keys})").format(name=name, keys=keys)


def reading_status(where: str, paused: bool) -> str:
    """The status line while reading: where the reading is."""
    if paused:
        return tr("Paused: {where}").format(where=where)
    return tr("Reading: {where}").format(where=where)


def rate_changed(wpm: int) -> str:
    return tr("Speed: {wpm} words per minute").format(wpm=wpm)


def rate_at_limit(wpm: int) -> str:
    return tr("Speed: {wpm} words per minute (the limit)").format(wpm=wpm)


def nothing_selected() -> str:
    return tr("Nothing is selected: select some text first (Shift with the arrow keys).")


def nothing_to_read() -> str:
    return tr("There is nothing to read here.")


def speech_starting() -> str:
    return tr("Speech is starting…")


# Speech settings dialog.
def speech_settings_title() -> str:
    return tr("Speech settings")


def setting_language() -> str:
    return tr("&Language:")


def setting_language_automatic() -> str:
    return tr("The document's language (automatic)")


def setting_voice() -> str:
    return tr("&Voice:")


def setting_voice_automatic() -> str:
    return tr("Automatic: the best voice for the language")


def voice_entry(name: str, voice_id: str) -> str:
    return tr("{name} ({id})").format(name=name, id=voice_id)


def setting_interviewer() -> str:
    return tr("&Interviewer's voice:")


def setting_interviewee() -> str:
    return tr("Inter&viewee's voice:")


def timbre_name(timbre: str) -> str:
    """An espeak-ng variant ("m3", "f1") as the user reads it; "" is the voice's own."""
    if not timbre:
        return tr("The reading voice itself")
    number = timbre[1:]
    if timbre.startswith("f"):
        return tr("Reading voice, female timbre {n}").format(n=number)
    return tr("Reading voice, male timbre {n}").format(n=number)


def setting_rate() -> str:
    return tr("&Speed:")


def setting_rate_suffix() -> str:
    return tr(" words per minute")


def setting_pitch() -> str:
    return tr("&Pitch:")


def setting_pitch_hint() -> str:
    return tr("50 is the voice's own pitch")


def setting_volume() -> str:
    return tr("V&olume:")


def setting_percent_suffix() -> str:
    return tr(" %")


def setting_sentence_pause() -> str:
    return tr("Pause after a s&entence:")


def setting_paragraph_pause() -> str:
    return tr("Pause after a p&aragraph:")


def setting_ms_suffix() -> str:
    return tr(" ms")


def setting_announce() -> str:
    return tr("&Announce each question (“Question 3.”) before reading it")


def setting_section_only() -> str:
    return tr("Read only the &current section, then stop")


def setting_highlight() -> str:
    return tr("&Highlight while reading:")


def highlight_style_name(value: str) -> str:
    return {
        "background": tr("Colour behind the sentence and the word"),
        "underline": tr("Underline the sentence and the word"),
        "off": tr("No highlight"),
    }.get(value, value)


# reader speak (terminal).
def speak_description() -> str:
    return tr("Read a document aloud through the speakers, or into a WAV file; list the voices.")


def speak_file() -> str:
    return tr("a text or Markdown file")


def speak_question() -> str:
    return tr("read only question N (1 is the first)")


def speak_section() -> str:
    return tr("read only section N of the outline (1 is the first)")


def speak_voice() -> str:
    return tr("the voice to read with (see --list-voices); default: one for the document's "
              "language")


def speak_rate(low: int, high: int, default: int) -> str:
    return tr("speed in words per minute, {low} to {high} (default {default})").format(
        low=low, high=high, default=default
    )


def speak_out() -> str:
    return tr("write the speech to this WAV file instead of playing it")


def speak_list_voices() -> str:
    return tr("list the installed voices, grouped by language, and exit")


def speak_need_file() -> str:
    return tr("a FILE to read is needed (or --list-voices)")


def speak_bad_rate(low: int, high: int) -> str:
    return tr("the rate must be between {low} and {high} words per minute").format(
        low=low, high=high
    )


def speak_no_question(n: int, count: int) -> str:
    return tr("there is no question {n}: the document has {count}").format(n=n, count=count)


def speak_no_section(n: int, count: int) -> str:
    return tr("there is no section {n}: the document has {count}").format(n=n, count=count)


def speak_unknown_voice(voice: str) -> str:
    return tr("there is no voice “{voice}”; reader speak --list-voices lists them").format(
        voice=voice
    )


def speak_cannot_write(path: str, error: str) -> str:
    return tr("“{path}” could not be written: {error}").format(path=path, error=error)


def speak_failed(text: str, error: str) -> str:
    return tr("speech failed on “{text}”: {error}").format(text=text, error=error)


def speak_wrote(path: str, seconds: float) -> str:
    return tr("Wrote {path} ({seconds} s of speech).").format(path=path, seconds=seconds)


def speak_no_audio(reason_value: str) -> str:
    """Why ``reader speak`` could not play or stopped playing (``PlaybackError.value``)."""
    reason = {
        "no_device": tr("Nothing can be played: no audio device was found (is the sound on, "
                        "and an audio server such as PulseAudio or PipeWire running?)."),
        "open_failed": tr("Nothing can be played: the audio device could not be opened "
                          "(another program may hold it)."),
        "stalled": tr("Playback stopped: the audio server went away."),
        "device_error": tr("Playback stopped: the audio device reported an error."),
    }.get(reason_value, reason_value)
    return tr("{reason} To save the speech to a file instead: reader speak FILE --out "
              "FILE.wav").format(reason=reason)


def speak_progress(seconds: int, where: str, text: str) -> str:
    """The progress line while ``reader speak`` plays."""
    return tr("{minutes}:{seconds:02d} {where}: {text}").format(
        minutes=seconds // 60, seconds=seconds % 60, where=where, text=text
    )


def speak_done(seconds: int) -> str:
    return tr("Done ({minutes}:{seconds:02d}).").format(minutes=seconds // 60,
                                                         seconds=seconds % 60)


def speak_interrupted() -> str:
    return tr("Stopped.")


# --- Presenter -------------------------------------------------------------------------------
# View > Present (F5): slides for a room, the trainer's view, the screen chooser.


def action_present() -> str:
    return tr("&Present")


def presenter_window_title(document_title: str) -> str:
    return tr("Presenting: {title}").format(title=document_title or app_display_name())


def presenter_view_title() -> str:
    return tr("Presenter view")


def presenter_nothing() -> str:
    return tr("There is nothing to present: this document has no text.")


def presenter_no_document() -> str:
    return tr("Open a document first, then present it with View > Present (F5).")


def presenter_no_such_question(number: int, total: int) -> str:
    return tr("There is no question {number}: this document has {total}.").format(
        number=number, total=total
    )


def presenter_position(is_question: bool, number: int, total: int) -> str:
    """Said and shown in the trainer's view: "Question 3 of 7"."""
    if is_question:
        return question_position(number, total)
    return tr("Section {number} of {total}").format(number=number, total=total)


def presenter_position_long(is_question: bool, number: int, total: int, page: int,
                            pages: int, answer_hidden: bool) -> str:
    where = presenter_position(is_question, number, total)
    if answer_hidden:
        return tr("{where}, answer not shown yet").format(where=where)
    if pages > 1:
        return tr("{where}, part {page} of {pages}").format(where=where, page=page, pages=pages)
    return where


def presenter_progress(number: int, total: int, page: int, pages: int) -> str:
    """On the slide, for the room: "3 / 7", and which part of a long answer."""
    if pages > 1 and page > 0:
        return tr("{number} / {total} · {page}/{pages}").format(
            number=number, total=total, page=page, pages=pages
        )
    return tr("{number} / {total}").format(number=number, total=total)


def presenter_announce_first(where: str, text: str) -> str:
    return tr("{where}. {text}").format(where=where, text=text)


def presenter_announce_answer(text: str) -> str:
    return tr("Answer: {text}").format(text=text)


def presenter_announce_continued(page: int, pages: int, text: str) -> str:
    return tr("Continued, part {page} of {pages}: {text}").format(page=page, pages=pages,
                                                                   text=text)


def presenter_black_screen() -> str:
    return tr("Black screen. Any key shows the slide again.")


def presenter_white_screen() -> str:
    return tr("White screen. Any key shows the slide again.")


def presenter_go_to(digits: str) -> str:
    return tr("Go to {number}, then Enter").format(number=digits)


def presenter_at_end() -> str:
    return tr("End of the presentation. Esc leaves.")


def presenter_at_start() -> str:
    return tr("This is the first slide.")


def presenter_no_such_number(number: int, total: int) -> str:
    return tr("There is no {number}: 1 to {total}.").format(number=number, total=total)


def presenter_speech_unavailable() -> str:
    return tr("Speech is not available.")


def presenter_mode_changed(question_then_answer: bool) -> str:
    if question_then_answer:
        return tr("Answers now come after their question.")
    return tr("Answers now come with their question.")


def presenter_timer_changed(shown: bool) -> str:
    return tr("Timer shown on the slide.") if shown else tr("Timer hidden from the slide.")


def presenter_one_screen() -> str:
    return tr("Only one screen: the presenter view needs a second one.")


def presenter_elapsed(seconds: int) -> str:
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return tr("{h}:{m:02d}:{s:02d}").format(h=hours, m=minutes, s=seconds)
    return tr("{m:02d}:{s:02d}").format(m=minutes, s=seconds)


def presenter_times(elapsed: str, clock: str) -> str:
    return tr("Elapsed {elapsed} · Time {clock}").format(elapsed=elapsed, clock=clock)


def presenter_screen_state(where: str, screen_value: str) -> str:
    """The trainer's position line while the room sees a black or white screen."""
    if screen_value == "black":
        return tr("{where} — the room sees a black screen").format(where=where)
    if screen_value == "white":
        return tr("{where} — the room sees a white screen").format(where=where)
    return where


def presenter_preview_name() -> str:
    return tr("What the room sees")


def presenter_next_title() -> str:
    return tr("Next")


def presenter_no_next() -> str:
    return tr("Nothing: this is the last one.")


def presenter_hidden_title() -> str:
    return tr("Not shown yet")


def presenter_nothing_hidden() -> str:
    return tr("Everything of this question is shown.")


def presenter_key_summary() -> str:
    return tr("PgDown/Space next · PgUp previous · number+Enter go to · B black · W white · "
              "R read aloud · A answers after/with question · T timer · S screens · F1 keys · "
              "Esc leave")


def screen_chooser_title() -> str:
    return tr("Choose the audience screen")


def screen_chooser_prompt() -> str:
    return tr("Which screen does the room see? The slides go there; the other screen shows "
              "your presenter view: the next question, the answer not shown yet and the time.")


def screen_chooser_list_name() -> str:
    return tr("Screens")


def screen_entry(number: int, name: str, width: int, height: int) -> str:
    return tr("Screen {number}: {name} ({width} × {height})").format(
        number=number, name=name, width=width, height=height
    )


def presenter_keys_title() -> str:
    return tr("Presenting: keys")


def presenter_key_rows() -> list[tuple[str, str]]:
    """F1 while presenting: the presenter's keys, as (what, keys) rows."""
    return [
        (tr("Next step"), tr("Page Down, Right, Down, Space, Enter")),
        (tr("Previous step"), tr("Page Up, Left, Up, Backspace")),
        (tr("First / last slide"), tr("Home / End")),
        (tr("Go to a question"), tr("its number, then Enter")),
        (tr("Black screen"), tr("B or . (any key comes back)")),
        (tr("White screen"), tr("W or , (any key comes back)")),
        (tr("Read the slide aloud"), tr("R (any key stops)")),
        (tr("Answers after or with their question"), tr("A")),
        (tr("Timer on the slide"), tr("T")),
        (tr("Choose the audience screen"), tr("S")),
        (tr("These keys"), tr("F1")),
        (tr("Leave, back to the same place in the text"), tr("Esc")),
    ]


def usage_present() -> str:
    return tr("start presenting the document full screen (Esc leaves)")


def usage_question() -> str:
    return tr("start at question (or section) N")


def usage_no_such_question(number: int) -> str:
    return tr("there is no question {number} in this document").format(number=number)
