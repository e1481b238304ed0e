"""Reading aloud, in the window and in ``reader speak``. (See ``reader.messages``.)"""

from __future__ import annotations

from .translate import tr

# --- Speech ----------------------------------------------------------------------------------
# Reading aloud, in the window and in ``reader speak``. Speech modules take these functions as
# arguments or import them lazily: reader.speech itself imports no Qt beyond QtCore.


def announce_question(number: int) -> str:
    """Said before a question is read (a setting)."""
    return tr("Question {n}.").format(n=number)


def note_heard(mark: str) -> str:
    """Said before a footnote's or endnote's words, in their place of its mark ("Note 1: La
    cantera…"), so that a note is not heard as the guest's words; "" : a note with none."""
    return (tr("Note {mark}", "a footnote, said before its words").format(mark=mark) if mark
            else tr("Note", "a footnote with no number, said before its words"))


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
