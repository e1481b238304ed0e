<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{label}: {opening}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;igger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smalle&amp;r text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Usual text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus mode (only the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {size} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line focus off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Line focus on: %n line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Focus mode: only the text. {keys} shows the panels again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus mode off: the panels are back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black on white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dyslexia friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justified, hyphenated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text on the spoken sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: contrast {ratio}:1, below the {required}:1 most readers need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast: every colour meets WCAG AA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes show in the window at once. OK keeps them, Cancel puts back what you had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spacing and layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family} (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> em</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraph spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;etter spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum line length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alignment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my own &amp;colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech highlight colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {colour}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line f&amp;ocus (dim all but a few lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines in &amp;focus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus mode: &amp;hide the panels, only the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WCA&amp;G text spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em, word spacing 0.16 em (WCAG 1.4.12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour theme for this run (not saved); see --list-themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text size in points for this run, 8 to 96 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the theme names and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme “{name}”; the themes are: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the font size must be between {low:g} and {high:g} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “{path}” does not exist. Check its name and folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a document. Choose a text or Markdown file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to read “{path}”. Ask its owner, or copy it somewhere you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is not a text document (it contains binary data{detail}). Choose a text or Markdown file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is too large to open ({detail}). The limit is {limit}. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” could not be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “{path}” ({size}): this takes a few seconds. You can keep reading meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is empty. Open another one with File &gt; Open (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} bytes of this file could not be decoded and are shown as “�”. The file itself is unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not in UTF-8; it was read as {encoding}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{n} paragraphs broken in the middle of a sentence were joined.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {number}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section {number} of {total}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}
{kind}, language: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin&amp;d next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previo&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where am &amp;I?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to the next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;back to the previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a bookmark here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak the app&apos;s &amp;messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignores case and accents. Enter: next match, Shift+Enter: previous, Escape: back to the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {total}: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{query}” not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to find yet: press Ctrl+F and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question number (1 to {count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a question number: type a number from 1 to {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} {place} {percent} % through the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark added: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a bookmark here: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+B in the text to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({percent} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark deleted: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved document to use bookmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened where you left off: {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of an action&apos;s name or of a key; the list shows only what matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;all to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every action its default keys again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>1 shortcut shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} shortcuts shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of “{action}” are the text&apos;s own and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key for “{action}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the new key for “{action}”, then Enter or OK. Tab moves on, Escape cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(press a key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} is already the key of “{other}”. OK gives it to this action instead (“{other}” loses it); press another key, or Cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} is already this action&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} cannot be a shortcut here (it moves the focus or closes dialogs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{action}” now has the key {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{action}” has no key now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{action}” has its default keys again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action has its default keys again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} (in the find bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app speaks its messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app no longer speaks its messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to present: this document has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document first, then present it with View &gt; Present (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no question {number}: this document has {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, answer not shown yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, part {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} / {total} · {page}/{pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}. {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued, part {page} of {pages}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black screen. Any key shows the slide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White screen. Any key shows the slide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to {number}, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the presentation. Esc leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {number}: 1 to {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers now come after their question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers now come with their question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer shown on the slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer hidden from the slide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one screen: the presenter view needs a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h}:{m:02d}:{s:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m:02d}:{s:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed {elapsed} · Time {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} — the room sees a black screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} — the room sees a white screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: this is the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything of this question is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgDown/Space next · PgUp previous · number+Enter go to · B black · W white · R read aloud · A answers after/with question · T timer · S screens · F1 keys · Esc leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the audience screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which screen does the room see? The slides go there; the other screen shows your presenter view: the next question, the answer not shown yet and the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen {number}: {name} ({width} × {height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting: keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down, Right, Down, Space, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Up, Left, Up, Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B or . (any key comes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W or , (any key comes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the slide aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R (any key stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers after or with their question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer on the slide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave, back to the same place in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start presenting the document full screen (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start at question (or section) N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no question {number} in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is unavailable: the Python package pyttsx3 is not installed. Install it with: pip install pyttsx3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is unavailable: the espeak-ng library is not installed. Install it with: sudo apt-get install libespeak-ng1 espeak-ng-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is unavailable: espeak-ng would not start (are its voices installed? sudo apt-get install espeak-ng-data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is unavailable: no voice is installed. Install them with: sudo apt-get install espeak-ng-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is unavailable ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be read aloud: no audio device was found. Check that the sound is on and an audio server (PulseAudio or PipeWire) is running, then press Play again: reading goes on from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be read aloud: the audio device could not be opened (another program may hold it). Press Play again to retry: reading goes on from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped: the sound stopped coming out (the audio server went away). Press Play once the sound works again: reading goes on from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped: the audio device reported an error. Press Play to go on from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sentence could not be spoken and was skipped: “{text}” ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped: the speech engine failed on several sentences in a row ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous s&amp;entence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous p&amp;aragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next paragrap&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the se&amp;lection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slo&amp;wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only the current se&amp;ction, then stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading: {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed: {wpm} words per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed: {wpm} words per minute (the limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is selected: select some text first (Shift with the arrow keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s language (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the best voice for the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interviewer&apos;s voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inter&amp;viewee&apos;s voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading voice itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading voice, female timbre {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading voice, male timbre {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 is the voice&apos;s own pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after a s&amp;entence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after a p&amp;aragraph:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Announce each question (“Question 3.”) before reading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only the &amp;current section, then stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight while reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour behind the sentence and the word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline the sentence and the word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a document aloud through the speakers, or into a WAV file; list the voices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text or Markdown file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read only question N (1 is the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read only section N of the outline (1 is the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the voice to read with (see --list-voices); default: one for the document&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed in words per minute, {low} to {high} (default {default})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the speech to this WAV file instead of playing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the installed voices, grouped by language, and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FILE to read is needed (or --list-voices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rate must be between {low} and {high} words per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no question {n}: the document has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no section {n}: the document has {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no voice “{voice}”; reader speak --list-voices lists them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speech failed on “{text}”: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path} ({seconds} s of speech).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be played: no audio device was found (is the sound on, and an audio server such as PulseAudio or PipeWire running?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be played: the audio device could not be opened (another program may hold it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback stopped: the audio server went away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback stopped: the audio device reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} To save the speech to a file instead: reader speak FILE --out FILE.wav</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes}:{seconds:02d} {where}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done ({minutes}:{seconds:02d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to s&amp;tart of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;end of document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;link at the caret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;outline panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;status line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Accessible Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} (in the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} (in the outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{keys} (in a message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the selected section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;{number} {name}   ({folder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is no longer there (moved or deleted); it was removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and Markdown (*.txt *.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” could not be opened because of an internal error ({detail}). The document you had open is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is open. Open one with File &gt; Open (Ctrl+O), or drop a file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s sections. Press Enter to read the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This document has no sections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{position}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next question: this is the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No previous question: this is the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next section: this is the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No previous section: this is the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link at the caret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link “{target}” was not opened: only web addresses (http or https) can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link “{target}” could not be opened: no web browser answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {target} in your web browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to {target} (Ctrl+Enter opens it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (not loaded): {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Accessible Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible Reader {version}

A document reader for everyone: an outline of an interview&apos;s questions and answers, typography you control, and offline speech.

Licence: GPL 3.0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible Reader met an internal error and could not finish what you asked: {detail}

Your document is still open. Details were written to the terminal (standard error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a text or Markdown document in Accessible Reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document to open (default: the embedded interview)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
