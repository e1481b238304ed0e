<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>{label}: {opening}</source>
        <translation>{label}: {opening}</translation>
    </message>
    <message>
        <source>More controls</source>
        <translation>Más controles</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <source>B&amp;igger text</source>
        <translation>Texto más g&amp;rande</translation>
    </message>
    <message>
        <source>Smalle&amp;r text</source>
        <translation>Texto más pe&amp;queño</translation>
    </message>
    <message>
        <source>&amp;Usual text size</source>
        <translation>Tamaño &amp;habitual del texto</translation>
    </message>
    <message>
        <source>&amp;Line focus</source>
        <translation>&amp;Foco en las líneas</translation>
    </message>
    <message>
        <source>&amp;Focus mode (only the text)</source>
        <translation>&amp;Modo concentración (solo el texto)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Preferen&amp;cias…</translation>
    </message>
    <message>
        <source>Full screen on. {keys} or Esc leaves it.</source>
        <translation>Pantalla completa. {keys} o Esc para salir.</translation>
    </message>
    <message>
        <source>Full scree&amp;n</source>
        <translation>Pantalla comp&amp;leta</translation>
    </message>
    <message>
        <source>Full screen off</source>
        <translation>Pantalla completa desactivada</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>órdenes</translation>
    </message>
    <message>
        <source>open FILE in the window (the options above)</source>
        <translation>abrir FILE en la ventana (las opciones de arriba)</translation>
    </message>
    <message>
        <source>print the document&apos;s questions or sections</source>
        <translation>mostrar las preguntas o secciones del documento</translation>
    </message>
    <message>
        <source>print the document&apos;s text</source>
        <translation>mostrar el texto del documento</translation>
    </message>
    <message>
        <source>read the document aloud, or into a WAV file</source>
        <translation>leer el documento en voz alta, o en un archivo WAV</translation>
    </message>
    <message>
        <source>write audio files to take away, one per question</source>
        <translation>escribir archivos de audio para llevar, uno por pregunta</translation>
    </message>
    <message>
        <source>the options of one command</source>
        <translation>las opciones de una orden</translation>
    </message>
    <message>
        <source>Text size {size} points</source>
        <translation>Texto a {size} puntos</translation>
    </message>
    <message>
        <source>Line focus off</source>
        <translation>Foco en las líneas desactivado</translation>
    </message>
    <message numerus="yes">
        <source>Line focus on: %n line(s)</source>
        <translation>
            <numerusform>Foco en las líneas: %n línea</numerusform>
            <numerusform>Foco en las líneas: %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus mode: only the text. {keys} shows the panels again.</source>
        <translation>Modo concentración: solo el texto. {keys} vuelve a mostrar los paneles.</translation>
    </message>
    <message>
        <source>Focus mode off: the panels are back</source>
        <translation>Modo concentración desactivado: los paneles han vuelto</translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation>Sistema (seguir el escritorio)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation>Blanco sobre negro</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>Amarillo sobre negro</translation>
    </message>
    <message>
        <source>Black on white</source>
        <translation>Negro sobre blanco</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Dyslexia friendly</source>
        <translation>Adaptado a la dislexia</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>A la izquierda</translation>
    </message>
    <message>
        <source>Justified, hyphenated</source>
        <translation>Justificado, con guiones</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Speech highlight</source>
        <translation>Resaltado de la lectura</translation>
    </message>
    <message>
        <source>Text on the spoken sentence</source>
        <translation>Texto de la frase leída</translation>
    </message>
    <message>
        <source>{what}: contrast {ratio}:1, below the {required}:1 most readers need.</source>
        <translation>{what}: contraste de {ratio}:1, por debajo del {required}:1 que necesita la mayoría de los lectores.</translation>
    </message>
    <message>
        <source>Contrast: every colour meets WCAG AA.</source>
        <translation>Contraste: todos los colores cumplen el nivel AA de las WCAG.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Changes show in the window at once. OK keeps them, Cancel puts back what you had.</source>
        <translation>Los cambios se ven al instante en la ventana. Aceptar los conserva, Cancelar restaura lo que tenía.</translation>
    </message>
    <message>
        <source>Spacing and layout</source>
        <translation>Espaciado y diseño</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Reading aids</source>
        <translation>Ayudas a la lectura</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Ajuste predefinido:</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Elegir un ajuste predefinido…</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Fuente del sistema</translation>
    </message>
    <message>
        <source>{family} (not installed)</source>
        <translation>{family} (no instalada)</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Tamaño:</translation>
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
        <translation> caracteres</translation>
    </message>
    <message>
        <source>&amp;Bold text</source>
        <translation>Texto en &amp;negrita</translation>
    </message>
    <message>
        <source>&amp;Line height:</source>
        <translation>A&amp;ltura de línea:</translation>
    </message>
    <message>
        <source>&amp;Paragraph spacing:</source>
        <translation>Espaciado entre &amp;párrafos:</translation>
    </message>
    <message>
        <source>L&amp;etter spacing:</source>
        <translation>Espaciado entre l&amp;etras:</translation>
    </message>
    <message>
        <source>&amp;Word spacing:</source>
        <translation>Espaciado entre pala&amp;bras:</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Márgenes:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum line length:</source>
        <translation>Longitud má&amp;xima de línea:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>&amp;Alignment:</source>
        <translation>Alinea&amp;ción:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Use my own &amp;colours</source>
        <translation>Usar mis propios &amp;colores</translation>
    </message>
    <message>
        <source>Text colour:</source>
        <translation>Color del texto:</translation>
    </message>
    <message>
        <source>Background colour:</source>
        <translation>Color del fondo:</translation>
    </message>
    <message>
        <source>Link colour:</source>
        <translation>Color de los enlaces:</translation>
    </message>
    <message>
        <source>Speech highlight colour:</source>
        <translation>Color del resaltado de la lectura:</translation>
    </message>
    <message>
        <source>{what} {colour}</source>
        <translation>{what} {colour}</translation>
    </message>
    <message>
        <source>theme&apos;s</source>
        <translation>la del tema</translation>
    </message>
    <message>
        <source>Line f&amp;ocus (dim all but a few lines)</source>
        <translation>F&amp;oco en las líneas (oscurecer todo salvo unas líneas)</translation>
    </message>
    <message>
        <source>Lines in &amp;focus:</source>
        <translation>Líneas &amp;enfocadas:</translation>
    </message>
    <message>
        <source>Focus mode: &amp;hide the panels, only the text</source>
        <translation>Modo concentración: &amp;ocultar los paneles, solo el texto</translation>
    </message>
    <message>
        <source>WCA&amp;G text spacing</source>
        <translation>Espaciado de texto WCA&amp;G</translation>
    </message>
    <message>
        <source>Line height 1.5, paragraph spacing 2 em, letter spacing 0.12 em, word spacing 0.16 em (WCAG 1.4.12)</source>
        <translation>Altura de línea 1,5, espaciado entre párrafos 2 em, entre letras 0,12 em, entre palabras 0,16 em (WCAG 1.4.12)</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Restablecer los valores predeterminados</translation>
    </message>
    <message>
        <source>colour theme for this run (not saved); see --list-themes</source>
        <translation>tema de colores para esta ejecución (no se guarda); véase --list-themes</translation>
    </message>
    <message>
        <source>text size in points for this run, 8 to 96 (not saved)</source>
        <translation>tamaño del texto en puntos para esta ejecución, de 8 a 96 (no se guarda)</translation>
    </message>
    <message>
        <source>print the theme names and exit</source>
        <translation>mostrar los nombres de los temas y salir</translation>
    </message>
    <message>
        <source>unknown theme “{name}”; the themes are: {names}</source>
        <translation>tema «{name}» desconocido; los temas son: {names}</translation>
    </message>
    <message>
        <source>the font size must be between {low:g} and {high:g} points</source>
        <translation>el tamaño de letra debe estar entre {low:g} y {high:g} puntos</translation>
    </message>
    <message>
        <source>The file “{path}” does not exist. Check its name and folder.</source>
        <translation>El archivo «{path}» no existe. Compruebe su nombre y su carpeta.</translation>
    </message>
    <message>
        <source>You do not have permission to read “{path}”. Ask its owner, or copy it somewhere you can read.</source>
        <translation>No tiene permiso para leer «{path}». Pídaselo a su propietario o cópielo en un lugar donde pueda leerlo.</translation>
    </message>
    <message>
        <source>“{path}” is a folder, not a document. Choose a document file.</source>
        <translation>«{path}» es una carpeta, no un documento. Elija un archivo de documento.</translation>
    </message>
    <message>
        <source>“{path}” is not a text document (it contains binary data{detail}). Choose a text, Markdown, web page, Word, OpenDocument, RTF, EPUB, PDF or transcript file.</source>
        <translation>«{path}» no es un documento de texto (contiene datos binarios{detail}). Elija un archivo de texto, Markdown, página web, Word, OpenDocument, RTF, EPUB, PDF o una transcripción.</translation>
    </message>
    <message>
        <source>“{path}” is not a regular file (it is a pipe, a device or a socket). Choose a text or Markdown file.</source>
        <translation>«{path}» no es un archivo normal (es una tubería, un dispositivo o un socket). Elija un archivo de texto o Markdown.</translation>
    </message>
    <message>
        <source>“{path}” is too large to open ({detail}). The limit is {limit}. Split it into smaller files.</source>
        <translation>«{path}» es demasiado grande para abrirlo ({detail}). El límite es {limit}. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>“{path}” is protected by a password. Open it in Word or LibreOffice with the password and save a copy without one.</source>
        <translation>«{path}» está protegido con una contraseña. Ábralo con la contraseña en Word o LibreOffice y guarde una copia sin ella.</translation>
    </message>
    <message>
        <source>“{path}” could not be read: {detail}</source>
        <translation>No se pudo leer «{path}»: {detail}</translation>
    </message>
    <message>
        <source>“{path}” is damaged and cannot be read. Open it in the program that made it and save it again.</source>
        <translation>«{path}» está dañado y no se puede leer. Ábralo con el programa que lo creó y vuelva a guardarlo.</translation>
    </message>
    <message>
        <source>“{path}” was not opened: it asks to read other files or to expand itself, which documents never need. It may have been made to cause harm.</source>
        <translation>«{path}» no se ha abierto: pide leer otros archivos o expandirse a sí mismo, algo que un documento nunca necesita. Puede que se haya creado para causar daños.</translation>
    </message>
    <message>
        <source>“{path}” was not opened: it would unpack to far more than any document. It may have been made to cause harm.</source>
        <translation>«{path}» no se ha abierto: al descomprimirlo ocuparía mucho más que cualquier documento. Puede que se haya creado para causar daños.</translation>
    </message>
    <message>
        <source>“{path}” is locked by copy protection (DRM), so its text cannot be read. The shop that sold it may offer a version without DRM.</source>
        <translation>«{path}» está bloqueado por una protección anticopia (DRM), así que su texto no se puede leer. Puede que la tienda que lo vendió ofrezca una versión sin DRM.</translation>
    </message>
    <message>
        <source>“{path}” is protected by a password. Open it in a PDF viewer with the password and save a copy without one.</source>
        <translation>«{path}» está protegido con contraseña. Ábralo con la contraseña en un visor de PDF y guarde una copia sin ella.</translation>
    </message>
    <message>
        <source>“{path}” was saved by Word 95 or an older version, which the reader cannot open. Open it in Word or LibreOffice and save it as a Word document (.docx).</source>
        <translation>«{path}» se guardó con Word 95 o una versión anterior, que el lector no puede abrir. Ábralo en Word o LibreOffice y guárdelo como documento de Word (.docx).</translation>
    </message>
    <message>
        <source>“{path}” looks scanned: its pages are pictures and it has no text to read. A text recognition (OCR) program can make a readable copy.</source>
        <translation>«{path}» parece escaneado: sus páginas son imágenes y no tiene texto que leer. Un programa de reconocimiento de texto (OCR) puede hacer una copia legible.</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <source>Word 97-2003 document</source>
        <translation>Documento de Word 97-2003</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texto OpenDocument</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>Libro EPUB</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Rich Text</source>
        <translation>Texto enriquecido (RTF)</translation>
    </message>
    <message>
        <source>WordPress export</source>
        <translation>Exportación de WordPress</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Letra</translation>
    </message>
    <message>
        <source>All documents ({patterns})</source>
        <translation>Todos los documentos ({patterns})</translation>
    </message>
    <message>
        <source>Opening “{path}” ({size}): this takes a few seconds. You can keep reading meanwhile.</source>
        <translation>Abriendo «{path}» ({size}): tarda unos segundos. Mientras tanto puede seguir leyendo.</translation>
    </message>
    <message>
        <source>Still opening “{path}”: wait a few seconds.</source>
        <translation>Todavía se está abriendo «{path}»: espere unos segundos.</translation>
    </message>
    <message>
        <source>Still opening: the first {shown} of {pages} pages are shown.</source>
        <translation>Todavía abriendo: se muestran las primeras {shown} de {pages} páginas.</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>This document is empty. Open another one with File &gt; Open (Ctrl+O).</source>
        <translation>Este documento está vacío. Abra otro con Archivo &gt; Abrir (Ctrl+O).</translation>
    </message>
    <message numerus="yes">
        <source>{n} bytes of this file could not be decoded and are shown as “�”. The file itself is unchanged.</source>
        <translation>
            <numerusform>{n} byte de este archivo no se pudo descodificar y se muestra como «�». El archivo en sí no cambia.</numerusform>
            <numerusform>{n} bytes de este archivo no se pudieron descodificar y se muestran como «�». El archivo en sí no cambia.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not in UTF-8; it was read as {encoding}.</source>
        <translation>Este archivo no está en UTF-8; se ha leído como {encoding}.</translation>
    </message>
    <message numerus="yes">
        <source>{n} paragraphs broken in the middle of a sentence were joined.</source>
        <translation>
            <numerusform>Se ha unido {n} párrafo cortado a mitad de una frase.</numerusform>
            <numerusform>Se han unido {n} párrafos cortados a mitad de una frase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{n} zero bytes (NUL) in this file were left out: they are not text. The file itself is unchanged.</source>
        <translation>
            <numerusform>Se ha omitido {n} byte nulo (NUL) de este archivo: no es texto. El archivo en sí no cambia.</numerusform>
            <numerusform>Se han omitido {n} bytes nulos (NUL) de este archivo: no son texto. El archivo en sí no cambia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists or quotations nested more than {n} levels deep are shown at level {n}; their text is all there.</source>
        <translation>Las listas o citas anidadas a más de {n} niveles se muestran en el nivel {n}; todo su texto está ahí.</translation>
    </message>
    <message>
        <source>Front matter</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Notes and credits</source>
        <translation>Notas y créditos</translation>
    </message>
    <message>
        <source>Question {number}: {text}</source>
        <translation>Pregunta {number}: {text}</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Pregunta {number} de {total}</translation>
    </message>
    <message>
        <source>Section {number} of {total}: {label}</source>
        <translation>Sección {number} de {total}: {label}</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>{title}
{kind}, language: {language}</source>
        <translation>{title}
{kind}, idioma: {language}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Fin&amp;d next</source>
        <translation>Buscar si&amp;guiente</translation>
    </message>
    <message>
        <source>Find previo&amp;us</source>
        <translation>Buscar anteri&amp;or</translation>
    </message>
    <message>
        <source>&amp;Go to question…</source>
        <translation>&amp;Ir a la pregunta…</translation>
    </message>
    <message>
        <source>Where am &amp;I?</source>
        <translation>¿&amp;Dónde estoy?</translation>
    </message>
    <message>
        <source>&amp;Move to the next pane</source>
        <translation>Ir al panel si&amp;guiente</translation>
    </message>
    <message>
        <source>Move &amp;back to the previous pane</source>
        <translation>&amp;Volver al panel anterior</translation>
    </message>
    <message>
        <source>&amp;Add a bookmark here</source>
        <translation>&amp;Añadir un marcador aquí</translation>
    </message>
    <message>
        <source>&amp;Show bookmarks…</source>
        <translation>&amp;Mostrar los marcadores…</translation>
    </message>
    <message>
        <source>Speak the app&apos;s &amp;messages</source>
        <translation>Leer en voz alta los &amp;mensajes de la aplicación</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barra de búsqueda</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>Bu&amp;scar:</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <source>Ignores case and accents. Enter: next match, Shift+Enter: previous, Escape: back to the text</source>
        <translation>No distingue mayúsculas ni acentos. Intro: siguiente coincidencia, Mayús+Intro: anterior, Esc: volver al texto</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>{current} of {total}: {line}</source>
        <translation>{current} de {total}: {line}</translation>
    </message>
    <message>
        <source>“{query}” not found</source>
        <translation>No se encontró «{query}»</translation>
    </message>
    <message>
        <source>Nothing to find yet: press Ctrl+F and type</source>
        <translation>Todavía no hay nada que buscar: pulse Ctrl+F y escriba</translation>
    </message>
    <message>
        <source>Go to question</source>
        <translation>Ir a la pregunta</translation>
    </message>
    <message>
        <source>&amp;Question number (1 to {count}):</source>
        <translation>Número de la &amp;pregunta (de 1 a {count}):</translation>
    </message>
    <message>
        <source>“{text}” is not a question number: type a number from 1 to {count}.</source>
        <translation>«{text}» no es un número de pregunta: escriba un número del 1 al {count}.</translation>
    </message>
    <message>
        <source>{title} {place} {percent} % through the document.</source>
        <translation>{title} {place} {percent} % del documento.</translation>
    </message>
    <message>
        <source>No document is open.</source>
        <translation>No hay ningún documento abierto.</translation>
    </message>
    <message>
        <source>Bookmark added: {label}</source>
        <translation>Marcador añadido: {label}</translation>
    </message>
    <message>
        <source>There is already a bookmark here: {label}</source>
        <translation>Ya hay un marcador aquí: {label}</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Bookmarks of this document</source>
        <translation>Marcadores de este documento</translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+B in the text to add one.</source>
        <translation>Todavía no hay marcadores: pulse Ctrl+B en el texto para añadir uno.</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Rename bookmark</source>
        <translation>Cambiar el nombre del marcador</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>{label} ({percent} %)</source>
        <translation>{label} ({percent} %)</translation>
    </message>
    <message>
        <source>Bookmark deleted: {label}</source>
        <translation>Marcador eliminado: {label}</translation>
    </message>
    <message>
        <source>Open a saved document to use bookmarks.</source>
        <translation>Abra un documento guardado para usar marcadores.</translation>
    </message>
    <message>
        <source>Reopened where you left off: {place}</source>
        <translation>Reabierto donde lo dejó: {place}</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Search the shortcuts</source>
        <translation>Buscar en los atajos</translation>
    </message>
    <message>
        <source>Type part of an action&apos;s name or of a key; the list shows only what matches.</source>
        <translation>Escriba parte del nombre de una acción o de una tecla; la lista muestra solo lo que coincide.</translation>
    </message>
    <message>
        <source>&amp;Change key…</source>
        <translation>&amp;Cambiar la tecla…</translation>
    </message>
    <message>
        <source>Re&amp;move key</source>
        <translation>&amp;Quitar la tecla</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Restablecer la tecla pre&amp;determinada</translation>
    </message>
    <message>
        <source>Reset &amp;all to defaults</source>
        <translation>Restablecer &amp;todas las predeterminadas</translation>
    </message>
    <message>
        <source>Give every action its default keys again?</source>
        <translation>¿Devolver a cada acción sus teclas predeterminadas?</translation>
    </message>
    <message numerus="yes">
        <source>1 shortcut shown</source>
        <translation>
            <numerusform>1 atajo mostrado</numerusform>
            <numerusform>1 atajo mostrado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} shortcuts shown</source>
        <translation>
            <numerusform>{count} atajo mostrado</numerusform>
            <numerusform>{count} atajos mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Sin tecla</translation>
    </message>
    <message>
        <source>The keys of “{action}” are the text&apos;s own and cannot be changed.</source>
        <translation>Las teclas de «{action}» son las del propio texto y no se pueden cambiar.</translation>
    </message>
    <message>
        <source>New key for “{action}”</source>
        <translation>Nueva tecla para «{action}»</translation>
    </message>
    <message>
        <source>Press the new key for “{action}”, then Enter or OK. Tab moves on, Escape cancels.</source>
        <translation>Pulse la nueva tecla para «{action}» y después Intro o Aceptar. Tab pasa al siguiente, Esc cancela.</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nueva tecla</translation>
    </message>
    <message>
        <source>(press a key)</source>
        <translation>(pulse una tecla)</translation>
    </message>
    <message>
        <source>{keys} is already the key of “{other}”. OK gives it to this action instead (“{other}” loses it); press another key, or Cancel.</source>
        <translation>{keys} ya es la tecla de «{other}». Aceptar se la da a esta acción («{other}» la pierde); pulse otra tecla o Cancelar.</translation>
    </message>
    <message>
        <source>{keys} is free.</source>
        <translation>{keys} está libre.</translation>
    </message>
    <message>
        <source>{keys} is already this action&apos;s key.</source>
        <translation>{keys} ya es la tecla de esta acción.</translation>
    </message>
    <message>
        <source>{keys} cannot be a shortcut here (it moves the focus or closes dialogs).</source>
        <translation>{keys} no puede ser un atajo aquí (mueve el foco o cierra los diálogos).</translation>
    </message>
    <message>
        <source>“{action}” now has the key {keys}.</source>
        <translation>«{action}» tiene ahora la tecla {keys}.</translation>
    </message>
    <message>
        <source>“{action}” has no key now.</source>
        <translation>«{action}» ya no tiene tecla.</translation>
    </message>
    <message>
        <source>“{action}” has its default keys again.</source>
        <translation>«{action}» vuelve a tener sus teclas predeterminadas.</translation>
    </message>
    <message>
        <source>Every action has its default keys again.</source>
        <translation>Todas las acciones vuelven a tener sus teclas predeterminadas.</translation>
    </message>
    <message>
        <source>Next / previous match</source>
        <translation>Coincidencia siguiente / anterior</translation>
    </message>
    <message>
        <source>{keys} (in the find bar)</source>
        <translation>{keys} (en la barra de búsqueda)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>End of reading</source>
        <translation>Fin de la lectura</translation>
    </message>
    <message>
        <source>The app speaks its messages</source>
        <translation>La aplicación lee sus mensajes en voz alta</translation>
    </message>
    <message>
        <source>The app no longer speaks its messages</source>
        <translation>La aplicación ya no lee sus mensajes</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Presenting: {title}</source>
        <translation>Presentación: {title}</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vista del presentador</translation>
    </message>
    <message>
        <source>There is nothing to present: this document has no text.</source>
        <translation>No hay nada que presentar: este documento no tiene texto.</translation>
    </message>
    <message>
        <source>Open a document first, then present it with View &gt; Present (F5).</source>
        <translation>Abra primero un documento y preséntelo con Ver &gt; Presentar (F5).</translation>
    </message>
    <message>
        <source>There is no question {number}: this document has {total}.</source>
        <translation>No hay pregunta {number}: este documento tiene {total}.</translation>
    </message>
    <message>
        <source>Section {number} of {total}</source>
        <translation>Sección {number} de {total}</translation>
    </message>
    <message>
        <source>{where}, answer not shown yet</source>
        <translation>{where}, respuesta aún no mostrada</translation>
    </message>
    <message>
        <source>{where}, part {page} of {pages}</source>
        <translation>{where}, parte {page} de {pages}</translation>
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
        <translation>Respuesta: {text}</translation>
    </message>
    <message>
        <source>Continued, part {page} of {pages}: {text}</source>
        <translation>Continuación, parte {page} de {pages}: {text}</translation>
    </message>
    <message>
        <source>Black screen. Any key shows the slide again.</source>
        <translation>Pantalla negra. Cualquier tecla vuelve a mostrar la diapositiva.</translation>
    </message>
    <message>
        <source>White screen. Any key shows the slide again.</source>
        <translation>Pantalla blanca. Cualquier tecla vuelve a mostrar la diapositiva.</translation>
    </message>
    <message>
        <source>Go to {number}, then Enter</source>
        <translation>Ir a {number} y después Intro</translation>
    </message>
    <message>
        <source>End of the presentation. Esc leaves.</source>
        <translation>Fin de la presentación. Esc para salir.</translation>
    </message>
    <message>
        <source>This is the first slide.</source>
        <translation>Esta es la primera diapositiva.</translation>
    </message>
    <message>
        <source>There is no {number}: 1 to {total}.</source>
        <translation>No existe el {number}: del 1 al {total}.</translation>
    </message>
    <message>
        <source>Speech is not available.</source>
        <translation>La voz no está disponible.</translation>
    </message>
    <message>
        <source>Answers now come after their question.</source>
        <translation>Las respuestas aparecen ahora después de su pregunta.</translation>
    </message>
    <message>
        <source>Answers now come with their question.</source>
        <translation>Las respuestas aparecen ahora junto con su pregunta.</translation>
    </message>
    <message>
        <source>Timer shown on the slide.</source>
        <translation>Temporizador visible en la diapositiva.</translation>
    </message>
    <message>
        <source>Timer hidden from the slide.</source>
        <translation>Temporizador oculto en la diapositiva.</translation>
    </message>
    <message>
        <source>Only one screen: the presenter view needs a second one.</source>
        <translation>Solo hay una pantalla: la vista del presentador necesita una segunda.</translation>
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
        <translation>Transcurrido {elapsed} · Hora {clock}</translation>
    </message>
    <message>
        <source>{where} — the room sees a black screen</source>
        <translation>{where} — la sala ve una pantalla negra</translation>
    </message>
    <message>
        <source>{where} — the room sees a white screen</source>
        <translation>{where} — la sala ve una pantalla blanca</translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation>Lo que ve la sala</translation>
    </message>
    <message>
        <source>Nothing: this is the last one.</source>
        <translation>Nada: es la última.</translation>
    </message>
    <message>
        <source>Not shown yet</source>
        <translation>Aún no mostrado</translation>
    </message>
    <message>
        <source>Everything of this question is shown.</source>
        <translation>Todo lo de esta pregunta está a la vista.</translation>
    </message>
    <message>
        <source>PgDown/Space next · PgUp previous · number+Enter go to · B black · W white · R read aloud · A answers after/with question · T timer · S screens · F1 keys · Esc leave</source>
        <translation>AvPág/Espacio siguiente · RePág anterior · número+Intro ir a · B negro · W blanco · R leer en voz alta · A respuestas después/con la pregunta · T temporizador · S pantallas · F1 teclas · Esc salir</translation>
    </message>
    <message>
        <source>Choose the audience screen</source>
        <translation>Elegir la pantalla del público</translation>
    </message>
    <message>
        <source>Which screen does the room see? The slides go there; the other screen shows your presenter view: the next question, the answer not shown yet and the time.</source>
        <translation>¿Qué pantalla ve la sala? Las diapositivas van allí; la otra pantalla muestra su vista de presentador: la pregunta siguiente, la respuesta aún no mostrada y el tiempo.</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>Screen {number}: {name} ({width} × {height})</source>
        <translation>Pantalla {number}: {name} ({width} × {height})</translation>
    </message>
    <message>
        <source>Presenting: keys</source>
        <translation>Presentación: teclas</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Page Down, Right, Down, Space, Enter</source>
        <translation>Avance de página, Derecha, Abajo, Espacio, Intro</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Page Up, Left, Up, Backspace</source>
        <translation>Retroceso de página, Izquierda, Arriba, Retroceso</translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation>Primera / última diapositiva</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Inicio / Fin</translation>
    </message>
    <message>
        <source>Go to a question</source>
        <translation>Ir a una pregunta</translation>
    </message>
    <message>
        <source>its number, then Enter</source>
        <translation>su número y después Intro</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Pantalla negra</translation>
    </message>
    <message>
        <source>B or . (any key comes back)</source>
        <translation>B o . (cualquier tecla para volver)</translation>
    </message>
    <message>
        <source>White screen</source>
        <translation>Pantalla blanca</translation>
    </message>
    <message>
        <source>W or , (any key comes back)</source>
        <translation>W o , (cualquier tecla para volver)</translation>
    </message>
    <message>
        <source>Read the slide aloud</source>
        <translation>Leer la diapositiva en voz alta</translation>
    </message>
    <message>
        <source>R (any key stops)</source>
        <translation>R (cualquier tecla la detiene)</translation>
    </message>
    <message>
        <source>Answers after or with their question</source>
        <translation>Respuestas después o junto con su pregunta</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Timer on the slide</source>
        <translation>Temporizador en la diapositiva</translation>
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
        <translation>Estas teclas</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Leave, back to the same place in the text</source>
        <translation>Salir y volver al mismo punto del texto</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>start presenting the document full screen (Esc leaves)</source>
        <translation>empezar a presentar el documento a pantalla completa (Esc para salir)</translation>
    </message>
    <message>
        <source>start at question (or section) N</source>
        <translation>empezar en la pregunta (o la sección) N</translation>
    </message>
    <message>
        <source>there is no question {number} in this document</source>
        <translation>no hay pregunta {number} en este documento</translation>
    </message>
    <message>
        <source>Question {n}.</source>
        <translation>Pregunta {n}.</translation>
    </message>
    <message>
        <source>Note {mark}</source>
        <comment>a footnote, said before its words</comment>
        <translation>Nota {mark}</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>a footnote with no number, said before its words</comment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Speech is unavailable: the Python package pyttsx3 is not installed. Install it with: pip install pyttsx3</source>
        <translation>La voz no está disponible: el paquete de Python pyttsx3 no está instalado. Instálelo con: pip install pyttsx3</translation>
    </message>
    <message>
        <source>Speech is unavailable: the espeak-ng library is not installed. Install it with: sudo apt-get install libespeak-ng1 espeak-ng-data</source>
        <translation>La voz no está disponible: la biblioteca espeak-ng no está instalada. Instálela con: sudo apt-get install libespeak-ng1 espeak-ng-data</translation>
    </message>
    <message>
        <source>Speech is unavailable: espeak-ng would not start (are its voices installed? sudo apt-get install espeak-ng-data)</source>
        <translation>La voz no está disponible: espeak-ng no ha podido arrancar (¿están instaladas sus voces? sudo apt-get install espeak-ng-data)</translation>
    </message>
    <message>
        <source>Speech is unavailable: no voice is installed. Install them with: sudo apt-get install espeak-ng-data</source>
        <translation>La voz no está disponible: no hay ninguna voz instalada. Instálelas con: sudo apt-get install espeak-ng-data</translation>
    </message>
    <message>
        <source>Speech is unavailable ({reason}).</source>
        <translation>La voz no está disponible ({reason}).</translation>
    </message>
    <message>
        <source>Nothing can be read aloud: no audio device was found. Check that the sound is on and an audio server (PulseAudio or PipeWire) is running, then press Play again: reading goes on from where it stopped.</source>
        <translation>No se puede leer en voz alta: no se encontró ningún dispositivo de audio. Compruebe que el sonido está activado y que hay un servidor de audio (PulseAudio o PipeWire) en marcha, y pulse de nuevo Reproducir: la lectura sigue donde se detuvo.</translation>
    </message>
    <message>
        <source>Nothing can be read aloud: the audio device could not be opened (another program may hold it). Press Play again to retry: reading goes on from where it stopped.</source>
        <translation>No se puede leer en voz alta: no se pudo abrir el dispositivo de audio (puede que otro programa lo esté usando). Pulse de nuevo Reproducir para reintentarlo: la lectura sigue donde se detuvo.</translation>
    </message>
    <message>
        <source>Reading stopped: the sound stopped coming out (the audio server went away). Press Play once the sound works again: reading goes on from where it stopped.</source>
        <translation>Lectura detenida: el sonido dejó de salir (el servidor de audio desapareció). Pulse Reproducir cuando el sonido vuelva a funcionar: la lectura sigue donde se detuvo.</translation>
    </message>
    <message>
        <source>Reading stopped: the audio device reported an error. Press Play to go on from where it stopped.</source>
        <translation>Lectura detenida: el dispositivo de audio informó de un error. Pulse Reproducir para seguir donde se detuvo.</translation>
    </message>
    <message>
        <source>This sentence could not be spoken and was skipped: “{text}” ({error}).</source>
        <translation>Esta frase no se pudo leer y se ha saltado: «{text}» ({error}).</translation>
    </message>
    <message>
        <source>Reading stopped: the speech engine failed on several sentences in a row ({error}).</source>
        <translation>Lectura detenida: el motor de voz falló en varias frases seguidas ({error}).</translation>
    </message>
    <message>
        <source>&amp;Speech</source>
        <translation>V&amp;oz</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Detener la lectura</translation>
    </message>
    <message>
        <source>Previous s&amp;entence</source>
        <translation>Frase an&amp;terior</translation>
    </message>
    <message>
        <source>Ne&amp;xt sentence</source>
        <translation>Frase si&amp;guiente</translation>
    </message>
    <message>
        <source>Previous p&amp;aragraph</source>
        <translation>Párrafo ant&amp;erior</translation>
    </message>
    <message>
        <source>Next paragrap&amp;h</source>
        <translation>Párrafo s&amp;iguiente</translation>
    </message>
    <message>
        <source>Read the se&amp;lection</source>
        <translation>Leer la &amp;selección</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>Más rápid&amp;o</translation>
    </message>
    <message>
        <source>Slo&amp;wer</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <source>Read only the current se&amp;ction, then stop</source>
        <translation>Leer solo la se&amp;cción actual y parar</translation>
    </message>
    <message>
        <source>Speech se&amp;ttings…</source>
        <translation>Ajustes de &amp;voz…</translation>
    </message>
    <message>
        <source>Speech controls</source>
        <translation>Controles de voz</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Detener la lectura</translation>
    </message>
    <message>
        <source>{name} ({keys})</source>
        <translation>{name} ({keys})</translation>
    </message>
    <message>
        <source>Paused: {where}</source>
        <translation>En pausa: {where}</translation>
    </message>
    <message>
        <source>Reading: {where}</source>
        <translation>Leyendo: {where}</translation>
    </message>
    <message>
        <source>Speed: {wpm} words per minute</source>
        <translation>Velocidad: {wpm} palabras por minuto</translation>
    </message>
    <message>
        <source>Speed: {wpm} words per minute (the limit)</source>
        <translation>Velocidad: {wpm} palabras por minuto (el límite)</translation>
    </message>
    <message>
        <source>Nothing is selected: select some text first (Shift with the arrow keys).</source>
        <translation>No hay nada seleccionado: seleccione antes un texto (Mayús con las flechas).</translation>
    </message>
    <message>
        <source>There is nothing to read here.</source>
        <translation>Aquí no hay nada que leer.</translation>
    </message>
    <message>
        <source>Speech is starting…</source>
        <translation>La voz se está iniciando…</translation>
    </message>
    <message>
        <source>Speech settings</source>
        <translation>Ajustes de voz</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The document&apos;s language (automatic)</source>
        <translation>El idioma del documento (automático)</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>&amp;Voz:</translation>
    </message>
    <message>
        <source>Automatic: the best voice for the language</source>
        <translation>Automática: la mejor voz para el idioma</translation>
    </message>
    <message>
        <source>{name} ({id})</source>
        <translation>{name} ({id})</translation>
    </message>
    <message>
        <source>&amp;Interviewer&apos;s voice:</source>
        <translation>Voz del &amp;entrevistador:</translation>
    </message>
    <message>
        <source>Inter&amp;viewee&apos;s voice:</source>
        <translation>Voz de la persona entre&amp;vistada:</translation>
    </message>
    <message>
        <source>The reading voice itself</source>
        <translation>La propia voz de lectura</translation>
    </message>
    <message>
        <source>Reading voice, female timbre {n}</source>
        <translation>Voz de lectura, timbre femenino {n}</translation>
    </message>
    <message>
        <source>Reading voice, male timbre {n}</source>
        <translation>Voz de lectura, timbre masculino {n}</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>Velo&amp;cidad:</translation>
    </message>
    <message>
        <source> words per minute</source>
        <translation> palabras por minuto</translation>
    </message>
    <message>
        <source>&amp;Pitch:</source>
        <translation>&amp;Tono:</translation>
    </message>
    <message>
        <source>50 is the voice&apos;s own pitch</source>
        <translation>50 es el tono propio de la voz</translation>
    </message>
    <message>
        <source>V&amp;olume:</source>
        <translation>V&amp;olumen:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Pause after a s&amp;entence:</source>
        <translation>Pausa tras una &amp;frase:</translation>
    </message>
    <message>
        <source>Pause after a p&amp;aragraph:</source>
        <translation>Pausa tras un p&amp;árrafo:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Announce each question (“Question 3.”) before reading it</source>
        <translation>&amp;Anunciar cada pregunta («Pregunta 3.») antes de leerla</translation>
    </message>
    <message>
        <source>Read only the &amp;current section, then stop</source>
        <translation>Leer solo la sección a&amp;ctual y parar</translation>
    </message>
    <message>
        <source>&amp;Highlight while reading:</source>
        <translation>&amp;Resaltar durante la lectura:</translation>
    </message>
    <message>
        <source>Colour behind the sentence and the word</source>
        <translation>Color detrás de la frase y la palabra</translation>
    </message>
    <message>
        <source>Underline the sentence and the word</source>
        <translation>Subrayar la frase y la palabra</translation>
    </message>
    <message>
        <source>No highlight</source>
        <translation>Sin resaltado</translation>
    </message>
    <message>
        <source>Read a document aloud through the speakers, or into a WAV file; list the voices.</source>
        <translation>Leer un documento en voz alta por los altavoces o en un archivo WAV; listar las voces.</translation>
    </message>
    <message>
        <source>a text or Markdown file</source>
        <translation>un archivo de texto o Markdown</translation>
    </message>
    <message>
        <source>read only question N (1 is the first)</source>
        <translation>leer solo la pregunta N (1 es la primera)</translation>
    </message>
    <message>
        <source>read only section N of the outline (1 is the first)</source>
        <translation>leer solo la sección N del esquema (1 es la primera)</translation>
    </message>
    <message>
        <source>the voice to read with (see --list-voices); default: one for the document&apos;s language</source>
        <translation>la voz con la que leer (véase --list-voices); por defecto: una del idioma del documento</translation>
    </message>
    <message>
        <source>speed in words per minute, {low} to {high} (default {default})</source>
        <translation>velocidad en palabras por minuto, de {low} a {high} (por defecto {default})</translation>
    </message>
    <message>
        <source>write the speech to this WAV file instead of playing it</source>
        <translation>escribir la voz en este archivo WAV en lugar de reproducirla</translation>
    </message>
    <message>
        <source>list the installed voices, grouped by language, and exit</source>
        <translation>listar las voces instaladas, agrupadas por idioma, y salir</translation>
    </message>
    <message>
        <source>a FILE to read is needed (or --list-voices)</source>
        <translation>hace falta un ARCHIVO que leer (o --list-voices)</translation>
    </message>
    <message>
        <source>the rate must be between {low} and {high} words per minute</source>
        <translation>la velocidad debe estar entre {low} y {high} palabras por minuto</translation>
    </message>
    <message>
        <source>there is no question {n}: the document has {count}</source>
        <translation>no hay pregunta {n}: el documento tiene {count}</translation>
    </message>
    <message>
        <source>there is no section {n}: the document has {count}</source>
        <translation>no hay sección {n}: el documento tiene {count}</translation>
    </message>
    <message>
        <source>there is no voice “{voice}”; reader speak --list-voices lists them</source>
        <translation>no existe la voz «{voice}»; reader speak --list-voices las lista</translation>
    </message>
    <message>
        <source>“{path}” could not be written: {error}</source>
        <translation>no se pudo escribir «{path}»: {error}</translation>
    </message>
    <message>
        <source>speech failed on “{text}”: {error}</source>
        <translation>la voz falló en «{text}»: {error}</translation>
    </message>
    <message>
        <source>Wrote {path} ({seconds} s of speech).</source>
        <translation>Escrito {path} ({seconds} s de voz).</translation>
    </message>
    <message>
        <source>Nothing can be played: no audio device was found (is the sound on, and an audio server such as PulseAudio or PipeWire running?).</source>
        <translation>No se puede reproducir nada: no se encontró ningún dispositivo de audio (¿está activado el sonido y hay un servidor de audio como PulseAudio o PipeWire en marcha?).</translation>
    </message>
    <message>
        <source>Nothing can be played: the audio device could not be opened (another program may hold it).</source>
        <translation>No se puede reproducir nada: no se pudo abrir el dispositivo de audio (puede que otro programa lo esté usando).</translation>
    </message>
    <message>
        <source>Playback stopped: the audio server went away.</source>
        <translation>Reproducción detenida: el servidor de audio desapareció.</translation>
    </message>
    <message>
        <source>Playback stopped: the audio device reported an error.</source>
        <translation>Reproducción detenida: el dispositivo de audio informó de un error.</translation>
    </message>
    <message>
        <source>{reason} To save the speech to a file instead: reader speak FILE --out FILE.wav</source>
        <translation>{reason} Para guardar la voz en un archivo: reader speak ARCHIVO --out ARCHIVO.wav</translation>
    </message>
    <message>
        <source>{minutes}:{seconds:02d} {where}: {text}</source>
        <translation>{minutes}:{seconds:02d} {where}: {text}</translation>
    </message>
    <message>
        <source>Done ({minutes}:{seconds:02d}).</source>
        <translation>Terminado ({minutes}:{seconds:02d}).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Navegar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Go to the &amp;outline</source>
        <translation>Ir al &amp;esquema</translation>
    </message>
    <message>
        <source>Go to the te&amp;xt</source>
        <translation>Ir al te&amp;xto</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>Pregunta &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>Pregunta &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;section</source>
        <translation>Se&amp;cción siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious section</source>
        <translation>Sección an&amp;terior</translation>
    </message>
    <message>
        <source>Go to s&amp;tart of document</source>
        <translation>Ir al &amp;principio del documento</translation>
    </message>
    <message>
        <source>Go to &amp;end of document</source>
        <translation>Ir al &amp;final del documento</translation>
    </message>
    <message>
        <source>Open &amp;link at the caret</source>
        <translation>Abrir el en&amp;lace del cursor</translation>
    </message>
    <message>
        <source>Show the &amp;outline panel</source>
        <translation>Mostrar el panel del &amp;esquema</translation>
    </message>
    <message>
        <source>Show the &amp;status line</source>
        <translation>Mostrar la línea de es&amp;tado</translation>
    </message>
    <message>
        <source>&amp;Wider outline</source>
        <translation>Esquema más &amp;ancho</translation>
    </message>
    <message>
        <source>Narrower ou&amp;tline</source>
        <translation>Esquema más e&amp;strecho</translation>
    </message>
    <message>
        <source>Outline: {percent} % of the window&apos;s width</source>
        <translation>Esquema: {percent} % del ancho de la ventana</translation>
    </message>
    <message>
        <source>The outline is as wide as it can be: the text needs the rest</source>
        <translation>El esquema es todo lo ancho que puede ser: el texto necesita el resto</translation>
    </message>
    <message>
        <source>The outline is as narrow as it can be</source>
        <translation>El esquema es todo lo estrecho que puede ser</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Accessible Reader</source>
        <translation>&amp;Acerca de Accessible Reader</translation>
    </message>
    <message>
        <source>{keys} (in the text)</source>
        <translation>{keys} (en el texto)</translation>
    </message>
    <message>
        <source>{keys} (in the outline)</source>
        <translation>{keys} (en el esquema)</translation>
    </message>
    <message>
        <source>{keys} (in a message)</source>
        <translation>{keys} (en un mensaje)</translation>
    </message>
    <message>
        <source>Read the selected section</source>
        <translation>Leer la sección seleccionada</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>&amp;{number} {name}   ({folder})</source>
        <translation>&amp;{number} {name}   ({folder})</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>“{path}” is no longer there (moved or deleted); it was removed from the recent files.</source>
        <translation>«{path}» ya no está (se movió o se eliminó); se ha quitado de los archivos recientes.</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>Abrir un documento</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>“{path}” could not be opened because of an internal error ({detail}). The document you had open is still open.</source>
        <translation>No se pudo abrir «{path}» por un error interno ({detail}). El documento que tenía abierto sigue abierto.</translation>
    </message>
    <message>
        <source>No document is open. Open one with File &gt; Open (Ctrl+O), or drop a file here.</source>
        <translation>No hay ningún documento abierto. Abra uno con Archivo &gt; Abrir (Ctrl+O) o suelte un archivo aquí.</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>The document&apos;s sections. Press Enter to read the selected one.</source>
        <translation>Las secciones del documento. Pulse Intro para leer la seleccionada.</translation>
    </message>
    <message>
        <source>(This document has no sections)</source>
        <translation>(Este documento no tiene secciones)</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Texto del documento</translation>
    </message>
    <message>
        <source>Position in the document</source>
        <translation>Posición en el documento</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
    <message>
        <source>&amp;Close message</source>
        <translation>&amp;Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
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
        <translation>No hay pregunta siguiente: es la última.</translation>
    </message>
    <message>
        <source>No previous question: this is the first one.</source>
        <translation>No hay pregunta anterior: es la primera.</translation>
    </message>
    <message>
        <source>This document has no questions.</source>
        <translation>Este documento no tiene preguntas.</translation>
    </message>
    <message>
        <source>No next section: this is the last one.</source>
        <translation>No hay sección siguiente: es la última.</translation>
    </message>
    <message>
        <source>No previous section: this is the first one.</source>
        <translation>No hay sección anterior: es la primera.</translation>
    </message>
    <message>
        <source>Going to the end…</source>
        <translation>Yendo al final…</translation>
    </message>
    <message>
        <source>Going there…</source>
        <translation>Yendo allí…</translation>
    </message>
    <message>
        <source>There is no link at the caret.</source>
        <translation>No hay ningún enlace en el cursor.</translation>
    </message>
    <message>
        <source>The link “{target}” was not opened: only web addresses (http or https) can be opened.</source>
        <translation>El enlace «{target}» no se ha abierto: solo se pueden abrir direcciones web (http o https).</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>The link “{target}” could not be opened: no web browser answered.</source>
        <translation>No se pudo abrir el enlace «{target}»: ningún navegador web respondió.</translation>
    </message>
    <message>
        <source>Opening {target} in your web browser…</source>
        <translation>Abriendo {target} en su navegador web…</translation>
    </message>
    <message>
        <source>Link to {target} (Ctrl+Enter opens it)</source>
        <translation>Enlace a {target} (Ctrl+Intro lo abre)</translation>
    </message>
    <message>
        <source>Image (not loaded): {target}</source>
        <translation>Imagen (no cargada): {target}</translation>
    </message>
    <message>
        <source>About Accessible Reader</source>
        <translation>Acerca de Accessible Reader</translation>
    </message>
    <message>
        <source>Accessible Reader {version}

