<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{label}: {opening}</source>
        <translation>{label}: {opening}</translation>
    </message>
    <message>
        <source>More controls</source>
        <translation>Weitere Bedienelemente</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Weitere Menüs</translation>
    </message>
    <message>
        <source>B&amp;igger text</source>
        <translation>Te&amp;xt vergrößern</translation>
    </message>
    <message>
        <source>Smalle&amp;r text</source>
        <translation>Text ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Usual text size</source>
        <translation>Nor&amp;male Textgröße</translation>
    </message>
    <message>
        <source>&amp;Line focus</source>
        <translation>&amp;Zeilenfokus</translation>
    </message>
    <message>
        <source>&amp;Focus mode (only the text)</source>
        <translation>&amp;Fokusmodus (nur der Text)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Full screen on. {keys} or Esc leaves it.</source>
        <translation>Vollbild an. {keys} oder Esc beendet es.</translation>
    </message>
    <message>
        <source>Full scree&amp;n</source>
        <translation>Vo&amp;llbild</translation>
    </message>
    <message>
        <source>Full screen off</source>
        <translation>Vollbild aus</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>open FILE in the window (the options above)</source>
        <translation>FILE im Fenster öffnen (mit den Optionen oben)</translation>
    </message>
    <message>
        <source>print the document&apos;s questions or sections</source>
        <translation>die Fragen oder Abschnitte des Dokuments ausgeben</translation>
    </message>
    <message>
        <source>print the document&apos;s text</source>
        <translation>den Text des Dokuments ausgeben</translation>
    </message>
    <message>
        <source>read the document aloud, or into a WAV file</source>
        <translation>das Dokument vorlesen, oder in eine WAV-Datei</translation>
    </message>
    <message>
        <source>write audio files to take away, one per question</source>
        <translation>Audiodateien zum Mitnehmen schreiben, eine pro Frage</translation>
    </message>
    <message>
        <source>the options of one command</source>
        <translation>die Optionen eines Befehls</translation>
    </message>
    <message>
        <source>Text size {size} points</source>
        <translation>Textgröße {size} Punkt</translation>
    </message>
    <message>
        <source>Line focus off</source>
        <translation>Zeilenfokus aus</translation>
    </message>
    <message numerus="yes">
        <source>Line focus on: %n line(s)</source>
        <translation>
            <numerusform>Zeilenfokus an: %n Zeile</numerusform>
            <numerusform>Zeilenfokus an: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus mode: only the text. {keys} shows the panels again.</source>
        <translation>Fokusmodus: nur der Text. {keys} zeigt die Bereiche wieder an.</translation>
    </message>
    <message>
        <source>Focus mode off: the panels are back</source>
        <translation>Fokusmodus aus: die Bereiche sind wieder da</translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation>System (wie der Desktop)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation>Weiß auf Schwarz</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>Gelb auf Schwarz</translation>
    </message>
    <message>
        <source>Black on white</source>
        <translation>Schwarz auf Weiß</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Großdruck</translation>
    </message>
    <message>
        <source>Dyslexia friendly</source>
        <translation>Für Legasthenie geeignet</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Linksbündig</translation>
    </message>
    <message>
        <source>Justified, hyphenated</source>
        <translation>Blocksatz mit Silbentrennung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Speech highlight</source>
        <translation>Vorlese-Hervorhebung</translation>
    </message>
    <message>
        <source>Text on the spoken sentence</source>
        <translation>Text des gesprochenen Satzes</translation>
    </message>
    <message>
        <source>{what}: contrast {ratio}:1, below the {required}:1 most readers need.</source>
        <translation>{what}: Kontrast {ratio}:1, unter den {required}:1, die die meisten Lesenden brauchen.</translation>
    </message>
    <message>
        <source>Contrast: every colour meets WCAG AA.</source>
        <translation>Kontrast: Jede Farbe erfüllt WCAG AA.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Changes show in the window at once. OK keeps them, Cancel puts back what you had.</source>
        <translation>Änderungen erscheinen sofort im Fenster. OK behält sie, Abbrechen stellt den vorigen Zustand wieder her.</translation>
    </message>
    <message>
        <source>Spacing and layout</source>
        <translation>Abstände und Layout</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Reading aids</source>
        <translation>Lesehilfen</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Vorlage wählen…</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Schrift:</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Systemschrift</translation>
    </message>
    <message>
        <source>{family} (not installed)</source>
        <translation>{family} (nicht installiert)</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>&amp;Bold text</source>
        <translation>&amp;Fetter Text</translation>
    </message>
    <message>
        <source>&amp;Line height:</source>
        <translation>&amp;Zeilenhöhe:</translation>
    </message>
    <message>
        <source>&amp;Paragraph spacing:</source>
        <translation>&amp;Absatzabstand:</translation>
    </message>
    <message>
        <source>L&amp;etter spacing:</source>
        <translation>&amp;Buchstabenabstand:</translation>
    </message>
    <message>
        <source>&amp;Word spacing:</source>
        <translation>&amp;Wortabstand:</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Ränder:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum line length:</source>
        <translation>Ma&amp;ximale Zeilenlänge:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>&amp;Alignment:</source>
        <translation>A&amp;usrichtung:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Use my own &amp;colours</source>
        <translation>Eigene &amp;Farben verwenden</translation>
    </message>
    <message>
        <source>Text colour:</source>
        <translation>Textfarbe:</translation>
    </message>
    <message>
        <source>Background colour:</source>
        <translation>Hintergrundfarbe:</translation>
    </message>
    <message>
        <source>Link colour:</source>
        <translation>Linkfarbe:</translation>
    </message>
    <message>
        <source>Speech highlight colour:</source>
        <translation>Farbe der Vorlese-Hervorhebung:</translation>
    </message>
    <message>
        <source>{what} {colour}</source>
        <translation>{what} {colour}</translation>
    </message>
    <message>
        <source>theme&apos;s</source>
        <translation>die des Farbschemas</translation>
    </message>
    <message>
        <source>Line f&amp;ocus (dim all but a few lines)</source>
        <translation>Zeilen&amp;fokus (alles außer ein paar Zeilen abdunkeln)</translation>
    </message>
    <message>
        <source>Lines in &amp;focus:</source>
        <translation>Zeilen im F&amp;okus:</translation>
    </message>
    <message>
        <source>Focus mode: &amp;hide the panels, only the text</source>
        <translation>Fokusmodus: Bereiche &amp;ausblenden, nur der Text</translation>
    </message>
    <message>
        <source>WCA&amp;G text spacing</source>
        <translation>WCA&amp;G-Textabstände</translation>
    </message>
    <message>
        <source>Line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em, word spacing 0.16 em (WCAG 1.4.12)</source>
        <translation>Zeilenhöhe 1,5, Absatzabstand 2 em, Buchstabenabstand 0,12 em, Wortabstand 0,16 em (WCAG 1.4.12)</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Auf Standard&amp;werte zurücksetzen</translation>
    </message>
    <message>
        <source>colour theme for this run (not saved); see --list-themes</source>
        <translation>Farbschema für diesen Start (nicht gespeichert); siehe --list-themes</translation>
    </message>
    <message>
        <source>text size in points for this run, 8 to 96 (not saved)</source>
        <translation>Textgröße in Punkt für diesen Start, 8 bis 96 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>print the theme names and exit</source>
        <translation>die Namen der Farbschemas ausgeben und beenden</translation>
    </message>
    <message>
        <source>unknown theme “{name}”; the themes are: {names}</source>
        <translation>unbekanntes Farbschema „{name}“; verfügbar sind: {names}</translation>
    </message>
    <message>
        <source>the font size must be between {low:g} and {high:g} points</source>
        <translation>die Schriftgröße muss zwischen {low:g} und {high:g} Punkt liegen</translation>
    </message>
    <message>
        <source>The file “{path}” does not exist. Check its name and folder.</source>
        <translation>Die Datei „{path}“ gibt es nicht. Prüfen Sie Namen und Ordner.</translation>
    </message>
    <message>
        <source>You do not have permission to read “{path}”. Ask its owner, or copy it somewhere you can read.</source>
        <translation>Sie dürfen „{path}“ nicht lesen. Fragen Sie die Person, der die Datei gehört, oder kopieren Sie sie an einen Ort, an dem Sie sie lesen können.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a document. Choose a document file.</source>
        <translation>„{path}“ ist ein Ordner, kein Dokument. Wählen Sie eine Dokumentdatei.</translation>
    </message>
    <message>
        <source>“{path}” is not a text document (it contains binary data{detail}). Choose a text, Markdown, web page, Word, OpenDocument, RTF, EPUB, PDF or transcript file.</source>
        <translation>„{path}“ ist kein Textdokument (die Datei enthält Binärdaten{detail}). Wählen Sie eine Text-, Markdown-, Webseiten-, Word-, OpenDocument-, RTF-, EPUB-, PDF- oder Transkriptdatei.</translation>
    </message>
    <message>
        <source>“{path}” is not a regular file (it is a pipe, a device or a socket). Choose a text or Markdown file.</source>
        <translation>„{path}“ ist keine normale Datei (sondern eine Pipe, ein Gerät oder ein Socket). Wählen Sie eine Text- oder Markdown-Datei.</translation>
    </message>
    <message>
        <source>“{path}” is too large to open ({detail}). The limit is {limit}. Split it into smaller files.</source>
        <translation>„{path}“ ist zu groß zum Öffnen ({detail}). Die Grenze liegt bei {limit}. Teilen Sie es in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>“{path}” is protected by a password. Open it in Word or LibreOffice with the password and save a copy without one.</source>
        <translation>„{path}“ ist durch ein Passwort geschützt. Öffnen Sie die Datei mit dem Passwort in Word oder LibreOffice und speichern Sie eine Kopie ohne Passwort.</translation>
    </message>
    <message>
        <source>“{path}” could not be read: {detail}</source>
        <translation>„{path}“ konnte nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <source>“{path}” is damaged and cannot be read. Open it in the program that made it and save it again.</source>
        <translation>„{path}“ ist beschädigt und kann nicht gelesen werden. Öffnen Sie die Datei in dem Programm, mit dem sie erstellt wurde, und speichern Sie sie erneut.</translation>
    </message>
    <message>
        <source>“{path}” was not opened: it asks to read other files or to expand itself, which documents never need. It may have been made to cause harm.</source>
        <translation>„{path}“ wurde nicht geöffnet: Die Datei will andere Dateien lesen oder sich selbst aufblähen, was ein Dokument nie braucht. Sie wurde möglicherweise erstellt, um Schaden anzurichten.</translation>
    </message>
    <message>
        <source>“{path}” was not opened: it would unpack to far more than any document. It may have been made to cause harm.</source>
        <translation>„{path}“ wurde nicht geöffnet: Entpackt wäre die Datei weit größer als jedes Dokument. Sie wurde möglicherweise erstellt, um Schaden anzurichten.</translation>
    </message>
    <message>
        <source>“{path}” is locked by copy protection (DRM), so its text cannot be read. The shop that sold it may offer a version without DRM.</source>
        <translation>„{path}“ ist durch einen Kopierschutz (DRM) gesperrt, daher kann der Text nicht gelesen werden. Der Shop, der es verkauft hat, bietet vielleicht eine Version ohne DRM an.</translation>
    </message>
    <message>
        <source>“{path}” is protected by a password. Open it in a PDF viewer with the password and save a copy without one.</source>
        <translation>„{path}“ ist durch ein Passwort geschützt. Öffnen Sie die Datei mit dem Passwort in einem PDF-Betrachter und speichern Sie eine Kopie ohne Passwort.</translation>
    </message>
    <message>
        <source>“{path}” was saved by Word 95 or an older version, which the reader cannot open. Open it in Word or LibreOffice and save it as a Word document (.docx).</source>
        <translation>„{path}“ wurde mit Word 95 oder einer älteren Version gespeichert, die der Reader nicht öffnen kann. Öffnen Sie die Datei in Word oder LibreOffice und speichern Sie sie als Word-Dokument (.docx).</translation>
    </message>
    <message>
        <source>“{path}” looks scanned: its pages are pictures and it has no text to read. A text recognition (OCR) program can make a readable copy.</source>
        <translation>„{path}“ scheint eingescannt zu sein: Die Seiten sind Bilder, es gibt keinen Text zum Lesen. Ein Texterkennungsprogramm (OCR) kann eine lesbare Kopie erstellen.</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>Word 97-2003 document</source>
        <translation>Word 97-2003-Dokument</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>EPUB-Buch</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Rich Text</source>
        <translation>Rich Text (RTF)</translation>
    </message>
    <message>
        <source>WordPress export</source>
        <translation>WordPress-Export</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Liedtext</translation>
    </message>
    <message>
        <source>All documents ({patterns})</source>
        <translation>Alle Dokumente ({patterns})</translation>
    </message>
    <message>
        <source>Opening “{path}” ({size}): this takes a few seconds. You can keep reading meanwhile.</source>
        <translation>„{path}“ wird geöffnet ({size}): Das dauert ein paar Sekunden. Sie können solange weiterlesen.</translation>
    </message>
    <message>
        <source>Still opening “{path}”: wait a few seconds.</source>
        <translation>„{path}“ wird noch geöffnet: bitte einige Sekunden warten.</translation>
    </message>
    <message>
        <source>Still opening: the first {shown} of {pages} pages are shown.</source>
        <translation>Wird noch geöffnet: Die ersten {shown} von {pages} Seiten werden angezeigt.</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>This document is empty. Open another one with File &gt; Open (Ctrl+O).</source>
        <translation>Dieses Dokument ist leer. Öffnen Sie ein anderes mit Datei &gt; Öffnen (Strg+O).</translation>
    </message>
    <message numerus="yes">
        <source>{n} bytes of this file could not be decoded and are shown as “�”. The file itself is unchanged.</source>
        <translation>
            <numerusform>{n} Byte dieser Datei konnte nicht dekodiert werden und wird als „�“ angezeigt. Die Datei selbst bleibt unverändert.</numerusform>
            <numerusform>{n} Bytes dieser Datei konnten nicht dekodiert werden und werden als „�“ angezeigt. Die Datei selbst bleibt unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not in UTF-8; it was read as {encoding}.</source>
        <translation>Diese Datei ist nicht in UTF-8; sie wurde als {encoding} gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>{n} paragraphs broken in the middle of a sentence were joined.</source>
        <translation>
            <numerusform>{n} mitten im Satz umbrochener Absatz wurde zusammengefügt.</numerusform>
            <numerusform>{n} mitten im Satz umbrochene Absätze wurden zusammengefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} zero bytes (NUL) in this file were left out: they are not text. The file itself is unchanged.</source>
        <translation>
            <numerusform>{n} Null-Byte (NUL) in dieser Datei wurde weggelassen: Es ist kein Text. Die Datei selbst bleibt unverändert.</numerusform>
            <numerusform>{n} Null-Bytes (NUL) in dieser Datei wurden weggelassen: Sie sind kein Text. Die Datei selbst bleibt unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists or quotations nested more than {n} levels deep are shown at level {n}; their text is all there.</source>
        <translation>Listen oder Zitate, die tiefer als {n} Ebenen verschachtelt sind, werden auf Ebene {n} gezeigt; ihr Text ist vollständig da.</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Notes and credits</source>
        <translation>Hinweise und Nachweise</translation>
    </message>
    <message>
        <source>Question {number}: {text}</source>
        <translation>Frage {number}: {text}</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Frage {number} von {total}</translation>
    </message>
    <message>
        <source>Section {number} of {total}: {label}</source>
        <translation>Abschnitt {number} von {total}: {label}</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>{title}
{kind}, language: {language}</source>
        <translation>{title}
{kind}, Sprache: {language}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Fin&amp;d next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find previo&amp;us</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Go to question…</source>
        <translation>Zu &amp;Frage gehen…</translation>
    </message>
    <message>
        <source>Where am &amp;I?</source>
        <translation>Wo &amp;bin ich?</translation>
    </message>
    <message>
        <source>&amp;Move to the next pane</source>
        <translation>Zum &amp;nächsten Bereich</translation>
    </message>
    <message>
        <source>Move &amp;back to the previous pane</source>
        <translation>Zum &amp;vorigen Bereich zurück</translation>
    </message>
    <message>
        <source>&amp;Add a bookmark here</source>
        <translation>Lesezeichen hier &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Show bookmarks…</source>
        <translation>Lesezeichen &amp;anzeigen…</translation>
    </message>
    <message>
        <source>Speak the app&apos;s &amp;messages</source>
        <translation>&amp;Meldungen der App vorlesen</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Suchleiste</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Such&amp;en:</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Ignores case and accents. Enter: next match, Shift+Enter: previous, Escape: back to the text</source>
        <translation>Ignoriert Groß-/Kleinschreibung und Akzente. Eingabe: nächster Treffer, Umschalt+Eingabe: vorheriger, Esc: zurück zum Text</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>{current} of {total}: {line}</source>
        <translation>{current} von {total}: {line}</translation>
    </message>
    <message>
        <source>“{query}” not found</source>
        <translation>„{query}“ nicht gefunden</translation>
    </message>
    <message>
        <source>Nothing to find yet: press Ctrl+F and type</source>
        <translation>Noch nichts zu suchen: Drücken Sie Strg+F und tippen Sie</translation>
    </message>
    <message>
        <source>Go to question</source>
        <translation>Zu Frage gehen</translation>
    </message>
    <message>
        <source>&amp;Question number (1 to {count}):</source>
        <translation>&amp;Nummer der Frage (1 bis {count}):</translation>
    </message>
    <message>
        <source>“{text}” is not a question number: type a number from 1 to {count}.</source>
        <translation>„{text}“ ist keine Fragennummer: Geben Sie eine Zahl von 1 bis {count} ein.</translation>
    </message>
    <message>
        <source>{title} {place} {percent} % through the document.</source>
        <translation>{title} {place} {percent} % des Dokuments.</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Es ist kein Dokument geöffnet.</translation>
    </message>
    <message>
        <source>Bookmark added: {label}</source>
        <translation>Lesezeichen hinzugefügt: {label}</translation>
    </message>
    <message>
        <source>There is already a bookmark here: {label}</source>
        <translation>Hier gibt es schon ein Lesezeichen: {label}</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Bookmarks of this document</source>
        <translation>Lesezeichen dieses Dokuments</translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+B in the text to add one.</source>
        <translation>Noch keine Lesezeichen: Drücken Sie Strg+B im Text, um eines hinzuzufügen.</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation>Lesezeichen umbenennen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>{label} ({percent} %)</source>
        <translation>{label} ({percent} %)</translation>
    </message>
    <message>
        <source>Bookmark deleted: {label}</source>
        <translation>Lesezeichen gelöscht: {label}</translation>
    </message>
    <message>
        <source>Open a saved document to use bookmarks.</source>
        <translation>Öffnen Sie ein gespeichertes Dokument, um Lesezeichen zu verwenden.</translation>
    </message>
    <message>
        <source>Reopened where you left off: {place}</source>
        <translation>Dort wieder geöffnet, wo Sie aufgehört haben: {place}</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Search the shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Type part of an action&apos;s name or of a key; the list shows only what matches.</source>
        <translation>Geben Sie einen Teil des Namens einer Aktion oder einer Taste ein; die Liste zeigt nur, was passt.</translation>
    </message>
    <message>
        <source>&amp;Change key…</source>
        <translation>Taste &amp;ändern…</translation>
    </message>
    <message>
        <source>Re&amp;move key</source>
        <translation>Taste &amp;entfernen</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset &amp;all to defaults</source>
        <translation>&amp;Alle auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Give every action its default keys again?</source>
        <translation>Allen Aktionen wieder ihre Standardtasten geben?</translation>
    </message>
    <message numerus="yes">
        <source>1 shortcut shown</source>
        <translation>
            <numerusform>1 Tastenkürzel angezeigt</numerusform>
            <numerusform>1 Tastenkürzel angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} shortcuts shown</source>
        <translation>
            <numerusform>{count} Tastenkürzel angezeigt</numerusform>
            <numerusform>{count} Tastenkürzel angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Keine Taste</translation>
    </message>
    <message>
        <source>The keys of “{action}” are the text&apos;s own and cannot be changed.</source>
        <translation>Die Tasten von „{action}“ gehören zum Text selbst und lassen sich nicht ändern.</translation>
    </message>
    <message>
        <source>New key for “{action}”</source>
        <translation>Neue Taste für „{action}“</translation>
    </message>
    <message>
        <source>Press the new key for “{action}”, then Enter or OK. Tab moves on, Escape cancels.</source>
        <translation>Drücken Sie die neue Taste für „{action}“, dann Eingabe oder OK. Tab geht weiter, Esc bricht ab.</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neue Taste</translation>
    </message>
    <message>
        <source>(press a key)</source>
        <translation>(Taste drücken)</translation>
    </message>
    <message>
        <source>{keys} is already the key of “{other}”. OK gives it to this action instead (“{other}” loses it); press another key, or Cancel.</source>
        <translation>{keys} ist schon die Taste von „{other}“. OK gibt sie stattdessen dieser Aktion („{other}“ verliert sie); drücken Sie eine andere Taste oder Abbrechen.</translation>
    </message>
    <message>
        <source>{keys} is free.</source>
        <translation>{keys} ist frei.</translation>
    </message>
    <message>
        <source>{keys} is already this action&apos;s key.</source>
        <translation>{keys} ist schon die Taste dieser Aktion.</translation>
    </message>
    <message>
        <source>{keys} cannot be a shortcut here (it moves the focus or closes dialogs).</source>
        <translation>{keys} kann hier kein Tastenkürzel sein (die Taste bewegt den Fokus oder schließt Dialoge).</translation>
    </message>
    <message>
        <source>“{action}” now has the key {keys}.</source>
        <translation>„{action}“ hat jetzt die Taste {keys}.</translation>
    </message>
    <message>
        <source>“{action}” has no key now.</source>
        <translation>„{action}“ hat jetzt keine Taste mehr.</translation>
    </message>
    <message>
        <source>“{action}” has its default keys again.</source>
        <translation>„{action}“ hat wieder ihre Standardtasten.</translation>
    </message>
    <message>
        <source>Every action has its default keys again.</source>
        <translation>Alle Aktionen haben wieder ihre Standardtasten.</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Nächster / vorheriger Treffer</translation>
    </message>
    <message>
        <source>{keys} (in the find bar)</source>
        <translation>{keys} (in der Suchleiste)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>End of reading</source>
        <translation>Ende des Vorlesens</translation>
    </message>
    <message>
        <source>The app speaks its messages</source>
        <translation>Die App liest ihre Meldungen vor</translation>
    </message>
    <message>
        <source>The app no longer speaks its messages</source>
        <translation>Die App liest ihre Meldungen nicht mehr vor</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Presenting: {title}</source>
        <translation>Präsentation: {title}</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <source>There is nothing to present: this document has no text.</source>
        <translation>Es gibt nichts zu präsentieren: Dieses Dokument hat keinen Text.</translation>
    </message>
    <message>
        <source>Open a document first, then present it with View &gt; Present (F5).</source>
        <translation>Öffnen Sie zuerst ein Dokument und präsentieren Sie es dann mit Ansicht &gt; Präsentieren (F5).</translation>
    </message>
    <message>
        <source>There is no question {number}: this document has {total}.</source>
        <translation>Es gibt keine Frage {number}: Dieses Dokument hat {total}.</translation>
    </message>
    <message>
        <source>Section {number} of {total}</source>
        <translation>Abschnitt {number} von {total}</translation>
    </message>
    <message>
        <source>{where}, answer not shown yet</source>
        <translation>{where}, Antwort noch nicht gezeigt</translation>
    </message>
    <message>
        <source>{where}, part {page} of {pages}</source>
        <translation>{where}, Teil {page} von {pages}</translation>
    </message>
    <message>
        <source>{number} / {total} · {page}/{pages}</source>
        <translation>{number} / {total} · {page}/{pages}</translation>
    </message>
    <message>
        <source>{number} / {total}</source>
        <translation>{number} / {total}</translation>
    </message>
    <message>
        <source>{where}. {text}</source>
        <translation>{where}. {text}</translation>
    </message>
    <message>
        <source>Answer: {text}</source>
        <translation>Antwort: {text}</translation>
    </message>
    <message>
        <source>Continued, part {page} of {pages}: {text}</source>
        <translation>Fortsetzung, Teil {page} von {pages}: {text}</translation>
    </message>
    <message>
        <source>Black screen. Any key shows the slide again.</source>
        <translation>Schwarzer Bildschirm. Jede Taste zeigt die Folie wieder.</translation>
    </message>
    <message>
        <source>White screen. Any key shows the slide again.</source>
        <translation>Weißer Bildschirm. Jede Taste zeigt die Folie wieder.</translation>
    </message>
    <message>
        <source>Go to {number}, then Enter</source>
        <translation>Gehe zu {number}, dann Eingabe</translation>
    </message>
    <message>
        <source>End of the presentation. Esc leaves.</source>
        <translation>Ende der Präsentation. Esc beendet sie.</translation>
    </message>
    <message>
        <source>This is the first slide.</source>
        <translation>Das ist die erste Folie.</translation>
    </message>
    <message>
        <source>There is no {number}: 1 to {total}.</source>
        <translation>Es gibt keine {number}: nur 1 bis {total}.</translation>
    </message>
    <message>
        <source>Speech is not available.</source>
        <translation>Die Sprachausgabe ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Answers now come after their question.</source>
        <translation>Antworten kommen jetzt nach ihrer Frage.</translation>
    </message>
    <message>
        <source>Answers now come with their question.</source>
        <translation>Antworten kommen jetzt mit ihrer Frage.</translation>
    </message>
    <message>
        <source>Timer shown on the slide.</source>
        <translation>Timer auf der Folie eingeblendet.</translation>
    </message>
    <message>
        <source>Timer hidden from the slide.</source>
        <translation>Timer auf der Folie ausgeblendet.</translation>
    </message>
    <message>
        <source>Only one screen: the presenter view needs a second one.</source>
        <translation>Nur ein Bildschirm: Die Referentenansicht braucht einen zweiten.</translation>
    </message>
    <message>
        <source>{h}:{m:02d}:{s:02d}</source>
        <translation>{h}:{m:02d}:{s:02d}</translation>
    </message>
    <message>
        <source>{m:02d}:{s:02d}</source>
        <translation>{m:02d}:{s:02d}</translation>
    </message>
    <message>
        <source>Elapsed {elapsed} · Time {clock}</source>
        <translation>Vergangen {elapsed} · Uhrzeit {clock}</translation>
    </message>
    <message>
        <source>{where} — the room sees a black screen</source>
        <translation>{where} – das Publikum sieht einen schwarzen Bildschirm</translation>
    </message>
    <message>
        <source>{where} — the room sees a white screen</source>
        <translation>{where} – das Publikum sieht einen weißen Bildschirm</translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation>Was das Publikum sieht</translation>
    </message>
    <message>
        <source>Nothing: this is the last one.</source>
        <translation>Nichts: Das ist die letzte.</translation>
    </message>
    <message>
        <source>Not shown yet</source>
        <translation>Noch nicht gezeigt</translation>
    </message>
    <message>
        <source>Everything of this question is shown.</source>
        <translation>Alles zu dieser Frage wird angezeigt.</translation>
    </message>
    <message>
        <source>PgDown/Space next · PgUp previous · number+Enter go to · B black · W white · R read aloud · A answers after/with question · T timer · S screens · F1 keys · Esc leave</source>
        <translation>Bild↓/Leertaste weiter · Bild↑ zurück · Nummer+Eingabe gehe zu · B schwarz · W weiß · R vorlesen · A Antworten nach/mit Frage · T Timer · S Bildschirme · F1 Tasten · Esc beenden</translation>
    </message>
    <message>
        <source>Choose the audience screen</source>
        <translation>Bildschirm für das Publikum wählen</translation>
    </message>
    <message>
        <source>Which screen does the room see? The slides go there; the other screen shows your presenter view: the next question, the answer not shown yet and the time.</source>
        <translation>Welchen Bildschirm sieht das Publikum? Dorthin gehen die Folien; der andere zeigt Ihre Referentenansicht: die nächste Frage, die noch nicht gezeigte Antwort und die Zeit.</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <source>Screen {number}: {name} ({width} × {height})</source>
        <translation>Bildschirm {number}: {name} ({width} × {height})</translation>
    </message>
    <message>
        <source>Presenting: keys</source>
        <translation>Präsentation: Tasten</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Page Down, Right, Down, Space, Enter</source>
        <translation>Bild ab, Rechts, Unten, Leertaste, Eingabe</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Page Up, Left, Up, Backspace</source>
        <translation>Bild auf, Links, Oben, Rücktaste</translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation>Erste / letzte Folie</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Pos1 / Ende</translation>
    </message>
    <message>
        <source>Go to a question</source>
        <translation>Zu einer Frage gehen</translation>
    </message>
    <message>
        <source>its number, then Enter</source>
        <translation>ihre Nummer, dann Eingabe</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Schwarzer Bildschirm</translation>
    </message>
    <message>
        <source>B or . (any key comes back)</source>
        <translation>B oder . (jede Taste kehrt zurück)</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>Weißer Bildschirm</translation>
    </message>
    <message>
        <source>W or , (any key comes back)</source>
        <translation>W oder , (jede Taste kehrt zurück)</translation>
    </message>
    <message>
        <source>Read the slide aloud</source>
        <translation>Folie vorlesen</translation>
    </message>
    <message>
        <source>R (any key stops)</source>
        <translation>R (jede Taste hält an)</translation>
    </message>
    <message>
        <source>Answers after or with their question</source>
        <translation>Antworten nach oder mit ihrer Frage</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Timer on the slide</source>
        <translation>Timer auf der Folie</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>These keys</source>
        <translation>Diese Tasten</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Leave, back to the same place in the text</source>
        <translation>Beenden, zurück an dieselbe Stelle im Text</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>start presenting the document full screen (Esc leaves)</source>
        <translation>das Dokument im Vollbild präsentieren (Esc beendet)</translation>
    </message>
    <message>
        <source>start at question (or section) N</source>
        <translation>bei Frage (oder Abschnitt) N beginnen</translation>
    </message>
    <message>
        <source>there is no question {number} in this document</source>
        <translation>in diesem Dokument gibt es keine Frage {number}</translation>
    </message>
    <message>
        <source>Question {n}.</source>
        <translation>Frage {n}.</translation>
    </message>
    <message>
        <source>Note {mark}</source>
        <comment>a footnote, said before its words</comment>
        <translation>Anmerkung {mark}</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>a footnote with no number, said before its words</comment>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Speech is unavailable: the Python package pyttsx3 is not installed. Install it with: pip install pyttsx3</source>
        <translation>Die Sprachausgabe ist nicht verfügbar: Das Python-Paket pyttsx3 ist nicht installiert. Installieren Sie es mit: pip install pyttsx3</translation>
    </message>
    <message>
        <source>Speech is unavailable: the espeak-ng library is not installed. Install it with: sudo apt-get install libespeak-ng1 espeak-ng-data</source>
        <translation>Die Sprachausgabe ist nicht verfügbar: Die Bibliothek espeak-ng ist nicht installiert. Installieren Sie sie mit: sudo apt-get install libespeak-ng1 espeak-ng-data</translation>
    </message>
    <message>
        <source>Speech is unavailable: espeak-ng would not start (are its voices installed? sudo apt-get install espeak-ng-data)</source>
        <translation>Die Sprachausgabe ist nicht verfügbar: espeak-ng ließ sich nicht starten (sind seine Stimmen installiert? sudo apt-get install espeak-ng-data)</translation>
    </message>
    <message>
        <source>Speech is unavailable: no voice is installed. Install them with: sudo apt-get install espeak-ng-data</source>
        <translation>Die Sprachausgabe ist nicht verfügbar: Es ist keine Stimme installiert. Installieren Sie die Stimmen mit: sudo apt-get install espeak-ng-data</translation>
    </message>
    <message>
        <source>Speech is unavailable ({reason}).</source>
        <translation>Die Sprachausgabe ist nicht verfügbar ({reason}).</translation>
    </message>
    <message>
        <source>Nothing can be read aloud: no audio device was found. Check that the sound is on and an audio server (PulseAudio or PipeWire) is running, then press Play again: reading goes on from where it stopped.</source>
        <translation>Es kann nichts vorgelesen werden: Kein Audiogerät gefunden. Prüfen Sie, ob der Ton an ist und ein Audioserver (PulseAudio oder PipeWire) läuft, und drücken Sie dann wieder Abspielen: Das Vorlesen geht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>Nothing can be read aloud: the audio device could not be opened (another program may hold it). Press Play again to retry: reading goes on from where it stopped.</source>
        <translation>Es kann nichts vorgelesen werden: Das Audiogerät ließ sich nicht öffnen (vielleicht belegt es ein anderes Programm). Drücken Sie wieder Abspielen, um es erneut zu versuchen: Das Vorlesen geht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>Reading stopped: the sound stopped coming out (the audio server went away). Press Play once the sound works again: reading goes on from where it stopped.</source>
        <translation>Vorlesen gestoppt: Es kommt kein Ton mehr (der Audioserver ist verschwunden). Drücken Sie Abspielen, sobald der Ton wieder geht: Das Vorlesen geht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>Reading stopped: the audio device reported an error. Press Play to go on from where it stopped.</source>
        <translation>Vorlesen gestoppt: Das Audiogerät hat einen Fehler gemeldet. Drücken Sie Abspielen, um dort weiterzumachen, wo es aufgehört hat.</translation>
    </message>
    <message>
        <source>This sentence could not be spoken and was skipped: “{text}” ({error}).</source>
        <translation>Dieser Satz konnte nicht gesprochen werden und wurde übersprungen: „{text}“ ({error}).</translation>
    </message>
    <message>
        <source>Reading stopped: the speech engine failed on several sentences in a row ({error}).</source>
        <translation>Vorlesen gestoppt: Die Sprachausgabe ist bei mehreren Sätzen hintereinander gescheitert ({error}).</translation>
    </message>
    <message>
        <source>&amp;Speech</source>
        <translation>&amp;Vorlesen</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>Vorlesen &amp;beenden</translation>
    </message>
    <message>
        <source>Previous s&amp;entence</source>
        <translation>Vorheriger &amp;Satz</translation>
    </message>
    <message>
        <source>Ne&amp;xt sentence</source>
        <translation>Nächster Sat&amp;z</translation>
    </message>
    <message>
        <source>Previous p&amp;aragraph</source>
        <translation>&amp;Vorheriger Absatz</translation>
    </message>
    <message>
        <source>Next paragrap&amp;h</source>
        <translation>Nächster Absa&amp;tz</translation>
    </message>
    <message>
        <source>Read the se&amp;lection</source>
        <translation>Aus&amp;wahl vorlesen</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>Sc&amp;hneller</translation>
    </message>
    <message>
        <source>Slo&amp;wer</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <source>Read only the current se&amp;ction, then stop</source>
        <translation>Nur den akt&amp;uellen Abschnitt lesen, dann anhalten</translation>
    </message>
    <message>
        <source>Speech se&amp;ttings…</source>
        <translation>Sprach&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Speech controls</source>
        <translation>Vorlese-Steuerung</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Vorlesen beenden</translation>
    </message>
    <message>
        <source>{name} ({keys})</source>
        <translation>{name} ({keys})</translation>
    </message>
    <message>
        <source>Paused: {where}</source>
        <translation>Angehalten: {where}</translation>
    </message>
    <message>
        <source>Reading: {where}</source>
        <translation>Vorlesen: {where}</translation>
    </message>
    <message>
        <source>Speed: {wpm} words per minute</source>
        <translation>Geschwindigkeit: {wpm} Wörter pro Minute</translation>
    </message>
    <message>
        <source>Speed: {wpm} words per minute (the limit)</source>
        <translation>Geschwindigkeit: {wpm} Wörter pro Minute (die Grenze)</translation>
    </message>
    <message>
        <source>Nothing is selected: select some text first (Shift with the arrow keys).</source>
        <translation>Nichts ausgewählt: Wählen Sie zuerst Text aus (Umschalt mit den Pfeiltasten).</translation>
    </message>
    <message>
        <source>There is nothing to read here.</source>
        <translation>Hier gibt es nichts vorzulesen.</translation>
    </message>
    <message>
        <source>Speech is starting…</source>
        <translation>Die Sprachausgabe startet…</translation>
    </message>
    <message>
        <source>Speech settings</source>
        <translation>Spracheinstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The document&apos;s language (automatic)</source>
        <translation>Die Sprache des Dokuments (automatisch)</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>S&amp;timme:</translation>
    </message>
    <message>
        <source>Automatic: the best voice for the language</source>
        <translation>Automatisch: die beste Stimme für die Sprache</translation>
    </message>
    <message>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <source>&amp;Interviewer&apos;s voice:</source>
        <translation>Stimme der &amp;Interviewerin / des Interviewers:</translation>
    </message>
    <message>
        <source>Inter&amp;viewee&apos;s voice:</source>
        <translation>Stimme der &amp;befragten Person:</translation>
    </message>
    <message>
        <source>The reading voice itself</source>
        <translation>Die Vorlesestimme selbst</translation>
    </message>
    <message>
        <source>Reading voice, female timbre {n}</source>
        <translation>Vorlesestimme, weibliche Klangfarbe {n}</translation>
    </message>
    <message>
        <source>Reading voice, male timbre {n}</source>
        <translation>Vorlesestimme, männliche Klangfarbe {n}</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Geschwindigkeit:</translation>
    </message>
    <message>
        <source> words per minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation>&amp;Tonhöhe:</translation>
    </message>
    <message>
        <source>50 is the voice&apos;s own pitch</source>
        <translation>50 ist die eigene Tonhöhe der Stimme</translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Pause after a s&amp;entence:</source>
        <translation>Pause nach einem &amp;Satz:</translation>
    </message>
    <message>
        <source>Pause after a p&amp;aragraph:</source>
        <translation>Pause nach einem &amp;Absatz:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Announce each question (“Question 3.”) before reading it</source>
        <translation>Jede Frage &amp;ankündigen („Frage 3.“), bevor sie gelesen wird</translation>
    </message>
    <message>
        <source>Read only the &amp;current section, then stop</source>
        <translation>Nur den a&amp;ktuellen Abschnitt lesen, dann anhalten</translation>
    </message>
    <message>
        <source>&amp;Highlight while reading:</source>
        <translation>&amp;Hervorheben beim Vorlesen:</translation>
    </message>
    <message>
        <source>Colour behind the sentence and the word</source>
        <translation>Farbe hinter Satz und Wort</translation>
    </message>
    <message>
        <source>Underline the sentence and the word</source>
        <translation>Satz und Wort unterstreichen</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>Keine Hervorhebung</translation>
    </message>
    <message>
        <source>Read a document aloud through the speakers, or into a WAV file; list the voices.</source>
        <translation>Ein Dokument über die Lautsprecher vorlesen oder in eine WAV-Datei schreiben; die Stimmen auflisten.</translation>
    </message>
    <message>
        <source>a text or Markdown file</source>
        <translation>eine Text- oder Markdown-Datei</translation>
    </message>
    <message>
        <source>read only question N (1 is the first)</source>
        <translation>nur Frage N vorlesen (1 ist die erste)</translation>
    </message>
    <message>
        <source>read only section N of the outline (1 is the first)</source>
        <translation>nur Abschnitt N der Gliederung vorlesen (1 ist der erste)</translation>
    </message>
    <message>
        <source>the voice to read with (see --list-voices); default: one for the document&apos;s language</source>
        <translation>die Stimme zum Vorlesen (siehe --list-voices); Standard: eine Stimme in der Sprache des Dokuments</translation>
    </message>
    <message>
        <source>speed in words per minute, {low} to {high} (default {default})</source>
        <translation>Geschwindigkeit in Wörtern pro Minute, {low} bis {high} (Standard {default})</translation>
    </message>
    <message>
        <source>write the speech to this WAV file instead of playing it</source>
        <translation>die Sprache in diese WAV-Datei schreiben, statt sie abzuspielen</translation>
    </message>
    <message>
        <source>list the installed voices, grouped by language, and exit</source>
        <translation>die installierten Stimmen nach Sprache gruppiert auflisten und beenden</translation>
    </message>
    <message>
        <source>a FILE to read is needed (or --list-voices)</source>
        <translation>eine zu lesende DATEI fehlt (oder --list-voices)</translation>
    </message>
    <message>
        <source>the rate must be between {low} and {high} words per minute</source>
        <translation>die Geschwindigkeit muss zwischen {low} und {high} Wörtern pro Minute liegen</translation>
    </message>
    <message>
        <source>there is no question {n}: the document has {count}</source>
        <translation>es gibt keine Frage {n}: das Dokument hat {count}</translation>
    </message>
    <message>
        <source>there is no section {n}: the document has {count}</source>
        <translation>es gibt keinen Abschnitt {n}: das Dokument hat {count}</translation>
    </message>
    <message>
        <source>there is no voice “{voice}”; reader speak --list-voices lists them</source>
        <translation>es gibt keine Stimme „{voice}“; reader speak --list-voices listet sie auf</translation>
    </message>
    <message>
        <source>“{path}” could not be written: {error}</source>
        <translation>„{path}“ konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>speech failed on “{text}”: {error}</source>
        <translation>die Sprachausgabe ist an „{text}“ gescheitert: {error}</translation>
    </message>
    <message>
        <source>Wrote {path} ({seconds} s of speech).</source>
        <translation>{path} geschrieben ({seconds} s Sprache).</translation>
    </message>
    <message>
        <source>Nothing can be played: no audio device was found (is the sound on, and an audio server such as PulseAudio or PipeWire running?).</source>
        <translation>Es kann nichts abgespielt werden: Kein Audiogerät gefunden (ist der Ton an und läuft ein Audioserver wie PulseAudio oder PipeWire?).</translation>
    </message>
    <message>
        <source>Nothing can be played: the audio device could not be opened (another program may hold it).</source>
        <translation>Es kann nichts abgespielt werden: Das Audiogerät ließ sich nicht öffnen (vielleicht belegt es ein anderes Programm).</translation>
    </message>
    <message>
        <source>Playback stopped: the audio server went away.</source>
        <translation>Wiedergabe gestoppt: Der Audioserver ist verschwunden.</translation>
    </message>
    <message>
        <source>Playback stopped: the audio device reported an error.</source>
        <translation>Wiedergabe gestoppt: Das Audiogerät hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>{reason} To save the speech to a file instead: reader speak FILE --out FILE.wav</source>
        <translation>{reason} Um die Sprache stattdessen in eine Datei zu schreiben: reader speak DATEI --out DATEI.wav</translation>
    </message>
    <message>
        <source>{minutes}:{seconds:02d} {where}: {text}</source>
        <translation>{minutes}:{seconds:02d} {where}: {text}</translation>
    </message>
    <message>
        <source>Done ({minutes}:{seconds:02d}).</source>
        <translation>Fertig ({minutes}:{seconds:02d}).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Accessible Reader</source>
        <translation>Accessible Reader</translation>
    </message>
    <message>
        <source>{title} — {app}</source>
        <translation>{title} – {app}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Go to the &amp;outline</source>
        <translation>Zur &amp;Gliederung</translation>
    </message>
    <message>
        <source>Go to the te&amp;xt</source>
        <translation>Zum Te&amp;xt</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>&amp;Vorherige Frage</translation>
    </message>
    <message>
        <source>Next &amp;section</source>
        <translation>Nächster &amp;Abschnitt</translation>
    </message>
    <message>
        <source>Pre&amp;vious section</source>
        <translation>Vorheriger Absc&amp;hnitt</translation>
    </message>
    <message>
        <source>Go to s&amp;tart of document</source>
        <translation>Zum Anfang &amp;des Dokuments</translation>
    </message>
    <message>
        <source>Go to &amp;end of document</source>
        <translation>Zum &amp;Ende des Dokuments</translation>
    </message>
    <message>
        <source>Open &amp;link at the caret</source>
        <translation>&amp;Link an der Einfügemarke öffnen</translation>
    </message>
    <message>
        <source>Show the &amp;outline panel</source>
        <translation>&amp;Gliederung anzeigen</translation>
    </message>
    <message>
        <source>Show the &amp;status line</source>
        <translation>&amp;Statuszeile anzeigen</translation>
    </message>
    <message>
        <source>&amp;Wider outline</source>
        <translation>Gliederung &amp;breiter</translation>
    </message>
    <message>
        <source>Narrower ou&amp;tline</source>
        <translation>Gliederung s&amp;chmaler</translation>
    </message>
    <message>
        <source>Outline: {percent} % of the window&apos;s width</source>
        <translation>Gliederung: {percent} % der Fensterbreite</translation>
    </message>
    <message>
        <source>The outline is as wide as it can be: the text needs the rest</source>
        <translation>Die Gliederung ist so breit wie möglich: Der Text braucht den Rest</translation>
    </message>
    <message>
        <source>The outline is as narrow as it can be</source>
        <translation>Die Gliederung ist so schmal wie möglich</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Accessible Reader</source>
        <translation>&amp;Über Accessible Reader</translation>
    </message>
    <message>
        <source>{keys} (in the text)</source>
        <translation>{keys} (im Text)</translation>
    </message>
    <message>
        <source>{keys} (in the outline)</source>
        <translation>{keys} (in der Gliederung)</translation>
    </message>
    <message>
        <source>{keys} (in a message)</source>
        <translation>{keys} (in einer Meldung)</translation>
    </message>
    <message>
        <source>Read the selected section</source>
        <translation>Ausgewählten Abschnitt lesen</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>&amp;{number} {name}   ({folder})</source>
        <translation>&amp;{number} {name}   ({folder})</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>“{path}” is no longer there (moved or deleted); it was removed from the recent files.</source>
        <translation>„{path}“ ist nicht mehr da (verschoben oder gelöscht); die Datei wurde aus der Liste der zuletzt geöffneten entfernt.</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Dokument öffnen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“{path}” could not be opened because of an internal error ({detail}). The document you had open is still open.</source>
        <translation>„{path}“ konnte wegen eines internen Fehlers nicht geöffnet werden ({detail}). Das Dokument, das Sie geöffnet hatten, bleibt offen.</translation>
    </message>
    <message>
        <source>No document is open. Open one with File &gt; Open (Ctrl+O), or drop a file here.</source>
        <translation>Es ist kein Dokument geöffnet. Öffnen Sie eines mit Datei &gt; Öffnen (Strg+O) oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <source>The document&apos;s sections. Press Enter to read the selected one.</source>
        <translation>Die Abschnitte des Dokuments. Drücken Sie die Eingabetaste, um den ausgewählten zu lesen.</translation>
    </message>
    <message>
        <source>(This document has no sections)</source>
        <translation>(Dieses Dokument hat keine Abschnitte)</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Text des Dokuments</translation>
    </message>
    <message>
        <source>Position in the document</source>
        <translation>Position im Dokument</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message>
        <source>&amp;Close message</source>
        <translation>Meldung &amp;schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>{position}: {text}</source>
        <translation>{position}: {text}</translation>
    </message>
    <message>
        <source>{where} · {kind}</source>
        <translation>{where} · {kind}</translation>
    </message>
    <message>
        <source>No next question: this is the last one.</source>
        <translation>Keine nächste Frage: Das ist die letzte.</translation>
    </message>
    <message>
        <source>No previous question: this is the first one.</source>
        <translation>Keine vorherige Frage: Das ist die erste.</translation>
    </message>
    <message>
        <source>This document has no questions.</source>
        <translation>Dieses Dokument hat keine Fragen.</translation>
    </message>
    <message>
        <source>No next section: this is the last one.</source>
        <translation>Kein nächster Abschnitt: Das ist der letzte.</translation>
    </message>
    <message>
        <source>No previous section: this is the first one.</source>
        <translation>Kein vorheriger Abschnitt: Das ist der erste.</translation>
    </message>
    <message>
        <source>Going to the end…</source>
        <translation>Zum Ende…</translation>
    </message>
    <message>
        <source>Going there…</source>
        <translation>Springe dorthin…</translation>
    </message>
    <message>
        <source>There is no link at the caret.</source>
        <translation>An der Einfügemarke ist kein Link.</translation>
    </message>
    <message>
        <source>The link “{target}” was not opened: only web addresses (http or https) can be opened.</source>
        <translation>Der Link „{target}“ wurde nicht geöffnet: Nur Webadressen (http oder https) lassen sich öffnen.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>The link “{target}” could not be opened: no web browser answered.</source>
        <translation>Der Link „{target}“ konnte nicht geöffnet werden: Kein Webbrowser hat geantwortet.</translation>
    </message>
    <message>
        <source>Opening {target} in your web browser…</source>
        <translation>{target} wird in Ihrem Webbrowser geöffnet…</translation>
    </message>
    <message>
        <source>Link to {target} (Ctrl+Enter opens it)</source>
        <translation>Link zu {target} (Strg+Eingabe öffnet ihn)</translation>
    </message>
    <message>
        <source>Image (not loaded): {target}</source>
        <translation>Bild (nicht geladen): {target}</translation>
    </message>
    <message>
        <source>About Accessible Reader</source>
        <translation>Über Accessible Reader</translation>
    </message>
    <message>
        <source>Accessible Reader {version}

