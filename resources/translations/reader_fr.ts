<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{label}: {opening}</source>
        <translation>{label}&#xa0;: {opening}</translation>
    </message>
    <message>
        <source>More controls</source>
        <translation>Autres commandes</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Autres menus</translation>
    </message>
    <message>
        <source>B&amp;igger text</source>
        <translation>Agrand&amp;ir le texte</translation>
    </message>
    <message>
        <source>Smalle&amp;r text</source>
        <translation>Réd&amp;uire le texte</translation>
    </message>
    <message>
        <source>&amp;Usual text size</source>
        <translation>Taille de texte &amp;habituelle</translation>
    </message>
    <message>
        <source>&amp;Line focus</source>
        <translation>&amp;Focalisation sur les lignes</translation>
    </message>
    <message>
        <source>&amp;Focus mode (only the text)</source>
        <translation>&amp;Mode concentration (le texte seul)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Préfér&amp;ences…</translation>
    </message>
    <message>
        <source>Full screen on. {keys} or Esc leaves it.</source>
        <translation>Plein écran. {keys} ou Échap pour en sortir.</translation>
    </message>
    <message>
        <source>Full scree&amp;n</source>
        <translation>Plei&amp;n écran</translation>
    </message>
    <message>
        <source>Full screen off</source>
        <translation>Plein écran désactivé</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commandes</translation>
    </message>
    <message>
        <source>open FILE in the window (the options above)</source>
        <translation>ouvrir FILE dans la fenêtre (les options ci-dessus)</translation>
    </message>
    <message>
        <source>print the document&apos;s questions or sections</source>
        <translation>afficher les questions ou les sections du document</translation>
    </message>
    <message>
        <source>print the document&apos;s text</source>
        <translation>afficher le texte du document</translation>
    </message>
    <message>
        <source>read the document aloud, or into a WAV file</source>
        <translation>lire le document à voix haute, ou dans un fichier WAV</translation>
    </message>
    <message>
        <source>write audio files to take away, one per question</source>
        <translation>écrire des fichiers audio à emporter, un par question</translation>
    </message>
    <message>
        <source>the options of one command</source>
        <translation>les options d&apos;une commande</translation>
    </message>
    <message>
        <source>Text size {size} points</source>
        <translation>Texte en {size} points</translation>
    </message>
    <message>
        <source>Line focus off</source>
        <translation>Focalisation sur les lignes désactivée</translation>
    </message>
    <message numerus="yes">
        <source>Line focus on: %n line(s)</source>
        <translation>
            <numerusform>Focalisation sur les lignes&#xa0;: %n ligne</numerusform>
            <numerusform>Focalisation sur les lignes&#xa0;: %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus mode: only the text. {keys} shows the panels again.</source>
        <translation>Mode concentration&#xa0;: le texte seul. {keys} réaffiche les panneaux.</translation>
    </message>
    <message>
        <source>Focus mode off: the panels are back</source>
        <translation>Mode concentration désactivé&#xa0;: les panneaux sont de retour</translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation>Système (suivre le bureau)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation>Blanc sur noir</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>Jaune sur noir</translation>
    </message>
    <message>
        <source>Black on white</source>
        <translation>Noir sur blanc</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <source>Dyslexia friendly</source>
        <translation>Adapté à la dyslexie</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>À gauche</translation>
    </message>
    <message>
        <source>Justified, hyphenated</source>
        <translation>Justifié, avec césure</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Speech highlight</source>
        <translation>Surlignage de la lecture</translation>
    </message>
    <message>
        <source>Text on the spoken sentence</source>
        <translation>Texte de la phrase lue</translation>
    </message>
    <message>
        <source>{what}: contrast {ratio}:1, below the {required}:1 most readers need.</source>
        <translation>{what}&#xa0;: contraste de {ratio}:1, sous les {required}:1 dont la plupart des lecteurs ont besoin.</translation>
    </message>
    <message>
        <source>Contrast: every colour meets WCAG AA.</source>
        <translation>Contraste&#xa0;: chaque couleur respecte le niveau AA des WCAG.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Changes show in the window at once. OK keeps them, Cancel puts back what you had.</source>
        <translation>Les changements s&apos;affichent aussitôt dans la fenêtre. OK les garde, Annuler rétablit ce que vous aviez.</translation>
    </message>
    <message>
        <source>Spacing and layout</source>
        <translation>Espacement et mise en page</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Reading aids</source>
        <translation>Aides à la lecture</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Choisir un préréglage…</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>Poli&amp;ce&#xa0;:</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Police du système</translation>
    </message>
    <message>
        <source>{family} (not installed)</source>
        <translation>{family} (non installée)</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
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
        <translation> caractères</translation>
    </message>
    <message>
        <source>&amp;Bold text</source>
        <translation>Texte en &amp;gras</translation>
    </message>
    <message>
        <source>&amp;Line height:</source>
        <translation>&amp;Hauteur de ligne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paragraph spacing:</source>
        <translation>Espacement des &amp;paragraphes&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;etter spacing:</source>
        <translation>Espacement des l&amp;ettres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Word spacing:</source>
        <translation>Espacement des &amp;mots&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Marges&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum line length:</source>
        <translation>Longueur de ligne ma&amp;ximale&#xa0;:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>&amp;Alignment:</source>
        <translation>&amp;Alignement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Use my own &amp;colours</source>
        <translation>Utiliser mes propres &amp;couleurs</translation>
    </message>
    <message>
        <source>Text colour:</source>
        <translation>Couleur du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Background colour:</source>
        <translation>Couleur du fond&#xa0;:</translation>
    </message>
    <message>
        <source>Link colour:</source>
        <translation>Couleur des liens&#xa0;:</translation>
    </message>
    <message>
        <source>Speech highlight colour:</source>
        <translation>Couleur du surlignage de la lecture&#xa0;:</translation>
    </message>
    <message>
        <source>{what} {colour}</source>
        <translation>{what} {colour}</translation>
    </message>
    <message>
        <source>theme&apos;s</source>
        <translation>celle du thème</translation>
    </message>
    <message>
        <source>Line f&amp;ocus (dim all but a few lines)</source>
        <translation>F&amp;ocalisation sur les lignes (assombrir tout sauf quelques lignes)</translation>
    </message>
    <message>
        <source>Lines in &amp;focus:</source>
        <translation>Lignes mises en &amp;valeur&#xa0;:</translation>
    </message>
    <message>
        <source>Focus mode: &amp;hide the panels, only the text</source>
        <translation>Mode concentration&#xa0;: &amp;masquer les panneaux, le texte seul</translation>
    </message>
    <message>
        <source>WCA&amp;G text spacing</source>
        <translation>Espacement du texte WCA&amp;G</translation>
    </message>
    <message>
        <source>Line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em, word spacing 0.16 em (WCAG 1.4.12)</source>
        <translation>Hauteur de ligne 1,5, espacement des paragraphes 2 em, des lettres 0,12 em, des mots 0,16 em (WCAG 1.4.12)</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Rétablir les réglages par défaut</translation>
    </message>
    <message>
        <source>colour theme for this run (not saved); see --list-themes</source>
        <translation>thème de couleurs pour cette fois (non enregistré)&#xa0;; voir --list-themes</translation>
    </message>
    <message>
        <source>text size in points for this run, 8 to 96 (not saved)</source>
        <translation>taille du texte en points pour cette fois, de 8 à 96 (non enregistrée)</translation>
    </message>
    <message>
        <source>print the theme names and exit</source>
        <translation>afficher les noms des thèmes et quitter</translation>
    </message>
    <message>
        <source>unknown theme “{name}”; the themes are: {names}</source>
        <translation>thème «&#xa0;{name}&#xa0;» inconnu&#xa0;; les thèmes sont&#xa0;: {names}</translation>
    </message>
    <message>
        <source>the font size must be between {low:g} and {high:g} points</source>
        <translation>la taille du texte doit être comprise entre {low:g} et {high:g} points</translation>
    </message>
    <message>
        <source>The file “{path}” does not exist. Check its name and folder.</source>
        <translation>Le fichier «&#xa0;{path}&#xa0;» n&apos;existe pas. Vérifiez son nom et son dossier.</translation>
    </message>
    <message>
        <source>You do not have permission to read “{path}”. Ask its owner, or copy it somewhere you can read.</source>
        <translation>Vous n&apos;avez pas le droit de lire «&#xa0;{path}&#xa0;». Demandez-le à son propriétaire, ou copiez le fichier là où vous pouvez le lire.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a document. Choose a document file.</source>
        <translation>«&#xa0;{path}&#xa0;» est un dossier, pas un document. Choisissez un fichier de document.</translation>
    </message>
    <message>
        <source>“{path}” is not a text document (it contains binary data{detail}). Choose a text, Markdown, web page, Word, OpenDocument, RTF, EPUB, PDF or transcript file.</source>
        <translation>«&#xa0;{path}&#xa0;» n&apos;est pas un document texte (il contient des données binaires{detail}). Choisissez un fichier texte, Markdown, page web, Word, OpenDocument, RTF, EPUB, PDF ou une transcription.</translation>
    </message>
    <message>
        <source>“{path}” is not a regular file (it is a pipe, a device or a socket). Choose a text or Markdown file.</source>
        <translation>«&#xa0;{path}&#xa0;» n&apos;est pas un fichier ordinaire (c&apos;est un tube, un périphérique ou un socket). Choisissez un fichier texte ou Markdown.</translation>
    </message>
    <message>
        <source>“{path}” is too large to open ({detail}). The limit is {limit}. Split it into smaller files.</source>
        <translation>«&#xa0;{path}&#xa0;» est trop volumineux pour être ouvert ({detail}). La limite est de {limit}. Découpez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>“{path}” is protected by a password. Open it in Word or LibreOffice with the password and save a copy without one.</source>
        <translation>«&#xa0;{path}&#xa0;» est protégé par un mot de passe. Ouvrez-le avec le mot de passe dans Word ou LibreOffice et enregistrez-en une copie sans mot de passe.</translation>
    </message>
    <message>
        <source>“{path}” could not be read: {detail}</source>
        <translation>Impossible de lire «&#xa0;{path}&#xa0;»&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>“{path}” is damaged and cannot be read. Open it in the program that made it and save it again.</source>
        <translation>«&#xa0;{path}&#xa0;» est endommagé et ne peut pas être lu. Ouvrez-le dans le programme qui l&apos;a créé et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>“{path}” was not opened: it asks to read other files or to expand itself, which documents never need. It may have been made to cause harm.</source>
        <translation>«&#xa0;{path}&#xa0;» n&apos;a pas été ouvert&#xa0;: il demande à lire d&apos;autres fichiers ou à se développer lui-même, ce dont un document n&apos;a jamais besoin. Il a peut-être été conçu pour nuire.</translation>
    </message>
    <message>
        <source>“{path}” was not opened: it would unpack to far more than any document. It may have been made to cause harm.</source>
        <translation>«&#xa0;{path}&#xa0;» n&apos;a pas été ouvert&#xa0;: une fois décompressé, il serait bien plus gros que n&apos;importe quel document. Il a peut-être été conçu pour nuire.</translation>
    </message>
    <message>
        <source>“{path}” is locked by copy protection (DRM), so its text cannot be read. The shop that sold it may offer a version without DRM.</source>
        <translation>«&#xa0;{path}&#xa0;» est verrouillé par une protection contre la copie (DRM)&#xa0;: son texte ne peut pas être lu. La boutique qui l&apos;a vendu propose peut-être une version sans DRM.</translation>
    </message>
    <message>
        <source>“{path}” is protected by a password. Open it in a PDF viewer with the password and save a copy without one.</source>
        <translation>«&#xa0;{path}&#xa0;» est protégé par un mot de passe. Ouvrez-le avec le mot de passe dans un lecteur PDF et enregistrez-en une copie sans mot de passe.</translation>
    </message>
    <message>
        <source>“{path}” was saved by Word 95 or an older version, which the reader cannot open. Open it in Word or LibreOffice and save it as a Word document (.docx).</source>
        <translation>«&#xa0;{path}&#xa0;» a été enregistré par Word 95 ou une version plus ancienne, que le lecteur ne sait pas ouvrir. Ouvrez-le dans Word ou LibreOffice et enregistrez-le comme document Word (.docx).</translation>
    </message>
    <message>
        <source>“{path}” looks scanned: its pages are pictures and it has no text to read. A text recognition (OCR) program can make a readable copy.</source>
        <translation>«&#xa0;{path}&#xa0;» semble numérisé&#xa0;: ses pages sont des images et il n&apos;a aucun texte à lire. Un logiciel de reconnaissance de texte (OCR) peut en faire une copie lisible.</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>Word 97-2003 document</source>
        <translation>Document Word 97-2003</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>Livre EPUB</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Rich Text</source>
        <translation>Texte enrichi (RTF)</translation>
    </message>
    <message>
        <source>WordPress export</source>
        <translation>Export WordPress</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Paroles</translation>
    </message>
    <message>
        <source>All documents ({patterns})</source>
        <translation>Tous les documents ({patterns})</translation>
    </message>
    <message>
        <source>Opening “{path}” ({size}): this takes a few seconds. You can keep reading meanwhile.</source>
        <translation>Ouverture de «&#xa0;{path}&#xa0;» ({size})&#xa0;: cela prend quelques secondes. Vous pouvez continuer à lire en attendant.</translation>
    </message>
    <message>
        <source>Still opening “{path}”: wait a few seconds.</source>
        <translation>Ouverture de «&#xa0;{path}&#xa0;» en cours&#xa0;: patientez quelques secondes.</translation>
    </message>
    <message>
        <source>Still opening: the first {shown} of {pages} pages are shown.</source>
        <translation>Ouverture en cours&#xa0;: les {shown} premières pages sur {pages} sont affichées.</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} Mo</translation>
    </message>
    <message>
        <source>This document is empty. Open another one with File &gt; Open (Ctrl+O).</source>
        <translation>Ce document est vide. Ouvrez-en un autre avec Fichier &gt; Ouvrir (Ctrl+O).</translation>
    </message>
    <message numerus="yes">
        <source>{n} bytes of this file could not be decoded and are shown as “�”. The file itself is unchanged.</source>
        <translation>
            <numerusform>{n} octet de ce fichier n&apos;a pas pu être décodé et s&apos;affiche comme «&#xa0;�&#xa0;». Le fichier lui-même n&apos;est pas modifié.</numerusform>
            <numerusform>{n} octets de ce fichier n&apos;ont pas pu être décodés et s&apos;affichent comme «&#xa0;�&#xa0;». Le fichier lui-même n&apos;est pas modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not in UTF-8; it was read as {encoding}.</source>
        <translation>Ce fichier n&apos;est pas en UTF-8&#xa0;; il a été lu comme du {encoding}.</translation>
    </message>
    <message numerus="yes">
        <source>{n} paragraphs broken in the middle of a sentence were joined.</source>
        <translation>
            <numerusform>{n} paragraphe coupé au milieu d&apos;une phrase a été recollé.</numerusform>
            <numerusform>{n} paragraphes coupés au milieu d&apos;une phrase ont été recollés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} zero bytes (NUL) in this file were left out: they are not text. The file itself is unchanged.</source>
        <translation>
            <numerusform>{n} octet nul (NUL) de ce fichier a été laissé de côté&#xa0;: ce n&apos;est pas du texte. Le fichier lui-même n&apos;est pas modifié.</numerusform>
            <numerusform>{n} octets nuls (NUL) de ce fichier ont été laissés de côté&#xa0;: ce n&apos;est pas du texte. Le fichier lui-même n&apos;est pas modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists or quotations nested more than {n} levels deep are shown at level {n}; their text is all there.</source>
        <translation>Les listes ou citations imbriquées sur plus de {n}&#xa0;niveaux sont affichées au niveau {n}&#xa0;; tout leur texte est là.</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Notes and credits</source>
        <translation>Notes et crédits</translation>
    </message>
    <message>
        <source>Question {number}: {text}</source>
        <translation>Question {number}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Question {number} sur {total}</translation>
    </message>
    <message>
        <source>Section {number} of {total}: {label}</source>
        <translation>Section {number} sur {total}&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>{title}
{kind}, language: {language}</source>
        <translation>{title}
{kind}, langue&#xa0;: {language}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Signets</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Fin&amp;d next</source>
        <translation>Occurrence suiva&amp;nte</translation>
    </message>
    <message>
        <source>Find previo&amp;us</source>
        <translation>Occurrence précéden&amp;te</translation>
    </message>
    <message>
        <source>&amp;Go to question…</source>
        <translation>&amp;Aller à la question…</translation>
    </message>
    <message>
        <source>Where am &amp;I?</source>
        <translation>&amp;Où suis-je&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Move to the next pane</source>
        <translation>Aller au volet sui&amp;vant</translation>
    </message>
    <message>
        <source>Move &amp;back to the previous pane</source>
        <translation>Revenir au volet pré&amp;cédent</translation>
    </message>
    <message>
        <source>&amp;Add a bookmark here</source>
        <translation>&amp;Ajouter un signet ici</translation>
    </message>
    <message>
        <source>&amp;Show bookmarks…</source>
        <translation>A&amp;fficher les signets…</translation>
    </message>
    <message>
        <source>Speak the app&apos;s &amp;messages</source>
        <translation>Dire les &amp;messages de l&apos;application</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barre de recherche</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Rec&amp;hercher&#xa0;:</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Ignores case and accents. Enter: next match, Shift+Enter: previous, Escape: back to the text</source>
        <translation>Ignore la casse et les accents. Entrée&#xa0;: occurrence suivante, Maj+Entrée&#xa0;: précédente, Échap&#xa0;: retour au texte</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>{current} of {total}: {line}</source>
        <translation>{current} sur {total}&#xa0;: {line}</translation>
    </message>
    <message>
        <source>“{query}” not found</source>
        <translation>«&#xa0;{query}&#xa0;» introuvable</translation>
    </message>
    <message>
        <source>Nothing to find yet: press Ctrl+F and type</source>
        <translation>Rien à chercher pour l&apos;instant&#xa0;: appuyez sur Ctrl+F et tapez</translation>
    </message>
    <message>
        <source>Go to question</source>
        <translation>Aller à la question</translation>
    </message>
    <message>
        <source>&amp;Question number (1 to {count}):</source>
        <translation>Numéro de la &amp;question (de 1 à {count})&#xa0;:</translation>
    </message>
    <message>
        <source>“{text}” is not a question number: type a number from 1 to {count}.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un numéro de question&#xa0;: tapez un nombre de 1 à {count}.</translation>
    </message>
    <message>
        <source>{title} {place} {percent} % through the document.</source>
        <translation>{title} {place} {percent} % du document lu.</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>Aucun document n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Bookmark added: {label}</source>
        <translation>Signet ajouté&#xa0;: {label}</translation>
    </message>
    <message>
        <source>There is already a bookmark here: {label}</source>
        <translation>Il y a déjà un signet ici&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Bookmarks of this document</source>
        <translation>Signets de ce document</translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+B in the text to add one.</source>
        <translation>Pas encore de signet&#xa0;: appuyez sur Ctrl+B dans le texte pour en ajouter un.</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Aller au signet</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation>Renommer le signet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>{label} ({percent} %)</source>
        <translation>{label} ({percent} %)</translation>
    </message>
    <message>
        <source>Bookmark deleted: {label}</source>
        <translation>Signet supprimé&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Open a saved document to use bookmarks.</source>
        <translation>Ouvrez un document enregistré pour utiliser les signets.</translation>
    </message>
    <message>
        <source>Reopened where you left off: {place}</source>
        <translation>Réouvert là où vous vous étiez arrêté&#xa0;: {place}</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Search the shortcuts</source>
        <translation>Rechercher dans les raccourcis</translation>
    </message>
    <message>
        <source>Type part of an action&apos;s name or of a key; the list shows only what matches.</source>
        <translation>Tapez une partie du nom d&apos;une action ou d&apos;une touche&#xa0;; la liste ne montre que ce qui correspond.</translation>
    </message>
    <message>
        <source>&amp;Change key…</source>
        <translation>&amp;Changer la touche…</translation>
    </message>
    <message>
        <source>Re&amp;move key</source>
        <translation>Re&amp;tirer la touche</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Rétablir la touche par &amp;défaut</translation>
    </message>
    <message>
        <source>Reset &amp;all to defaults</source>
        <translation>Tout rétablir par déf&amp;aut</translation>
    </message>
    <message>
        <source>Give every action its default keys again?</source>
        <translation>Redonner à chaque action ses touches par défaut&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>1 shortcut shown</source>
        <translation>
            <numerusform>1 raccourci affiché</numerusform>
            <numerusform>1 raccourci affiché</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} shortcuts shown</source>
        <translation>
            <numerusform>{count} raccourci affiché</numerusform>
            <numerusform>{count} raccourcis affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Aucune touche</translation>
    </message>
    <message>
        <source>The keys of “{action}” are the text&apos;s own and cannot be changed.</source>
        <translation>Les touches de «&#xa0;{action}&#xa0;» sont celles du texte lui-même et ne peuvent pas être changées.</translation>
    </message>
    <message>
        <source>New key for “{action}”</source>
        <translation>Nouvelle touche pour «&#xa0;{action}&#xa0;»</translation>
    </message>
    <message>
        <source>Press the new key for “{action}”, then Enter or OK. Tab moves on, Escape cancels.</source>
        <translation>Appuyez sur la nouvelle touche pour «&#xa0;{action}&#xa0;», puis sur Entrée ou OK. Tab passe à la suite, Échap annule.</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nouvelle touche</translation>
    </message>
    <message>
        <source>(press a key)</source>
        <translation>(appuyez sur une touche)</translation>
    </message>
    <message>
        <source>{keys} is already the key of “{other}”. OK gives it to this action instead (“{other}” loses it); press another key, or Cancel.</source>
        <translation>{keys} est déjà la touche de «&#xa0;{other}&#xa0;». OK la donne plutôt à cette action («&#xa0;{other}&#xa0;» la perd)&#xa0;; appuyez sur une autre touche, ou sur Annuler.</translation>
    </message>
    <message>
        <source>{keys} is free.</source>
        <translation>{keys} est libre.</translation>
    </message>
    <message>
        <source>{keys} is already this action&apos;s key.</source>
        <translation>{keys} est déjà la touche de cette action.</translation>
    </message>
    <message>
        <source>{keys} cannot be a shortcut here (it moves the focus or closes dialogs).</source>
        <translation>{keys} ne peut pas servir de raccourci ici (cette touche déplace le focus ou ferme les boîtes de dialogue).</translation>
    </message>
    <message>
        <source>“{action}” now has the key {keys}.</source>
        <translation>«&#xa0;{action}&#xa0;» a maintenant la touche {keys}.</translation>
    </message>
    <message>
        <source>“{action}” has no key now.</source>
        <translation>«&#xa0;{action}&#xa0;» n&apos;a plus de touche.</translation>
    </message>
    <message>
        <source>“{action}” has its default keys again.</source>
        <translation>«&#xa0;{action}&#xa0;» a de nouveau ses touches par défaut.</translation>
    </message>
    <message>
        <source>Every action has its default keys again.</source>
        <translation>Toutes les actions ont de nouveau leurs touches par défaut.</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Occurrence suivante / précédente</translation>
    </message>
    <message>
        <source>{keys} (in the find bar)</source>
        <translation>{keys} (dans la barre de recherche)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>End of reading</source>
        <translation>Fin de la lecture</translation>
    </message>
    <message>
        <source>The app speaks its messages</source>
        <translation>L&apos;application dit ses messages à voix haute</translation>
    </message>
    <message>
        <source>The app no longer speaks its messages</source>
        <translation>L&apos;application ne dit plus ses messages</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>Pré&amp;senter</translation>
    </message>
    <message>
        <source>Presenting: {title}</source>
        <translation>Présentation&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vue de l&apos;orateur</translation>
    </message>
    <message>
        <source>There is nothing to present: this document has no text.</source>
        <translation>Il n&apos;y a rien à présenter&#xa0;: ce document n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>Open a document first, then present it with View &gt; Present (F5).</source>
        <translation>Ouvrez d&apos;abord un document, puis présentez-le avec Affichage &gt; Présenter (F5).</translation>
    </message>
    <message>
        <source>There is no question {number}: this document has {total}.</source>
        <translation>Il n&apos;y a pas de question {number}&#xa0;: ce document en a {total}.</translation>
    </message>
    <message>
        <source>Section {number} of {total}</source>
        <translation>Section {number} sur {total}</translation>
    </message>
    <message>
        <source>{where}, answer not shown yet</source>
        <translation>{where}, réponse pas encore affichée</translation>
    </message>
    <message>
        <source>{where}, part {page} of {pages}</source>
        <translation>{where}, partie {page} sur {pages}</translation>
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
        <translation>Réponse&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Continued, part {page} of {pages}: {text}</source>
        <translation>Suite, partie {page} sur {pages}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Black screen. Any key shows the slide again.</source>
        <translation>Écran noir. N&apos;importe quelle touche réaffiche la diapositive.</translation>
    </message>
    <message>
        <source>White screen. Any key shows the slide again.</source>
        <translation>Écran blanc. N&apos;importe quelle touche réaffiche la diapositive.</translation>
    </message>
    <message>
        <source>Go to {number}, then Enter</source>
        <translation>Aller à {number}, puis Entrée</translation>
    </message>
    <message>
        <source>End of the presentation. Esc leaves.</source>
        <translation>Fin de la présentation. Échap pour quitter.</translation>
    </message>
    <message>
        <source>This is the first slide.</source>
        <translation>C&apos;est la première diapositive.</translation>
    </message>
    <message>
        <source>There is no {number}: 1 to {total}.</source>
        <translation>Il n&apos;y a pas de {number}&#xa0;: de 1 à {total}.</translation>
    </message>
    <message>
        <source>Speech is not available.</source>
        <translation>La synthèse vocale n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Answers now come after their question.</source>
        <translation>Les réponses viennent maintenant après leur question.</translation>
    </message>
    <message>
        <source>Answers now come with their question.</source>
        <translation>Les réponses viennent maintenant avec leur question.</translation>
    </message>
    <message>
        <source>Timer shown on the slide.</source>
        <translation>Minuteur affiché sur la diapositive.</translation>
    </message>
    <message>
        <source>Timer hidden from the slide.</source>
        <translation>Minuteur masqué sur la diapositive.</translation>
    </message>
    <message>
        <source>Only one screen: the presenter view needs a second one.</source>
        <translation>Un seul écran&#xa0;: la vue de l&apos;orateur en demande un second.</translation>
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
        <translation>Écoulé {elapsed} · Heure {clock}</translation>
    </message>
    <message>
        <source>{where} — the room sees a black screen</source>
        <translation>{where} — la salle voit un écran noir</translation>
    </message>
    <message>
        <source>{where} — the room sees a white screen</source>
        <translation>{where} — la salle voit un écran blanc</translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation>Ce que voit la salle</translation>
    </message>
    <message>
        <source>Nothing: this is the last one.</source>
        <translation>Rien&#xa0;: c&apos;est la dernière.</translation>
    </message>
    <message>
        <source>Not shown yet</source>
        <translation>Pas encore affiché</translation>
    </message>
    <message>
        <source>Everything of this question is shown.</source>
        <translation>Tout ce qui concerne cette question est affiché.</translation>
    </message>
    <message>
        <source>PgDown/Space next · PgUp previous · number+Enter go to · B black · W white · R read aloud · A answers after/with question · T timer · S screens · F1 keys · Esc leave</source>
        <translation>PgSuiv/Espace suivant · PgPréc précédent · numéro+Entrée aller à · B noir · W blanc · R lire à voix haute · A réponses après/avec la question · T minuteur · S écrans · F1 touches · Échap quitter</translation>
    </message>
    <message>
        <source>Choose the audience screen</source>
        <translation>Choisir l&apos;écran du public</translation>
    </message>
    <message>
        <source>Which screen does the room see? The slides go there; the other screen shows your presenter view: the next question, the answer not shown yet and the time.</source>
        <translation>Quel écran la salle voit-elle&#xa0;? Les diapositives y vont&#xa0;; l&apos;autre écran affiche votre vue d&apos;orateur&#xa0;: la question suivante, la réponse pas encore montrée et le temps.</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Screen {number}: {name} ({width} × {height})</source>
        <translation>Écran {number}&#xa0;: {name} ({width} × {height})</translation>
    </message>
    <message>
        <source>Presenting: keys</source>
        <translation>Présentation&#xa0;: touches</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Page Down, Right, Down, Space, Enter</source>
        <translation>Page suivante, Droite, Bas, Espace, Entrée</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Page Up, Left, Up, Backspace</source>
        <translation>Page précédente, Gauche, Haut, Retour arrière</translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation>Première / dernière diapositive</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Début / Fin</translation>
    </message>
    <message>
        <source>Go to a question</source>
        <translation>Aller à une question</translation>
    </message>
    <message>
        <source>its number, then Enter</source>
        <translation>son numéro, puis Entrée</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>B or . (any key comes back)</source>
        <translation>B ou . (n&apos;importe quelle touche pour revenir)</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>Écran blanc</translation>
    </message>
    <message>
        <source>W or , (any key comes back)</source>
        <translation>W ou , (n&apos;importe quelle touche pour revenir)</translation>
    </message>
    <message>
        <source>Read the slide aloud</source>
        <translation>Lire la diapositive à voix haute</translation>
    </message>
    <message>
        <source>R (any key stops)</source>
        <translation>R (n&apos;importe quelle touche arrête)</translation>
    </message>
    <message>
        <source>Answers after or with their question</source>
        <translation>Réponses après ou avec leur question</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Timer on the slide</source>
        <translation>Minuteur sur la diapositive</translation>
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
        <translation>Ces touches</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Leave, back to the same place in the text</source>
        <translation>Quitter, retour au même endroit du texte</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>start presenting the document full screen (Esc leaves)</source>
        <translation>lancer la présentation du document en plein écran (Échap pour quitter)</translation>
    </message>
    <message>
        <source>start at question (or section) N</source>
        <translation>commencer à la question (ou à la section) N</translation>
    </message>
    <message>
        <source>there is no question {number} in this document</source>
        <translation>il n&apos;y a pas de question {number} dans ce document</translation>
    </message>
    <message>
        <source>Question {n}.</source>
        <translation>Question {n}.</translation>
    </message>
    <message>
        <source>Note {mark}</source>
        <comment>a footnote, said before its words</comment>
        <translation>Note {mark}</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>a footnote with no number, said before its words</comment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Speech is unavailable: the Python package pyttsx3 is not installed. Install it with: pip install pyttsx3</source>
        <translation>La synthèse vocale n&apos;est pas disponible&#xa0;: le paquet Python pyttsx3 n&apos;est pas installé. Installez-le avec&#xa0;: pip install pyttsx3</translation>
    </message>
    <message>
        <source>Speech is unavailable: the espeak-ng library is not installed. Install it with: sudo apt-get install libespeak-ng1 espeak-ng-data</source>
        <translation>La synthèse vocale n&apos;est pas disponible&#xa0;: la bibliothèque espeak-ng n&apos;est pas installée. Installez-la avec&#xa0;: sudo apt-get install libespeak-ng1 espeak-ng-data</translation>
    </message>
    <message>
        <source>Speech is unavailable: espeak-ng would not start (are its voices installed? sudo apt-get install espeak-ng-data)</source>
        <translation>La synthèse vocale n&apos;est pas disponible&#xa0;: espeak-ng n&apos;a pas voulu démarrer (ses voix sont-elles installées&#xa0;? sudo apt-get install espeak-ng-data)</translation>
    </message>
    <message>
        <source>Speech is unavailable: no voice is installed. Install them with: sudo apt-get install espeak-ng-data</source>
        <translation>La synthèse vocale n&apos;est pas disponible&#xa0;: aucune voix n&apos;est installée. Installez-les avec&#xa0;: sudo apt-get install espeak-ng-data</translation>
    </message>
    <message>
        <source>Speech is unavailable ({reason}).</source>
        <translation>La synthèse vocale n&apos;est pas disponible ({reason}).</translation>
    </message>
    <message>
        <source>Nothing can be read aloud: no audio device was found. Check that the sound is on and an audio server (PulseAudio or PipeWire) is running, then press Play again: reading goes on from where it stopped.</source>
        <translation>Impossible de lire à voix haute&#xa0;: aucun périphérique audio n&apos;a été trouvé. Vérifiez que le son est activé et qu&apos;un serveur audio (PulseAudio ou PipeWire) tourne, puis appuyez de nouveau sur Lecture&#xa0;: la lecture reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Nothing can be read aloud: the audio device could not be opened (another program may hold it). Press Play again to retry: reading goes on from where it stopped.</source>
        <translation>Impossible de lire à voix haute&#xa0;: le périphérique audio n&apos;a pas pu être ouvert (un autre programme l&apos;occupe peut-être). Appuyez de nouveau sur Lecture pour réessayer&#xa0;: la lecture reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Reading stopped: the sound stopped coming out (the audio server went away). Press Play once the sound works again: reading goes on from where it stopped.</source>
        <translation>Lecture arrêtée&#xa0;: le son a cessé de sortir (le serveur audio a disparu). Appuyez sur Lecture quand le son fonctionne de nouveau&#xa0;: la lecture reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Reading stopped: the audio device reported an error. Press Play to go on from where it stopped.</source>
        <translation>Lecture arrêtée&#xa0;: le périphérique audio a signalé une erreur. Appuyez sur Lecture pour reprendre là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>This sentence could not be spoken and was skipped: “{text}” ({error}).</source>
        <translation>Cette phrase n&apos;a pas pu être dite et a été sautée&#xa0;: «&#xa0;{text}&#xa0;» ({error}).</translation>
    </message>
    <message>
        <source>Reading stopped: the speech engine failed on several sentences in a row ({error}).</source>
        <translation>Lecture arrêtée&#xa0;: le moteur de synthèse vocale a échoué sur plusieurs phrases d&apos;affilée ({error}).</translation>
    </message>
    <message>
        <source>&amp;Speech</source>
        <translation>&amp;Lecture à voix haute</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Arrêter la lecture</translation>
    </message>
    <message>
        <source>Previous s&amp;entence</source>
        <translation>Phrase pré&amp;cédente</translation>
    </message>
    <message>
        <source>Ne&amp;xt sentence</source>
        <translation>Phrase sui&amp;vante</translation>
    </message>
    <message>
        <source>Previous p&amp;aragraph</source>
        <translation>Paragraphe précé&amp;dent</translation>
    </message>
    <message>
        <source>Next paragrap&amp;h</source>
        <translation>Paragraphe suiva&amp;nt</translation>
    </message>
    <message>
        <source>Read the se&amp;lection</source>
        <translation>Lire la sélecti&amp;on</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>Plus rapid&amp;e</translation>
    </message>
    <message>
        <source>Slo&amp;wer</source>
        <translation>Plus len&amp;t</translation>
    </message>
    <message>
        <source>Read only the current se&amp;ction, then stop</source>
        <translation>Lire seulement la &amp;section en cours, puis s&apos;arrêter</translation>
    </message>
    <message>
        <source>Speech se&amp;ttings…</source>
        <translation>Réglages de la vo&amp;ix…</translation>
    </message>
    <message>
        <source>Speech controls</source>
        <translation>Commandes de lecture à voix haute</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
    <message>
        <source>{name} ({keys})</source>
        <translation>{name} ({keys})</translation>
    </message>
    <message>
        <source>Paused: {where}</source>
        <translation>En pause&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Reading: {where}</source>
        <translation>Lecture&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Speed: {wpm} words per minute</source>
        <translation>Vitesse&#xa0;: {wpm} mots par minute</translation>
    </message>
    <message>
        <source>Speed: {wpm} words per minute (the limit)</source>
        <translation>Vitesse&#xa0;: {wpm} mots par minute (la limite)</translation>
    </message>
    <message>
        <source>Nothing is selected: select some text first (Shift with the arrow keys).</source>
        <translation>Rien n&apos;est sélectionné&#xa0;: sélectionnez d&apos;abord du texte (Maj avec les flèches).</translation>
    </message>
    <message>
        <source>There is nothing to read here.</source>
        <translation>Il n&apos;y a rien à lire ici.</translation>
    </message>
    <message>
        <source>Speech is starting…</source>
        <translation>La synthèse vocale démarre…</translation>
    </message>
    <message>
        <source>Speech settings</source>
        <translation>Réglages de la voix</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The document&apos;s language (automatic)</source>
        <translation>La langue du document (automatique)</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Voix&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic: the best voice for the language</source>
        <translation>Automatique&#xa0;: la meilleure voix pour la langue</translation>
    </message>
    <message>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <source>&amp;Interviewer&apos;s voice:</source>
        <translation>Voix de l&apos;&amp;intervieweur&#xa0;:</translation>
    </message>
    <message>
        <source>Inter&amp;viewee&apos;s voice:</source>
        <translation>Voix de la personne inter&amp;viewée&#xa0;:</translation>
    </message>
    <message>
        <source>The reading voice itself</source>
        <translation>La voix de lecture elle-même</translation>
    </message>
    <message>
        <source>Reading voice, female timbre {n}</source>
        <translation>Voix de lecture, timbre féminin {n}</translation>
    </message>
    <message>
        <source>Reading voice, male timbre {n}</source>
        <translation>Voix de lecture, timbre masculin {n}</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Vitesse&#xa0;:</translation>
    </message>
    <message>
        <source> words per minute</source>
        <translation> mots par minute</translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation>&amp;Hauteur&#xa0;:</translation>
    </message>
    <message>
        <source>50 is the voice&apos;s own pitch</source>
        <translation>50 est la hauteur propre de la voix</translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation>V&amp;olume&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Pause after a s&amp;entence:</source>
        <translation>Pause après une p&amp;hrase&#xa0;:</translation>
    </message>
    <message>
        <source>Pause after a p&amp;aragraph:</source>
        <translation>Pause après un p&amp;aragraphe&#xa0;:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Announce each question (“Question 3.”) before reading it</source>
        <translation>&amp;Annoncer chaque question («&#xa0;Question 3.&#xa0;») avant de la lire</translation>
    </message>
    <message>
        <source>Read only the &amp;current section, then stop</source>
        <translation>Lire seulement la se&amp;ction en cours, puis s&apos;arrêter</translation>
    </message>
    <message>
        <source>&amp;Highlight while reading:</source>
        <translation>&amp;Surligner pendant la lecture&#xa0;:</translation>
    </message>
    <message>
        <source>Colour behind the sentence and the word</source>
        <translation>Couleur derrière la phrase et le mot</translation>
    </message>
    <message>
        <source>Underline the sentence and the word</source>
        <translation>Souligner la phrase et le mot</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>Pas de surlignage</translation>
    </message>
    <message>
        <source>Read a document aloud through the speakers, or into a WAV file; list the voices.</source>
        <translation>Lire un document à voix haute sur les haut-parleurs, ou dans un fichier WAV&#xa0;; lister les voix.</translation>
    </message>
    <message>
        <source>a text or Markdown file</source>
        <translation>un fichier texte ou Markdown</translation>
    </message>
    <message>
        <source>read only question N (1 is the first)</source>
        <translation>lire seulement la question N (1 est la première)</translation>
    </message>
    <message>
        <source>read only section N of the outline (1 is the first)</source>
        <translation>lire seulement la section N du plan (1 est la première)</translation>
    </message>
    <message>
        <source>the voice to read with (see --list-voices); default: one for the document&apos;s language</source>
        <translation>la voix avec laquelle lire (voir --list-voices)&#xa0;; par défaut&#xa0;: une voix de la langue du document</translation>
    </message>
    <message>
        <source>speed in words per minute, {low} to {high} (default {default})</source>
        <translation>vitesse en mots par minute, de {low} à {high} (par défaut {default})</translation>
    </message>
    <message>
        <source>write the speech to this WAV file instead of playing it</source>
        <translation>écrire la parole dans ce fichier WAV au lieu de la jouer</translation>
    </message>
    <message>
        <source>list the installed voices, grouped by language, and exit</source>
        <translation>lister les voix installées, groupées par langue, et quitter</translation>
    </message>
    <message>
        <source>a FILE to read is needed (or --list-voices)</source>
        <translation>il faut un FICHIER à lire (ou --list-voices)</translation>
    </message>
    <message>
        <source>the rate must be between {low} and {high} words per minute</source>
        <translation>la vitesse doit être comprise entre {low} et {high} mots par minute</translation>
    </message>
    <message>
        <source>there is no question {n}: the document has {count}</source>
        <translation>il n&apos;y a pas de question {n}&#xa0;: le document en a {count}</translation>
    </message>
    <message>
        <source>there is no section {n}: the document has {count}</source>
        <translation>il n&apos;y a pas de section {n}&#xa0;: le document en a {count}</translation>
    </message>
    <message>
        <source>there is no voice “{voice}”; reader speak --list-voices lists them</source>
        <translation>il n&apos;y a pas de voix «&#xa0;{voice}&#xa0;»&#xa0;; reader speak --list-voices les liste</translation>
    </message>
    <message>
        <source>“{path}” could not be written: {error}</source>
        <translation>impossible d&apos;écrire «&#xa0;{path}&#xa0;»&#xa0;: {error}</translation>
    </message>
    <message>
        <source>speech failed on “{text}”: {error}</source>
        <translation>la synthèse vocale a échoué sur «&#xa0;{text}&#xa0;»&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Wrote {path} ({seconds} s of speech).</source>
        <translation>{path} écrit ({seconds} s de parole).</translation>
    </message>
    <message>
        <source>Nothing can be played: no audio device was found (is the sound on, and an audio server such as PulseAudio or PipeWire running?).</source>
        <translation>Rien ne peut être joué&#xa0;: aucun périphérique audio n&apos;a été trouvé (le son est-il activé, et un serveur audio comme PulseAudio ou PipeWire tourne-t-il&#xa0;?).</translation>
    </message>
    <message>
        <source>Nothing can be played: the audio device could not be opened (another program may hold it).</source>
        <translation>Rien ne peut être joué&#xa0;: le périphérique audio n&apos;a pas pu être ouvert (un autre programme l&apos;occupe peut-être).</translation>
    </message>
    <message>
        <source>Playback stopped: the audio server went away.</source>
        <translation>Lecture arrêtée&#xa0;: le serveur audio a disparu.</translation>
    </message>
    <message>
        <source>Playback stopped: the audio device reported an error.</source>
        <translation>Lecture arrêtée&#xa0;: le périphérique audio a signalé une erreur.</translation>
    </message>
    <message>
        <source>{reason} To save the speech to a file instead: reader speak FILE --out FILE.wav</source>
        <translation>{reason} Pour enregistrer plutôt la parole dans un fichier&#xa0;: reader speak FICHIER --out FICHIER.wav</translation>
    </message>
    <message>
        <source>{minutes}:{seconds:02d} {where}: {text}</source>
        <translation>{minutes}:{seconds:02d} {where}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Done ({minutes}:{seconds:02d}).</source>
        <translation>Terminé ({minutes}:{seconds:02d}).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Accessible Reader</source>
        <translation>Accessible Reader</translation>
    </message>
    <message>
        <source>{title} — {app}</source>
        <translation>{title} — {app}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Go to the &amp;outline</source>
        <translation>Aller au &amp;plan</translation>
    </message>
    <message>
        <source>Go to the te&amp;xt</source>
        <translation>Aller au te&amp;xte</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Question &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>&amp;Question précédente</translation>
    </message>
    <message>
        <source>Next &amp;section</source>
        <translation>S&amp;ection suivante</translation>
    </message>
    <message>
        <source>Pre&amp;vious section</source>
        <translation>Section pré&amp;cédente</translation>
    </message>
    <message>
        <source>Go to s&amp;tart of document</source>
        <translation>Aller au &amp;début du document</translation>
    </message>
    <message>
        <source>Go to &amp;end of document</source>
        <translation>Aller à la &amp;fin du document</translation>
    </message>
    <message>
        <source>Open &amp;link at the caret</source>
        <translation>Ouvrir le &amp;lien sous le curseur</translation>
    </message>
    <message>
        <source>Show the &amp;outline panel</source>
        <translation>Afficher le panneau du &amp;plan</translation>
    </message>
    <message>
        <source>Show the &amp;status line</source>
        <translation>Afficher la ligne d&apos;é&amp;tat</translation>
    </message>
    <message>
        <source>&amp;Wider outline</source>
        <translation>Élar&amp;gir le plan</translation>
    </message>
    <message>
        <source>Narrower ou&amp;tline</source>
        <translation>&amp;Rétrécir le plan</translation>
    </message>
    <message>
        <source>Outline: {percent} % of the window&apos;s width</source>
        <translation>Plan&#xa0;: {percent}&#xa0;% de la largeur de la fenêtre</translation>
    </message>
    <message>
        <source>The outline is as wide as it can be: the text needs the rest</source>
        <translation>Le plan est aussi large que possible&#xa0;: le texte a besoin du reste</translation>
    </message>
    <message>
        <source>The outline is as narrow as it can be</source>
        <translation>Le plan est aussi étroit que possible</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Accessible Reader</source>
        <translation>À &amp;propos d&apos;Accessible Reader</translation>
    </message>
    <message>
        <source>{keys} (in the text)</source>
        <translation>{keys} (dans le texte)</translation>
    </message>
    <message>
        <source>{keys} (in the outline)</source>
        <translation>{keys} (dans le plan)</translation>
    </message>
    <message>
        <source>{keys} (in a message)</source>
        <translation>{keys} (dans un message)</translation>
    </message>
    <message>
        <source>Read the selected section</source>
        <translation>Lire la section sélectionnée</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>&amp;{number} {name}   ({folder})</source>
        <translation>&amp;{number} {name}   ({folder})</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>“{path}” is no longer there (moved or deleted); it was removed from the recent files.</source>
        <translation>«&#xa0;{path}&#xa0;» n&apos;est plus là (déplacé ou supprimé)&#xa0;; il a été retiré des fichiers récents.</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Ouvrir un document</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“{path}” could not be opened because of an internal error ({detail}). The document you had open is still open.</source>
        <translation>«&#xa0;{path}&#xa0;» n&apos;a pas pu être ouvert à cause d&apos;une erreur interne ({detail}). Le document que vous lisiez est toujours ouvert.</translation>
    </message>
    <message>
        <source>No document is open. Open one with File &gt; Open (Ctrl+O), or drop a file here.</source>
        <translation>Aucun document n&apos;est ouvert. Ouvrez-en un avec Fichier &gt; Ouvrir (Ctrl+O), ou déposez un fichier ici.</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The document&apos;s sections. Press Enter to read the selected one.</source>
        <translation>Les sections du document. Appuyez sur Entrée pour lire celle qui est sélectionnée.</translation>
    </message>
    <message>
        <source>(This document has no sections)</source>
        <translation>(Ce document n&apos;a pas de sections)</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <source>Position in the document</source>
        <translation>Position dans le document</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>&amp;Close message</source>
        <translation>&amp;Fermer le message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>{position}: {text}</source>
        <translation>{position}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>{where} · {kind}</source>
        <translation>{where} · {kind}</translation>
    </message>
    <message>
        <source>No next question: this is the last one.</source>
        <translation>Pas de question suivante&#xa0;: c&apos;est la dernière.</translation>
    </message>
    <message>
        <source>No previous question: this is the first one.</source>
        <translation>Pas de question précédente&#xa0;: c&apos;est la première.</translation>
    </message>
    <message>
        <source>This document has no questions.</source>
        <translation>Ce document n&apos;a pas de questions.</translation>
    </message>
    <message>
        <source>No next section: this is the last one.</source>
        <translation>Pas de section suivante&#xa0;: c&apos;est la dernière.</translation>
    </message>
    <message>
        <source>No previous section: this is the first one.</source>
        <translation>Pas de section précédente&#xa0;: c&apos;est la première.</translation>
    </message>
    <message>
        <source>Going to the end…</source>
        <translation>Vers la fin…</translation>
    </message>
    <message>
        <source>Going there…</source>
        <translation>J’y vais…</translation>
    </message>
    <message>
        <source>There is no link at the caret.</source>
        <translation>Il n&apos;y a pas de lien sous le curseur.</translation>
    </message>
    <message>
        <source>The link “{target}” was not opened: only web addresses (http or https) can be opened.</source>
        <translation>Le lien «&#xa0;{target}&#xa0;» n&apos;a pas été ouvert&#xa0;: seules les adresses web (http ou https) peuvent l&apos;être.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>The link “{target}” could not be opened: no web browser answered.</source>
        <translation>Le lien «&#xa0;{target}&#xa0;» n&apos;a pas pu être ouvert&#xa0;: aucun navigateur web n&apos;a répondu.</translation>
    </message>
    <message>
        <source>Opening {target} in your web browser…</source>
        <translation>Ouverture de {target} dans votre navigateur web…</translation>
    </message>
    <message>
        <source>Link to {target} (Ctrl+Enter opens it)</source>
        <translation>Lien vers {target} (Ctrl+Entrée l&apos;ouvre)</translation>
    </message>
    <message>
        <source>Image (not loaded): {target}</source>
        <translation>Image (non chargée)&#xa0;: {target}</translation>
    </message>
    <message>
        <source>About Accessible Reader</source>
        <translation>À propos d&apos;Accessible Reader</translation>
    </message>
    <message>
        <source>Accessible Reader {version}

A document reader for everyone: an outline of an interview&apos;s questions and answers, typography you control, and offline speech.

Licence: GPL 3.0 or later.</source>
        <translation>Accessible Reader {version}

Un lecteur de documents pour tous&#xa0;: le plan des questions et réponses d&apos;un entretien, une typographie que vous choisissez, et une lecture à voix haute hors ligne.

Licence&#xa0;: GPL 3.0 ou ultérieure.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Accessible Reader met an internal error and could not finish what you asked: {detail}

Your document is still open. Details were written to the terminal (standard error).</source>
        <translation>Accessible Reader a rencontré une erreur interne et n&apos;a pas pu terminer ce que vous avez demandé&#xa0;: {detail}

Votre document est toujours ouvert. Les détails ont été écrits dans le terminal (sortie d&apos;erreur standard).</translation>
    </message>
    <message>
        <source>Open a text or Markdown document in Accessible Reader.</source>
        <translation>Ouvrir un document texte ou Markdown dans Accessible Reader.</translation>
    </message>
    <message>
        <source>the document to open (default: the embedded interview)</source>
        <translation>le document à ouvrir (par défaut&#xa0;: l&apos;entretien intégré)</translation>
    </message>
    <message>
        <source>Accessible Reader is now in the applications menu, and in “Open with” for text, Markdown and the other documents it reads (files in {folder}).</source>
        <translation>Accessible Reader est maintenant dans le menu des applications, et dans «&#xa0;Ouvrir avec&#xa0;» pour les fichiers texte, Markdown et les autres documents qu&apos;il sait lire (fichiers dans {folder}).</translation>
    </message>
    <message>
        <source>Accessible Reader was removed from the applications menu (files in {folder}).</source>
        <translation>Accessible Reader a été retiré du menu des applications (fichiers dans {folder}).</translation>
    </message>
    <message>
        <source>Accessible Reader was not in the applications menu (nothing in {folder}).</source>
        <translation>Accessible Reader n&apos;était pas dans le menu des applications (rien dans {folder}).</translation>
    </message>
    <message>
        <source>Print a document&apos;s outline: its questions or sections.</source>
        <translation>Afficher le plan d&apos;un document&#xa0;: ses questions ou ses sections.</translation>
    </message>
    <message>
        <source>a document: text, Markdown, web page, Word, OpenDocument, RTF, EPUB, PDF or transcript</source>
        <translation>un document&#xa0;: texte, Markdown, page web, Word, OpenDocument, RTF, EPUB, PDF ou transcription</translation>
    </message>
    <message>
        <source>Print a document&apos;s text as the reader shows it: one paragraph after another, a blank line between them.</source>
        <translation>Afficher le texte d&apos;un document tel que le lecteur le montre&#xa0;: un paragraphe après l&apos;autre, séparés par une ligne vide.</translation>
    </message>
    <message>
        <source>print one JSON object instead of text</source>
        <translation>afficher un objet JSON au lieu du texte</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}&#xa0;: erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <source>add the reader to the applications menu and to “Open with”, then exit</source>
        <translation>ajouter le lecteur au menu des applications et à «&#xa0;Ouvrir avec&#xa0;», puis quitter</translation>
    </message>
    <message>
        <source>take the reader out of the applications menu and “Open with”, then exit</source>
        <translation>retirer le lecteur du menu des applications et de «&#xa0;Ouvrir avec&#xa0;», puis quitter</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <source>The desktop&apos;s language ({language})</source>
        <translation>La langue du bureau ({language})</translation>
    </message>
    <message>
        <source>The reader speaks the new language from its next start.</source>
        <translation>Le lecteur parlera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>The code of this translation&apos;s language (fr, de, es): the app speaks its messages with a voice of that language.</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>This is a question</source>
        <translation>C&apos;est une question</translation>
    </message>
    <message>
        <source>Not a question</source>
        <translation>Ce n&apos;est pas une question</translation>
    </message>
    <message>
        <source>This is the title</source>
        <translation>C&apos;est le titre</translation>
    </message>
    <message>
        <source>Start a section here</source>
        <translation>Commencer une section ici</translation>
    </message>
    <message>
        <source>Every turn by {speaker} is a question</source>
        <translation>Chaque intervention de {speaker} est une question</translation>
    </message>
    <message>
        <source>Restore the automatic structure</source>
        <translation>Rétablir la structure automatique</translation>
    </message>
    <message>
        <source>Question {number} of {total} added</source>
        <translation>Question {number} sur {total} ajoutée</translation>
    </message>
    <message numerus="yes">
        <source>Question removed; %n questions now</source>
        <translation>
            <numerusform>Question retirée&#xa0;; il reste %n question</numerusform>
            <numerusform>Question retirée&#xa0;; il reste %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Title set: {title}</source>
        <translation>Titre défini&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Section started: {label}</source>
        <translation>Section commencée&#xa0;: {label}</translation>
    </message>
    <message numerus="yes">
        <source>Every turn by {speaker} is a question; %n questions now</source>
        <translation>
            <numerusform>Chaque intervention de {speaker} est une question&#xa0;; %n question en tout</numerusform>
            <numerusform>Chaque intervention de {speaker} est une question&#xa0;; %n questions en tout</numerusform>
        </translation>
    </message>
    <message>
        <source>Correction undone</source>
        <translation>Correction annulée</translation>
    </message>
    <message>
        <source>Correction redone</source>
        <translation>Correction rétablie</translation>
    </message>
    <message>
        <source>Automatic structure restored</source>
        <translation>Structure automatique rétablie</translation>
    </message>
    <message numerus="yes">
        <source>The document has changed: %n of your outline corrections no longer apply and were dropped.</source>
        <translation>
            <numerusform>Le document a changé&#xa0;: %n de vos corrections du plan ne s&apos;applique plus et a été abandonnée.</numerusform>
            <numerusform>Le document a changé&#xa0;: %n de vos corrections du plan ne s&apos;appliquent plus et ont été abandonnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your saved outline corrections could not be read and were ignored ({file}).</source>
        <translation>Vos corrections du plan enregistrées n&apos;ont pas pu être lues et ont été ignorées ({file}).</translation>
    </message>
    <message>
        <source>Your outline corrections could not be saved: check that your data folder is writable.</source>
        <translation>Vos corrections du plan n&apos;ont pas pu être enregistrées&#xa0;: vérifiez que votre dossier de données est accessible en écriture.</translation>
    </message>
    <message>
        <source>This is a &amp;question</source>
        <translation>C&apos;est une q&amp;uestion</translation>
    </message>
    <message>
        <source>Not &amp;a question</source>
        <translation>Ra&amp;yer des questions</translation>
    </message>
    <message>
        <source>T&amp;his is the title</source>
        <translation>&amp;Voici le titre</translation>
    </message>
    <message>
        <source>Sta&amp;rt a section here</source>
        <translation>Co&amp;mmencer une section ici</translation>
    </message>
    <message>
        <source>Ever&amp;y turn by this speaker is a question</source>
        <translation>C&amp;haque intervention de cette personne est une question</translation>
    </message>
    <message>
        <source>Ever&amp;y turn by {speaker} is a question</source>
        <translation>C&amp;haque intervention de {speaker} est une question</translation>
    </message>
    <message>
        <source>Undo the last &amp;correction</source>
        <translation>Annuler la dernière correct&amp;ion</translation>
    </message>
    <message>
        <source>Redo the correction &amp;just undone</source>
        <translation>Réta&amp;blir la correction annulée</translation>
    </message>
    <message>
        <source>Restore the auto&amp;matic structure</source>
        <translation>Rétablir le découpa&amp;ge automatique</translation>
    </message>
    <message>
        <source>The outline is unchanged</source>
        <translation>Le plan n&apos;a pas changé</translation>
    </message>
    <message>
        <source>This paragraph does not begin with a speaker&apos;s name</source>
        <translation>Ce paragraphe ne commence pas par le nom de la personne qui parle</translation>
    </message>
    <message>
        <source>No correction to undo</source>
        <translation>Aucune correction à annuler</translation>
    </message>
    <message>
        <source>No correction to redo</source>
        <translation>Aucune correction à rétablir</translation>
    </message>
    <message>
        <source>The outline has no corrections: it is the automatic structure</source>
        <translation>Le plan n&apos;a aucune correction&#xa0;: c&apos;est le découpage automatique</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Question {number}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Intégral</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>The folder “{detail}” does not exist. Choose or create a folder for the audio files.</source>
        <translation>Le dossier «&#xa0;{detail}&#xa0;» n&apos;existe pas. Choisissez ou créez un dossier pour les fichiers audio.</translation>
    </message>
    <message>
        <source>“{detail}” is a file, not a folder. Choose a folder for the audio files.</source>
        <translation>«&#xa0;{detail}&#xa0;» est un fichier, pas un dossier. Choisissez un dossier pour les fichiers audio.</translation>
    </message>
    <message>
        <source>The folder “{detail}” cannot be written to. Choose another folder or change its permissions.</source>
        <translation>Impossible d&apos;écrire dans le dossier «&#xa0;{detail}&#xa0;». Choisissez un autre dossier ou modifiez ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>The disk is full: “{detail}” could not be finished. Free some space and export again; the files already finished are kept.</source>
        <translation>Le disque est plein&#xa0;: «&#xa0;{detail}&#xa0;» n&apos;a pas pu être terminé. Libérez de la place et exportez de nouveau&#xa0;; les fichiers déjà terminés sont conservés.</translation>
    </message>
    <message>
        <source>An audio file could not be written: {detail}. The files already finished are kept.</source>
        <translation>Un fichier audio n&apos;a pas pu être écrit&#xa0;: {detail}. Les fichiers déjà terminés sont conservés.</translation>
    </message>
    <message>
        <source>This document has nothing to read aloud, so there is no audio to export.</source>
        <translation>Ce document n&apos;a rien à lire à voix haute&#xa0;: il n&apos;y a donc aucun audio à exporter.</translation>
    </message>
    <message>
        <source>Speech failed, so the export stopped: {detail}. The files already finished are kept.</source>
        <translation>La synthèse vocale a échoué, l&apos;export s&apos;est donc arrêté&#xa0;: {detail}. Les fichiers déjà terminés sont conservés.</translation>
    </message>
    <message>
        <source>in “{section}”, on “{text}” ({error})</source>
        <translation>dans «&#xa0;{section}&#xa0;», sur «&#xa0;{text}&#xa0;» ({error})</translation>
    </message>
    <message>
        <source>Export a document as audio files: one per section (the opening, then each question with its answer), one whole file with chapters, a playlist and captions.</source>
        <translation>Exporter un document en fichiers audio&#xa0;: un par section (l&apos;ouverture, puis chaque question avec sa réponse), un fichier intégral avec chapitres, une liste de lecture et des sous-titres.</translation>
    </message>
    <message>
        <source>the document to export</source>
        <translation>le document à exporter</translation>
    </message>
    <message>
        <source>the folder to write into (default: a new folder named after the document, in the current folder)</source>
        <translation>le dossier où écrire (par défaut&#xa0;: un nouveau dossier au nom du document, dans le dossier courant)</translation>
    </message>
    <message>
        <source>opus (small, the default), mp3 (for older players) or wav (for editing)</source>
        <translation>opus (léger, par défaut), mp3 (pour les lecteurs plus anciens) ou wav (pour le montage)</translation>
    </message>
    <message>
        <source>which sections: all (the default), one number (3) or a range (3-5), as numbered in the file names</source>
        <translation>quelles sections&#xa0;: all (toutes, par défaut), un numéro (3) ou un intervalle (3-5), selon la numérotation des noms de fichiers</translation>
    </message>
    <message>
        <source>--sections {spec}: the document has sections 1 to {total}; give all, a number or a range such as 2-4</source>
        <translation>--sections {spec}&#xa0;: le document a les sections 1 à {total}&#xa0;; indiquez all, un numéro ou un intervalle comme 2-4</translation>
    </message>
    <message>
        <source>{percent}% · section {number} of {total}: {label} · {left}</source>
        <translation>{percent}&#xa0;% · section {number} sur {total}&#xa0;: {label} · {left}</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>encore {minutes}&#xa0;min environ</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>encore {seconds}&#xa0;s environ</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>estimation du temps restant</translation>
    </message>
    <message>
        <source>Wrote {files} files to {folder} ({minutes} min of speech).</source>
        <translation>{files} fichiers écrits dans {folder} ({minutes}&#xa0;min de parole).</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled; %n finished file(s) kept.</source>
        <translation>
            <numerusform>Export annulé&#xa0;; %n fichier terminé est conservé.</numerusform>
            <numerusform>Export annulé&#xa0;; %n fichiers terminés sont conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some settings could not be read and were reset to their defaults: {names}.</source>
        <translation>Certains réglages n&apos;ont pas pu être lus et ont repris leur valeur par défaut&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>window size and place</source>
        <translation>taille et position de la fenêtre</translation>
    </message>
    <message>
        <source>outline width</source>
        <translation>largeur du plan</translation>
    </message>
    <message>
        <source>bookmarks</source>
        <translation>signets</translation>
    </message>
    <message>
        <source>last reading positions</source>
        <translation>dernières positions de lecture</translation>
    </message>
    <message>
        <source>Your settings cannot be saved: the file {file} cannot be written. Changes last until you close the reader.</source>
        <translation>Vos réglages ne peuvent pas être enregistrés&#xa0;: impossible d&apos;écrire le fichier {file}. Les changements durent jusqu&apos;à la fermeture du lecteur.</translation>
    </message>
    <message>
        <source>{title} ({format})</source>
        <translation>{title} ({format})</translation>
    </message>
    <message>
        <source>Show the w&amp;hole page</source>
        <translation>Afficher la page &amp;web entière</translation>
    </message>
    <message>
        <source>Read notes an&amp;d page numbers</source>
        <translation>&amp;Lire les notes et les numéros de page</translation>
    </message>
    <message>
        <source>Showing the whole page, with the site&apos;s menus and side columns.</source>
        <translation>La page entière est affichée, avec les menus et les colonnes latérales du site.</translation>
    </message>
    <message>
        <source>Showing the article only.</source>
        <translation>Seul l&apos;article est affiché.</translation>
    </message>
    <message>
        <source>Only a web page has a whole page to show: this document is shown whole.</source>
        <translation>Seule une page web a une page entière à afficher&#xa0;: ce document est déjà affiché en entier.</translation>
    </message>
    <message>
        <source>Notes and page numbers are read in books and web pages.</source>
        <translation>Les notes et les numéros de page sont lus dans les livres et les pages web.</translation>
    </message>
    <message>
        <source>Notes and page numbers are left out of books and web pages.</source>
        <translation>Les notes et les numéros de page sont laissés de côté dans les livres et les pages web.</translation>
    </message>
    <message>
        <source>&amp;Export audio…</source>
        <translation>&amp;Exporter en audio…</translation>
    </message>
    <message>
        <source>Export audio</source>
        <translation>Exporter en audio</translation>
    </message>
    <message>
        <source>“{title}” read aloud into audio files: one per section, one whole file with chapters, captions and a playlist.</source>
        <translation>«&#xa0;{title}&#xa0;» lu à voix haute dans des fichiers audio&#xa0;: un par section, un fichier intégral avec chapitres, des sous-titres et une liste de lecture.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the folder for the audio files</source>
        <translation>Choisir le dossier des fichiers audio</translation>
    </message>
    <message>
        <source>Folder for the audio files</source>
        <translation>Dossier des fichiers audio</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Opus: small, for phones and podcast apps</source>
        <translation>Opus&#xa0;: léger, pour les téléphones et les applications de podcasts</translation>
    </message>
    <message>
        <source>MP3: for older players and car radios</source>
        <translation>MP3&#xa0;: pour les lecteurs plus anciens et les autoradios</translation>
    </message>
    <message>
        <source>WAV: uncompressed, for editing</source>
        <translation>WAV&#xa0;: non compressé, pour le montage</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;All sections ({count})</source>
        <translation>&amp;Toutes les sections ({count})</translation>
    </message>
    <message>
        <source>&amp;Only these sections:</source>
        <translation>Seu&amp;lement ces sections&#xa0;:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>D&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Jusqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Audio export needs speech: {reason}</source>
        <translation>L&apos;export audio a besoin de la synthèse vocale&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>An audio export is already running: its progress window shows how far it is.</source>
        <translation>Un export audio est déjà en cours&#xa0;: sa fenêtre de progression montre où il en est.</translation>
    </message>
    <message>
        <source>Exporting “{title}”</source>
        <translation>Export de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Making section {number} of {total}: {title}</source>
        <translation>Création de la section {number} sur {total}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Export {percent}%: section {number} of {total}, {label}.</source>
        <translation>Export à {percent}&#xa0;%&#xa0;: section {number} sur {total}, {label}.</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Cancelling: the section being made is thrown away…</source>
        <translation>Annulation&#xa0;: la section en cours de création est abandonnée…</translation>
    </message>
    <message>
        <source>Audio export finished: {files} files in “{folder}” ({minutes} min of speech).</source>
        <translation>Export audio terminé&#xa0;: {files} fichiers dans «&#xa0;{folder}&#xa0;» ({minutes}&#xa0;min de parole).</translation>
    </message>
    <message>
        <source>{message} Sections finished: {finished}.</source>
        <translation>{message} Sections terminées&#xa0;: {finished}.</translation>
    </message>
    <message>
        <source>Audio export cancelled; the {finished} sections finished are kept in “{folder}”.</source>
        <translation>Export audio annulé&#xa0;; les sections terminées ({finished}) sont conservées dans «&#xa0;{folder}&#xa0;».</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>caractères chinois</translation>
    </message>
    <message>
        <source>Japanese characters</source>
        <translation>caractères japonais</translation>
    </message>
    <message>
        <source>Korean Hangul</source>
        <translation>hangul coréen</translation>
    </message>
    <message>
        <source>Arabic script</source>
        <translation>écriture arabe</translation>
    </message>
    <message>
        <source>Hebrew script</source>
        <translation>écriture hébraïque</translation>
    </message>
    <message>
        <source>Devanagari script</source>
        <translation>écriture devanagari</translation>
    </message>
    <message>
        <source>Bengali script</source>
        <translation>écriture bengalie</translation>
    </message>
    <message>
        <source>Tamil script</source>
        <translation>écriture tamoule</translation>
    </message>
    <message>
        <source>Thai script</source>
        <translation>écriture thaïe</translation>
    </message>
    <message>
        <source>Greek letters</source>
        <translation>alphabet grec</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>alphabet cyrillique</translation>
    </message>
    <message>
        <source>Georgian letters</source>
        <translation>alphabet géorgien</translation>
    </message>
    <message>
        <source>Armenian letters</source>
        <translation>alphabet arménien</translation>
    </message>
    <message>
        <source>Part of this document is written in {script}, which no font on this computer can show: those characters appear as empty boxes. Install a font for them (on Debian or Ubuntu: the package {package}) and open the document again. Reading aloud is not affected.</source>
        <translation>Une partie de ce document est écrite en {script}, qu’aucune police de cet ordinateur ne peut afficher : ces caractères apparaissent comme des cases vides. Installez une police pour eux (sur Debian ou Ubuntu : le paquet {package}) et ouvrez de nouveau le document. La lecture à voix haute n’est pas touchée.</translation>
    </message>
    <message>
        <source>Part of this document is written in {script}, which no font on this computer can show: those characters appear as empty boxes. Install a font for them in your system&apos;s settings and open the document again. Reading aloud is not affected.</source>
        <translation>Une partie de ce document est écrite en {script}, qu’aucune police de cet ordinateur ne peut afficher : ces caractères apparaissent comme des cases vides. Installez une police pour eux dans les réglages de votre système et ouvrez de nouveau le document. La lecture à voix haute n’est pas touchée.</translation>
    </message>
</context>
</TS>