A document reader for everyone: an outline of an interview&apos;s questions and answers, typography you control, and offline speech.

Licence: GPL 3.0 or later.</source>
        <translation>Accessible Reader {version}

Un lector de documentos para todos: el esquema de las preguntas y respuestas de una entrevista, una tipografía que usted controla y lectura en voz alta sin conexión.

Licencia: GPL 3.0 o posterior.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Accessible Reader met an internal error and could not finish what you asked: {detail}

Your document is still open. Details were written to the terminal (standard error).</source>
        <translation>Accessible Reader encontró un error interno y no pudo terminar lo que pidió: {detail}

Su documento sigue abierto. Los detalles se escribieron en el terminal (salida de error estándar).</translation>
    </message>
    <message>
        <source>Open a text or Markdown document in Accessible Reader.</source>
        <translation>Abrir un documento de texto o Markdown en Accessible Reader.</translation>
    </message>
    <message>
        <source>the document to open (default: the embedded interview)</source>
        <translation>el documento que abrir (por defecto: la entrevista incluida)</translation>
    </message>
    <message>
        <source>Accessible Reader is now in the applications menu, and in “Open with” for text, Markdown and the other documents it reads (files in {folder}).</source>
        <translation>Accessible Reader está ahora en el menú de aplicaciones y en «Abrir con» para archivos de texto, Markdown y los demás documentos que lee (archivos en {folder}).</translation>
    </message>
    <message>
        <source>Accessible Reader was removed from the applications menu (files in {folder}).</source>
        <translation>Accessible Reader se ha quitado del menú de aplicaciones (archivos en {folder}).</translation>
    </message>
    <message>
        <source>Accessible Reader was not in the applications menu (nothing in {folder}).</source>
        <translation>Accessible Reader no estaba en el menú de aplicaciones (nada en {folder}).</translation>
    </message>
    <message>
        <source>Print a document&apos;s outline: its questions or sections.</source>
        <translation>Mostrar el esquema de un documento: sus preguntas o secciones.</translation>
    </message>
    <message>
        <source>a document: text, Markdown, web page, Word, OpenDocument, RTF, EPUB, PDF or transcript</source>
        <translation>un documento: texto, Markdown, página web, Word, OpenDocument, RTF, EPUB, PDF o transcripción</translation>
    </message>
    <message>
        <source>Print a document&apos;s text as the reader shows it: one paragraph after another, a blank line between them.</source>
        <translation>Mostrar el texto de un documento tal como lo presenta el lector: un párrafo tras otro, separados por una línea en blanco.</translation>
    </message>
    <message>
        <source>print one JSON object instead of text</source>
        <translation>mostrar un objeto JSON en lugar de texto</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <source>add the reader to the applications menu and to “Open with”, then exit</source>
        <translation>añadir el lector al menú de aplicaciones y a «Abrir con», y salir</translation>
    </message>
    <message>
        <source>take the reader out of the applications menu and “Open with”, then exit</source>
        <translation>quitar el lector del menú de aplicaciones y de «Abrir con», y salir</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>The desktop&apos;s language ({language})</source>
        <translation>El idioma del escritorio ({language})</translation>
    </message>
    <message>
        <source>The reader speaks the new language from its next start.</source>
        <translation>El lector hablará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>en</source>
        <comment>The code of this translation&apos;s language (fr, de, es): the app speaks its messages with a voice of that language.</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>This is a question</source>
        <translation>Esto es una pregunta</translation>
    </message>
    <message>
        <source>Not a question</source>
        <translation>No es una pregunta</translation>
    </message>
    <message>
        <source>This is the title</source>
        <translation>Esto es el título</translation>
    </message>
    <message>
        <source>Start a section here</source>
        <translation>Empezar una sección aquí</translation>
    </message>
    <message>
        <source>Every turn by {speaker} is a question</source>
        <translation>Cada intervención de {speaker} es una pregunta</translation>
    </message>
    <message>
        <source>Restore the automatic structure</source>
        <translation>Restablecer la estructura automática</translation>
    </message>
    <message>
        <source>Question {number} of {total} added</source>
        <translation>Pregunta {number} de {total} añadida</translation>
    </message>
    <message numerus="yes">
        <source>Question removed; %n questions now</source>
        <translation>
            <numerusform>Pregunta quitada; ahora hay %n pregunta</numerusform>
            <numerusform>Pregunta quitada; ahora hay %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Title set: {title}</source>
        <translation>Título establecido: {title}</translation>
    </message>
    <message>
        <source>Section started: {label}</source>
        <translation>Sección iniciada: {label}</translation>
    </message>
    <message numerus="yes">
        <source>Every turn by {speaker} is a question; %n questions now</source>
        <translation>
            <numerusform>Cada intervención de {speaker} es una pregunta; ahora hay %n pregunta</numerusform>
            <numerusform>Cada intervención de {speaker} es una pregunta; ahora hay %n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Correction undone</source>
        <translation>Corrección deshecha</translation>
    </message>
    <message>
        <source>Correction redone</source>
        <translation>Corrección rehecha</translation>
    </message>
    <message>
        <source>Automatic structure restored</source>
        <translation>Estructura automática restablecida</translation>
    </message>
    <message numerus="yes">
        <source>The document has changed: %n of your outline corrections no longer apply and were dropped.</source>
        <translation>
            <numerusform>El documento ha cambiado: %n de sus correcciones del esquema ya no se aplica y se ha descartado.</numerusform>
            <numerusform>El documento ha cambiado: %n de sus correcciones del esquema ya no se aplican y se han descartado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your saved outline corrections could not be read and were ignored ({file}).</source>
        <translation>No se pudieron leer sus correcciones del esquema guardadas y se han ignorado ({file}).</translation>
    </message>
    <message>
        <source>Your outline corrections could not be saved: check that your data folder is writable.</source>
        <translation>No se pudieron guardar sus correcciones del esquema: compruebe que se puede escribir en su carpeta de datos.</translation>
    </message>
    <message>
        <source>This is a &amp;question</source>
        <translation>Esto es una p&amp;regunta</translation>
    </message>
    <message>
        <source>Not &amp;a question</source>
        <translation>&amp;No es una pregunta</translation>
    </message>
    <message>
        <source>T&amp;his is the title</source>
        <translation>Este es el tít&amp;ulo</translation>
    </message>
    <message>
        <source>Sta&amp;rt a section here</source>
        <translation>Empe&amp;zar una sección aquí</translation>
    </message>
    <message>
        <source>Ever&amp;y turn by this speaker is a question</source>
        <translation>Cada inter&amp;vención de esta persona es una pregunta</translation>
    </message>
    <message>
        <source>Ever&amp;y turn by {speaker} is a question</source>
        <translation>Cada inter&amp;vención de {speaker} es una pregunta</translation>
    </message>
    <message>
        <source>Undo the last &amp;correction</source>
        <translation>Deshacer la últi&amp;ma corrección</translation>
    </message>
    <message>
        <source>Redo the correction &amp;just undone</source>
        <translation>Re&amp;hacer la corrección</translation>
    </message>
    <message>
        <source>Restore the auto&amp;matic structure</source>
        <translation>&amp;Quitar todas las correcciones</translation>
    </message>
    <message>
        <source>The outline is unchanged</source>
        <translation>El esquema no ha cambiado</translation>
    </message>
    <message>
        <source>This paragraph does not begin with a speaker&apos;s name</source>
        <translation>Este párrafo no empieza con el nombre de quien habla</translation>
    </message>
    <message>
        <source>No correction to undo</source>
        <translation>No hay ninguna corrección que deshacer</translation>
    </message>
    <message>
        <source>No correction to redo</source>
        <translation>No hay ninguna corrección que rehacer</translation>
    </message>
    <message>
        <source>The outline has no corrections: it is the automatic structure</source>
        <translation>El esquema no tiene correcciones: es la estructura automática</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Pregunta {number}</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>The folder “{detail}” does not exist. Choose or create a folder for the audio files.</source>
        <translation>La carpeta «{detail}» no existe. Elija o cree una carpeta para los archivos de audio.</translation>
    </message>
    <message>
        <source>“{detail}” is a file, not a folder. Choose a folder for the audio files.</source>
        <translation>«{detail}» es un archivo, no una carpeta. Elija una carpeta para los archivos de audio.</translation>
    </message>
    <message>
        <source>The folder “{detail}” cannot be written to. Choose another folder or change its permissions.</source>
        <translation>No se puede escribir en la carpeta «{detail}». Elija otra carpeta o cambie sus permisos.</translation>
    </message>
    <message>
        <source>The disk is full: “{detail}” could not be finished. Free some space and export again; the files already finished are kept.</source>
        <translation>El disco está lleno: no se pudo terminar «{detail}». Libere espacio y vuelva a exportar; los archivos ya terminados se conservan.</translation>
    </message>
    <message>
        <source>An audio file could not be written: {detail}. The files already finished are kept.</source>
        <translation>No se pudo escribir un archivo de audio: {detail}. Los archivos ya terminados se conservan.</translation>
    </message>
    <message>
        <source>This document has nothing to read aloud, so there is no audio to export.</source>
        <translation>Este documento no tiene nada que leer en voz alta, así que no hay audio que exportar.</translation>
    </message>
    <message>
        <source>Speech failed, so the export stopped: {detail}. The files already finished are kept.</source>
        <translation>La síntesis de voz falló, así que la exportación se detuvo: {detail}. Los archivos ya terminados se conservan.</translation>
    </message>
    <message>
        <source>in “{section}”, on “{text}” ({error})</source>
        <translation>en «{section}», en «{text}» ({error})</translation>
    </message>
    <message>
        <source>Export a document as audio files: one per section (the opening, then each question with its answer), one whole file with chapters, a playlist and captions.</source>
        <translation>Exportar un documento como archivos de audio: uno por sección (la apertura y luego cada pregunta con su respuesta), un archivo completo con capítulos, una lista de reproducción y subtítulos.</translation>
    </message>
    <message>
        <source>the document to export</source>
        <translation>el documento que se va a exportar</translation>
    </message>
    <message>
        <source>the folder to write into (default: a new folder named after the document, in the current folder)</source>
        <translation>la carpeta donde escribir (por defecto: una carpeta nueva con el nombre del documento, en la carpeta actual)</translation>
    </message>
    <message>
        <source>opus (small, the default), mp3 (for older players) or wav (for editing)</source>
        <translation>opus (ligero, por defecto), mp3 (para reproductores antiguos) o wav (para editar)</translation>
    </message>
    <message>
        <source>which sections: all (the default), one number (3) or a range (3-5), as numbered in the file names</source>
        <translation>qué secciones: all (todas, por defecto), un número (3) o un intervalo (3-5), según la numeración de los nombres de archivo</translation>
    </message>
    <message>
        <source>--sections {spec}: the document has sections 1 to {total}; give all, a number or a range such as 2-4</source>
        <translation>--sections {spec}: el documento tiene las secciones 1 a {total}; indique all, un número o un intervalo como 2-4</translation>
    </message>
    <message>
        <source>{percent}% · section {number} of {total}: {label} · {left}</source>
        <translation>{percent} % · sección {number} de {total}: {label} · {left}</translation>
    </message>
    <message>
        <source>about {minutes} min left</source>
        <translation>quedan unos {minutes} min</translation>
    </message>
    <message>
        <source>about {seconds} s left</source>
        <translation>quedan unos {seconds} s</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>calculando el tiempo restante</translation>
    </message>
    <message>
        <source>Wrote {files} files to {folder} ({minutes} min of speech).</source>
        <translation>Se escribieron {files} archivos en {folder} ({minutes} min de voz).</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled; %n finished file(s) kept.</source>
        <translation>
            <numerusform>Exportación cancelada; se conserva %n archivo terminado.</numerusform>
            <numerusform>Exportación cancelada; se conservan %n archivos terminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some settings could not be read and were reset to their defaults: {names}.</source>
        <translation>Algunos ajustes no se pudieron leer y se han restablecido a sus valores predeterminados: {names}.</translation>
    </message>
    <message>
        <source>window size and place</source>
        <translation>tamaño y posición de la ventana</translation>
    </message>
    <message>
        <source>outline width</source>
        <translation>ancho del esquema</translation>
    </message>
    <message>
        <source>bookmarks</source>
        <translation>marcadores</translation>
    </message>
    <message>
        <source>last reading positions</source>
        <translation>últimas posiciones de lectura</translation>
    </message>
    <message>
        <source>Your settings cannot be saved: the file {file} cannot be written. Changes last until you close the reader.</source>
        <translation>No se pueden guardar sus ajustes: no se puede escribir el archivo {file}. Los cambios duran hasta que cierre el lector.</translation>
    </message>
    <message>
        <source>{title} ({format})</source>
        <translation>{title} ({format})</translation>
    </message>
    <message>
        <source>Show the w&amp;hole page</source>
        <translation>Mostrar la página &amp;web completa</translation>
    </message>
    <message>
        <source>Read notes an&amp;d page numbers</source>
        <translation>Leer las &amp;notas y los números de página</translation>
    </message>
    <message>
        <source>Showing the whole page, with the site&apos;s menus and side columns.</source>
        <translation>Se muestra la página completa, con los menús y las columnas laterales del sitio.</translation>
    </message>
    <message>
        <source>Showing the article only.</source>
        <translation>Solo se muestra el artículo.</translation>
    </message>
    <message>
        <source>Only a web page has a whole page to show: this document is shown whole.</source>
        <translation>Solo una página web tiene una página completa que mostrar: este documento ya se muestra entero.</translation>
    </message>
    <message>
        <source>Notes and page numbers are read in books and web pages.</source>
        <translation>Las notas y los números de página se leen en los libros y las páginas web.</translation>
    </message>
    <message>
        <source>Notes and page numbers are left out of books and web pages.</source>
        <translation>Las notas y los números de página se omiten en los libros y las páginas web.</translation>
    </message>
    <message>
        <source>&amp;Export audio…</source>
        <translation>&amp;Exportar audio…</translation>
    </message>
    <message>
        <source>Export audio</source>
        <translation>Exportar audio</translation>
    </message>
    <message>
        <source>“{title}” read aloud into audio files: one per section, one whole file with chapters, captions and a playlist.</source>
        <translation>«{title}» leído en voz alta en archivos de audio: uno por sección, un archivo completo con capítulos, subtítulos y una lista de reproducción.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder for the audio files</source>
        <translation>Elegir la carpeta de los archivos de audio</translation>
    </message>
    <message>
        <source>Folder for the audio files</source>
        <translation>Carpeta de los archivos de audio</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Opus: small, for phones and podcast apps</source>
        <translation>Opus: ligero, para teléfonos y aplicaciones de pódcasts</translation>
    </message>
    <message>
        <source>MP3: for older players and car radios</source>
        <translation>MP3: para reproductores antiguos y radios de coche</translation>
    </message>
    <message>
        <source>WAV: uncompressed, for editing</source>
        <translation>WAV: sin comprimir, para editar</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;All sections ({count})</source>
        <translation>&amp;Todas las secciones ({count})</translation>
    </message>
    <message>
        <source>&amp;Only these sections:</source>
        <translation>&amp;Solo estas secciones:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Audio export needs speech: {reason}</source>
        <translation>La exportación de audio necesita la síntesis de voz: {reason}</translation>
    </message>
    <message>
        <source>An audio export is already running: its progress window shows how far it is.</source>
        <translation>Ya hay una exportación de audio en curso: su ventana de progreso muestra cuánto le falta.</translation>
    </message>
    <message>
        <source>Exporting “{title}”</source>
        <translation>Exportando «{title}»</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>Making section {number} of {total}: {title}</source>
        <translation>Creando la sección {number} de {total}: {title}</translation>
    </message>
    <message>
        <source>Export {percent}%: section {number} of {total}, {label}.</source>
        <translation>Exportación al {percent} %: sección {number} de {total}, {label}.</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Cancelar la exportación</translation>
    </message>
    <message>
        <source>Cancelling: the section being made is thrown away…</source>
        <translation>Cancelando: se descarta la sección que se estaba creando…</translation>
    </message>
    <message>
        <source>Audio export finished: {files} files in “{folder}” ({minutes} min of speech).</source>
        <translation>Exportación de audio terminada: {files} archivos en «{folder}» ({minutes} min de voz).</translation>
    </message>
    <message>
        <source>{message} Sections finished: {finished}.</source>
        <translation>{message} Secciones terminadas: {finished}.</translation>
    </message>
    <message>
        <source>Audio export cancelled; the {finished} sections finished are kept in “{folder}”.</source>
        <translation>Exportación de audio cancelada; las secciones terminadas ({finished}) se conservan en «{folder}».</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>caracteres chinos</translation>
    </message>
    <message>
        <source>Japanese characters</source>
        <translation>caracteres japoneses</translation>
    </message>
    <message>
        <source>Korean Hangul</source>
        <translation>hangul coreano</translation>
    </message>
    <message>
        <source>Arabic script</source>
        <translation>escritura árabe</translation>
    </message>
    <message>
        <source>Hebrew script</source>
        <translation>escritura hebrea</translation>
    </message>
    <message>
        <source>Devanagari script</source>
        <translation>escritura devanagari</translation>
    </message>
    <message>
        <source>Bengali script</source>
        <translation>escritura bengalí</translation>
    </message>
    <message>
        <source>Tamil script</source>
        <translation>escritura tamil</translation>
    </message>
    <message>
        <source>Thai script</source>
        <translation>escritura tailandesa</translation>
    </message>
    <message>
        <source>Greek letters</source>
        <translation>alfabeto griego</translation>
    </message>
    <message>
        <source>Cyrillic letters</source>
        <translation>alfabeto cirílico</translation>
    </message>
    <message>
        <source>Georgian letters</source>
        <translation>alfabeto georgiano</translation>
    </message>
    <message>
        <source>Armenian letters</source>
        <translation>alfabeto armenio</translation>
    </message>
    <message>
        <source>Part of this document is written in {script}, which no font on this computer can show: those characters appear as empty boxes. Install a font for them (on Debian or Ubuntu: the package {package}) and open the document again. Reading aloud is not affected.</source>
        <translation>Parte de este documento está escrita en {script}, que ninguna fuente de este ordenador puede mostrar: esos caracteres aparecen como cuadros vacíos. Instale una fuente para ellos (en Debian o Ubuntu: el paquete {package}) y vuelva a abrir el documento. La lectura en voz alta no se ve afectada.</translation>
    </message>
    <message>
        <source>Part of this document is written in {script}, which no font on this computer can show: those characters appear as empty boxes. Install a font for them in your system&apos;s settings and open the document again. Reading aloud is not affected.</source>
        <translation>Parte de este documento está escrita en {script}, que ninguna fuente de este ordenador puede mostrar: esos caracteres aparecen como cuadros vacíos. Instale una fuente para ellos en la configuración de su sistema y vuelva a abrir el documento. La lectura en voz alta no se ve afectada.</translation>
    </message>
</context>
</TS>