A document reader for everyone: an outline of an interview&apos;s questions and answers, typography you control, and offline speech.

Licence: GPL 3.0 or later.</source>
        <translation>Accessible Reader {version}

Ein Dokumentleser für alle: eine Gliederung der Fragen und Antworten eines Interviews, eine Typografie, die Sie bestimmen, und Vorlesen ohne Internet.

Lizenz: GPL 3.0 oder später.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Accessible Reader met an internal error and could not finish what you asked: {detail}

Your document is still open. Details were written to the terminal (standard error).</source>
        <translation>Accessible Reader ist auf einen internen Fehler gestoßen und konnte nicht abschließen, worum Sie gebeten haben: {detail}

Ihr Dokument ist noch geöffnet. Details stehen im Terminal (Standardfehlerausgabe).</translation>
    </message>
    <message>
        <source>Open a text or Markdown document in Accessible Reader.</source>
        <translation>Ein Text- oder Markdown-Dokument in Accessible Reader öffnen.</translation>
    </message>
    <message>
        <source>the document to open (default: the embedded interview)</source>
        <translation>das zu öffnende Dokument (Standard: das mitgelieferte Interview)</translation>
    </message>
    <message>
        <source>Accessible Reader is now in the applications menu, and in “Open with” for text, Markdown and the other documents it reads (files in {folder}).</source>
        <translation>Accessible Reader steht jetzt im Anwendungsmenü und unter „Öffnen mit“ für Text-, Markdown- und die anderen Dokumente, die er lesen kann (Dateien in {folder}).</translation>
    </message>
    <message>
        <source>Accessible Reader was removed from the applications menu (files in {folder}).</source>
        <translation>Accessible Reader wurde aus dem Anwendungsmenü entfernt (Dateien in {folder}).</translation>
    </message>
    <message>
        <source>Accessible Reader was not in the applications menu (nothing in {folder}).</source>
        <translation>Accessible Reader war nicht im Anwendungsmenü (nichts in {folder}).</translation>
    </message>
    <message>
        <source>Print a document&apos;s outline: its questions or sections.</source>
        <translation>Die Gliederung eines Dokuments ausgeben: seine Fragen oder Abschnitte.</translation>
    </message>
    <message>
        <source>a document: text, Markdown, web page, Word, OpenDocument, RTF, EPUB, PDF or transcript</source>
        <translation>ein Dokument: Text, Markdown, Webseite, Word, OpenDocument, RTF, EPUB, PDF oder Transkript</translation>
    </message>
    <message>
        <source>Print a document&apos;s text as the reader shows it: one paragraph after another, a blank line between them.</source>
        <translation>Den Text eines Dokuments so ausgeben, wie Accessible Reader ihn zeigt: ein Absatz nach dem anderen, dazwischen eine Leerzeile.</translation>
    </message>
    <message>
        <source>print one JSON object instead of text</source>
        <translation>ein JSON-Objekt statt Text ausgeben</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: Fehler: {message}</translation>
    </message>
    <message>
        <source>add the reader to the applications menu and to “Open with”, then exit</source>
        <translation>Accessible Reader ins Anwendungsmenü und unter „Öffnen mit“ eintragen, dann beenden</translation>
    </message>
    <message>
        <source>take the reader out of the applications menu and “Open with”, then exit</source>
        <translation>Accessible Reader aus dem Anwendungsmenü und „Öffnen mit“ entfernen, dann beenden</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>The desktop&apos;s language ({language})</source>
        <translation>Die Sprache des Desktops ({language})</translation>
    </message>
    <message>
        <source>The reader speaks the new language from its next start.</source>
        <translation>Accessible Reader spricht die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>The code of this translation&apos;s language (fr, de, es): the app speaks its messages with a voice of that language.</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>This is a question</source>
        <translation>Das ist eine Frage</translation>
    </message>
    <message>
        <source>Not a question</source>
        <translation>Keine Frage</translation>
    </message>
    <message>
        <source>This is the title</source>
        <translation>Das ist der Titel</translation>
    </message>
    <message>
        <source>Start a section here</source>
        <translation>Hier einen Abschnitt beginnen</translation>
    </message>
    <message>
        <source>Every turn by {speaker} is a question</source>
        <translation>Jeder Beitrag von {speaker} ist eine Frage</translation>
    </message>
    <message>
        <source>Restore the automatic structure</source>
        <translation>Automatische Gliederung wiederherstellen</translation>
    </message>
    <message>
        <source>Question {number} of {total} added</source>
        <translation>Frage {number} von {total} hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>Question removed; %n questions now</source>
        <translation>
            <numerusform>Frage entfernt; jetzt %n Frage</numerusform>
            <numerusform>Frage entfernt; jetzt %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Title set: {title}</source>
        <translation>Titel festgelegt: {title}</translation>
    </message>
    <message>
        <source>Section started: {label}</source>
        <translation>Abschnitt beginnt: {label}</translation>
    </message>
    <message numerus="yes">
        <source>Every turn by {speaker} is a question; %n questions now</source>
        <translation>
            <numerusform>Jeder Beitrag von {speaker} ist eine Frage; jetzt %n Frage</numerusform>
            <numerusform>Jeder Beitrag von {speaker} ist eine Frage; jetzt %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Correction undone</source>
        <translation>Korrektur rückgängig gemacht</translation>
    </message>
    <message>
        <source>Correction redone</source>
        <translation>Korrektur wiederhergestellt</translation>
    </message>
    <message>
        <source>Automatic structure restored</source>
        <translation>Automatische Gliederung wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>The document has changed: %n of your outline corrections no longer apply and were dropped.</source>
        <translation>
            <numerusform>Das Dokument hat sich geändert: %n Ihrer Korrekturen der Gliederung passt nicht mehr und wurde verworfen.</numerusform>
            <numerusform>Das Dokument hat sich geändert: %n Ihrer Korrekturen der Gliederung passen nicht mehr und wurden verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your saved outline corrections could not be read and were ignored ({file}).</source>
        <translation>Ihre gespeicherten Korrekturen der Gliederung konnten nicht gelesen werden und wurden ignoriert ({file}).</translation>
    </message>
    <message>
        <source>Your outline corrections could not be saved: check that your data folder is writable.</source>
        <translation>Ihre Korrekturen der Gliederung konnten nicht gespeichert werden: Prüfen Sie, ob Ihr Datenordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>This is a &amp;question</source>
        <translation>Das &amp;ist eine Frage</translation>
    </message>
    <message>
        <source>Not &amp;a question</source>
        <translation>&amp;Keine Frage</translation>
    </message>
    <message>
        <source>T&amp;his is the title</source>
        <translation>Das ist der &amp;Titel</translation>
    </message>
    <message>
        <source>Sta&amp;rt a section here</source>
        <translation>Hier einen Abs&amp;chnitt beginnen</translation>
    </message>
    <message>
        <source>Ever&amp;y turn by this speaker is a question</source>
        <translation>&amp;Jeder Beitrag dieser Person ist eine Frage</translation>
    </message>
    <message>
        <source>Ever&amp;y turn by {speaker} is a question</source>
        <translation>&amp;Jeder Beitrag von {speaker} ist eine Frage</translation>
    </message>
    <message>
        <source>Undo the last &amp;correction</source>
        <translation>Letzte Korrektur rückgängig &amp;machen</translation>
    </message>
    <message>
        <source>Redo the correction &amp;just undone</source>
        <translation>K&amp;orrektur wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the auto&amp;matic structure</source>
        <translation>Automatische Str&amp;uktur wiederherstellen</translation>
    </message>
    <message>
        <source>The outline is unchanged</source>
        <translation>Die Gliederung ist unverändert</translation>
    </message>
    <message>
        <source>This paragraph does not begin with a speaker&apos;s name</source>
        <translation>Dieser Absatz beginnt nicht mit dem Namen der sprechenden Person</translation>
    </message>
    <message>
        <source>No correction to undo</source>
        <translation>Keine Korrektur zum Rückgängigmachen</translation>
    </message>
    <message>
        <source>No correction to redo</source>
        <translation>Keine Korrektur zum Wiederherstellen</translation>
    </message>
    <message>
        <source>The outline has no corrections: it is the automatic structure</source>
        <translation>Die Gliederung hat keine Korrekturen: Sie ist die automatische Struktur</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The folder “{detail}” does not exist. Choose or create a folder for the audio files.</source>
        <translation>Den Ordner „{detail}“ gibt es nicht. Wählen oder erstellen Sie einen Ordner für die Audiodateien.</translation>
    </message>
    <message>
        <source>“{detail}” is a file, not a folder. Choose a folder for the audio files.</source>
        <translation>„{detail}“ ist eine Datei, kein Ordner. Wählen Sie einen Ordner für die Audiodateien.</translation>
    </message>
    <message>
        <source>The folder “{detail}” cannot be written to. Choose another folder or change its permissions.</source>
        <translation>In den Ordner „{detail}“ kann nicht geschrieben werden. Wählen Sie einen anderen Ordner oder ändern Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>The disk is full: “{detail}” could not be finished. Free some space and export again; the files already finished are kept.</source>
        <translation>Der Datenträger ist voll: „{detail}“ konnte nicht fertiggestellt werden. Schaffen Sie Platz und exportieren Sie erneut; die bereits fertigen Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>An audio file could not be written: {detail}. The files already finished are kept.</source>
        <translation>Eine Audiodatei konnte nicht geschrieben werden: {detail}. Die bereits fertigen Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>This document has nothing to read aloud, so there is no audio to export.</source>
        <translation>Dieses Dokument enthält nichts zum Vorlesen, daher gibt es nichts als Audio zu exportieren.</translation>
    </message>
    <message>
        <source>Speech failed, so the export stopped: {detail}. The files already finished are kept.</source>
        <translation>Die Sprachausgabe ist fehlgeschlagen, daher wurde der Export abgebrochen: {detail}. Die bereits fertigen Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>in “{section}”, on “{text}” ({error})</source>
        <translation>in „{section}“, bei „{text}“ ({error})</translation>
    </message>
    <message>
        <source>Export a document as audio files: one per section (the opening, then each question with its answer), one whole file with chapters, a playlist and captions.</source>
        <translation>Ein Dokument als Audiodateien exportieren: eine pro Abschnitt (die Einleitung, dann jede Frage mit ihrer Antwort), eine Gesamtdatei mit Kapiteln, eine Wiedergabeliste und Untertitel.</translation>
    </message>
    <message>
        <source>the document to export</source>
        <translation>das zu exportierende Dokument</translation>
    </message>
    <message>
        <source>the folder to write into (default: a new folder named after the document, in the current folder)</source>
        <translation>der Zielordner (Standard: ein neuer Ordner mit dem Namen des Dokuments im aktuellen Ordner)</translation>
    </message>
    <message>
        <source>opus (small, the default), mp3 (for older players) or wav (for editing)</source>
        <translation>opus (klein, Standard), mp3 (für ältere Abspielgeräte) oder wav (zum Bearbeiten)</translation>
    </message>
    <message>
        <source>which sections: all (the default), one number (3) or a range (3-5), as numbered in the file names</source>
        <translation>welche Abschnitte: all (alle, Standard), eine Nummer (3) oder ein Bereich (3-5), nummeriert wie in den Dateinamen</translation>
    </message>
    <message>
        <source>--sections {spec}: the document has sections 1 to {total}; give all, a number or a range such as 2-4</source>
        <translation>--sections {spec}: Das Dokument hat die Abschnitte 1 bis {total}; geben Sie all, eine Nummer oder einen Bereich wie 2-4 an</translation>
    </message>
    <message>
        <source>{percent}% · section {number} of {total}: {label} · {left}</source>
        <translation>{percent} % · Abschnitt {number} von {total}: {label} · {left}</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>noch etwa {minutes} Min.</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>noch etwa {seconds} s</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>Restzeit wird geschätzt</translation>
    </message>
    <message>
        <source>Wrote {files} files to {folder} ({minutes} min of speech).</source>
        <translation>{files} Dateien in {folder} geschrieben ({minutes} Min. Sprache).</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled; %n finished file(s) kept.</source>
        <translation>
            <numerusform>Export abgebrochen; %n fertige Datei bleibt erhalten.</numerusform>
            <numerusform>Export abgebrochen; %n fertige Dateien bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some settings could not be read and were reset to their defaults: {names}.</source>
        <translation>Einige Einstellungen konnten nicht gelesen werden und wurden auf ihre Standardwerte zurückgesetzt: {names}.</translation>
    </message>
    <message>
        <source>window size and place</source>
        <translation>Fenstergröße und -position</translation>
    </message>
    <message>
        <source>outline width</source>
        <translation>Breite der Gliederung</translation>
    </message>
    <message>
        <source>bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>last reading positions</source>
        <translation>letzte Lesepositionen</translation>
    </message>
    <message>
        <source>Your settings cannot be saved: the file {file} cannot be written. Changes last until you close the reader.</source>
        <translation>Ihre Einstellungen können nicht gespeichert werden: Die Datei {file} ist nicht beschreibbar. Änderungen gelten, bis Sie Accessible Reader schließen.</translation>
    </message>
    <message>
        <source>{title} ({format})</source>
        <translation>{title} ({format})</translation>
    </message>
    <message>
        <source>Show the w&amp;hole page</source>
        <translation>Ganze &amp;Webseite anzeigen</translation>
    </message>
    <message>
        <source>Read notes an&amp;d page numbers</source>
        <translation>&amp;Anmerkungen und Seitenzahlen vorlesen</translation>
    </message>
    <message>
        <source>Showing the whole page, with the site&apos;s menus and side columns.</source>
        <translation>Die ganze Seite wird gezeigt, mit den Menüs und Seitenspalten der Website.</translation>
    </message>
    <message>
        <source>Showing the article only.</source>
        <translation>Nur der Artikel wird gezeigt.</translation>
    </message>
    <message>
        <source>Only a web page has a whole page to show: this document is shown whole.</source>
        <translation>Nur eine Webseite hat eine ganze Seite zum Anzeigen: Dieses Dokument wird bereits vollständig gezeigt.</translation>
    </message>
    <message>
        <source>Notes and page numbers are read in books and web pages.</source>
        <translation>Anmerkungen und Seitenzahlen werden in Büchern und Webseiten vorgelesen.</translation>
    </message>
    <message>
        <source>Notes and page numbers are left out of books and web pages.</source>
        <translation>Anmerkungen und Seitenzahlen werden in Büchern und Webseiten ausgelassen.</translation>
    </message>
    <message>
        <source>&amp;Export audio…</source>
        <translation>Als &amp;Audio exportieren…</translation>
    </message>
    <message>
        <source>Export audio</source>
        <translation>Als Audio exportieren</translation>
    </message>
    <message>
        <source>“{title}” read aloud into audio files: one per section, one whole file with chapters, captions and a playlist.</source>
        <translation>„{title}“ vorgelesen in Audiodateien: eine pro Abschnitt, eine Gesamtdatei mit Kapiteln, Untertitel und eine Wiedergabeliste.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the folder for the audio files</source>
        <translation>Den Ordner für die Audiodateien wählen</translation>
    </message>
    <message>
        <source>Folder for the audio files</source>
        <translation>Ordner für die Audiodateien</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Opus: small, for phones and podcast apps</source>
        <translation>Opus: klein, für Telefone und Podcast-Apps</translation>
    </message>
    <message>
        <source>MP3: for older players and car radios</source>
        <translation>MP3: für ältere Abspielgeräte und Autoradios</translation>
    </message>
    <message>
        <source>WAV: uncompressed, for editing</source>
        <translation>WAV: unkomprimiert, zum Bearbeiten</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>&amp;All sections ({count})</source>
        <translation>&amp;Alle Abschnitte ({count})</translation>
    </message>
    <message>
        <source>&amp;Only these sections:</source>
        <translation>&amp;Nur diese Abschnitte:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Audio export needs speech: {reason}</source>
        <translation>Der Audioexport braucht die Sprachausgabe: {reason}</translation>
    </message>
    <message>
        <source>An audio export is already running: its progress window shows how far it is.</source>
        <translation>Ein Audioexport läuft bereits: Sein Fortschrittsfenster zeigt, wie weit er ist.</translation>
    </message>
    <message>
        <source>Exporting “{title}”</source>
        <translation>„{title}“ wird exportiert</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Making section {number} of {total}: {title}</source>
        <translation>Abschnitt {number} von {total} wird erstellt: {title}</translation>
    </message>
    <message>
        <source>Export {percent}%: section {number} of {total}, {label}.</source>
        <translation>Export {percent} %: Abschnitt {number} von {total}, {label}.</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Export abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancelling: the section being made is thrown away…</source>
        <translation>Wird abgebrochen: Der Abschnitt in Arbeit wird verworfen…</translation>
    </message>
    <message>
        <source>Audio export finished: {files} files in “{folder}” ({minutes} min of speech).</source>
        <translation>Audioexport fertig: {files} Dateien in „{folder}“ ({minutes} Min. Sprache).</translation>
    </message>
    <message>
        <source>{message} Sections finished: {finished}.</source>
        <translation>{message} Fertige Abschnitte: {finished}.</translation>
    </message>
    <message>
        <source>Audio export cancelled; the {finished} sections finished are kept in “{folder}”.</source>
        <translation>Audioexport abgebrochen; die fertigen Abschnitte ({finished}) bleiben in „{folder}“ erhalten.</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>chinesische Schriftzeichen</translation>
    </message>
    <message>
        <source>Japanese characters</source>
        <translation>japanische Schriftzeichen</translation>
    </message>
    <message>
        <source>Korean Hangul</source>
        <translation>koreanisches Hangul</translation>
    </message>
    <message>
        <source>Arabic script</source>
        <translation>arabische Schrift</translation>
    </message>
    <message>
        <source>Hebrew script</source>
        <translation>hebräische Schrift</translation>
    </message>
    <message>
        <source>Devanagari script</source>
        <translation>Devanagari-Schrift</translation>
    </message>
    <message>
        <source>Bengali script</source>
        <translation>bengalische Schrift</translation>
    </message>
    <message>
        <source>Tamil script</source>
        <translation>tamilische Schrift</translation>
    </message>
    <message>
        <source>Thai script</source>
        <translation>thailändische Schrift</translation>
    </message>
    <message>
        <source>Greek letters</source>
        <translation>griechische Buchstaben</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>kyrillische Buchstaben</translation>
    </message>
    <message>
        <source>Georgian letters</source>
        <translation>georgische Buchstaben</translation>
    </message>
    <message>
        <source>Armenian letters</source>
        <translation>armenische Buchstaben</translation>
    </message>
    <message>
        <source>Part of this document is written in {script}, which no font on this computer can show: those characters appear as empty boxes. Install a font for them (on Debian or Ubuntu: the package {package}) and open the document again. Reading aloud is not affected.</source>
        <translation>Ein Teil dieses Dokuments ist in einer Schrift geschrieben, die keine Schriftart auf diesem Computer darstellen kann ({script}): Diese Zeichen erscheinen als leere Kästchen. Installieren Sie eine Schriftart dafür (unter Debian oder Ubuntu: das Paket {package}) und öffnen Sie das Dokument erneut. Das Vorlesen ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>Part of this document is written in {script}, which no font on this computer can show: those characters appear as empty boxes. Install a font for them in your system&apos;s settings and open the document again. Reading aloud is not affected.</source>
        <translation>Ein Teil dieses Dokuments ist in einer Schrift geschrieben, die keine Schriftart auf diesem Computer darstellen kann ({script}): Diese Zeichen erscheinen als leere Kästchen. Installieren Sie eine Schriftart dafür in den Einstellungen Ihres Systems und öffnen Sie das Dokument erneut. Das Vorlesen ist davon nicht betroffen.</translation>
    </message>
</context>
</TS>
