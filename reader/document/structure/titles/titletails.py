"""What a page glues after its headline when it is copied from a browser: the print button's
word after a finished headline ("Wie lade ich … ein? Drucken"), an encyclopedia mirror's
tagline run into its entry's name ("Streuobstwiese aus Wikipedia, der freien Enzyklopädie"), a
review's rating in stars after the name of what it reviews ("La Filature … ★★☆☆"), a shop's
author and edition after a book's name ("Reporterki … - Anna Wolska - ebook"), a post's
"Posted on <date> by …" line and the text run into the headline's line.
A forum archive's link glued before the thread's name ("View Full Version : Pre-Regional
Press Conference Coming Up", vBulletin's archive page in its languages) is left out too.
The text keeps them (nothing is lost); the title, heard as the window's name, does not."""

from __future__ import annotations

import re

from .metatails import without_meta

# A button's word after a headline that ended with its own mark.
_GLUED_BUTTON = re.compile(
    r"(?<=[?!.»”\"])\s+(?:Drucken|Print|Imprimer|Imprimir|Stampa|Afdrukken|Drukuj|Tisk|Skriv\s+ut"
    r"|Teilen|Share|Partager|Compartir|Condividi|Compartilhar|Delen|Udostępnij)$"
)
# A mirror's tagline under the entry's name, in the languages Wikipedia writes it.
_ENCYCLOPEDIA = re.compile(
    r"(?i)\s+(?:aus\s+Wikipedia,\s+der\s+freien\s+Enzyklopädie|from\s+Wikipedia,\s+the\s+free"
    r"\s+encyclopedia|de\s+Wikip[ée]dia,\s+l['’]encyclopédie\s+libre|de\s+Wikipedia,\s+la"
    r"\s+enciclopedia\s+libre|da\s+Wikipedia,\s+l['’]enciclopedia\s+libera|da\s+Wikipédia,\s+a"
    r"\s+enciclopédia\s+livre|van\s+Wikipedia,\s+de\s+vrije\s+encyclopedie|z\s+Wikipedii,\s+wolnej"
    r"\s+encyklopedii|från\s+Wikipedia,\s+den\s+fria\s+encyklopedin|un\s+article\s+de\s+Wikipédia,"
    r"\s+l['’]encyclopédie\s+libre\.?|origem:\s+Wikipédia,\s+a\s+enciclopédia\s+livre\.?"
    r"|uit\s+Wikipedia,\s+de\s+vrije\s+encyclopedie|z\s+Wikipedie,\s+otevřené\s+encyklopedie"
    r"|Vikipedi,\s+özgür\s+ansiklopedi|dari\s+Wikipedia\s+bahasa\s+Indonesia,\s+ensiklopedia"
    r"\s+bebas"
    r"|Материал\s+из\s+Википедии\s+—\s+свободной\s+энциклопедии|Από\s+τη\s+Βικιπαίδεια,\s+την"
    r"\s+ελεύθερη\s+εγκυκλοπαίδεια|من\s+ويكيبيديا،\s+الموسوعة\s+الحرة"
    r"|出典:\s*フリー百科事典『ウィキペディア(?:\s*\(Wikipedia\))?』|维基百科,自由的百科全书"
    r"|維基百科,自由的百科全書|위키백과,\s+우리\s+모두의\s+백과사전\.?)$"
)

# A review's rating in stars glued after the film's or the book's name ("La Filature ★★☆☆"),
# three to five of them, full and empty; stars inside a title ("The ★★★ hotels") stay.
_GLUED_RATING = re.compile(r"\s+(?:[★☆✩✭]|⭐\ufe0f?){3,5}$")

# A shop's product title: the book's name, its author, then the edition's format ("Reporterki.
# Ich najtrudniejsze tematy - Anna Wolska - ebook", "… – Jane Roe – audiobook"): the author's
# name (two to four capitalised words) and the format go; a dash and a format alone too.
_SHOP_FORMAT = re.compile(
    r"(?:\s[-–|]\s(?:[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][\w'’.-]*\s){1,3}[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃ][\w'’.-]*)?"
    r"\s[-–|]\s(?i:e-?book|audiobook|audiobook\s+mp3|audiolibro|h[öo]rbuch|livre\s+audio"
    r"|livre\s+num[ée]rique|kindle\s+edition|paperback|hardcover|taschenbuch|gebundene\s+ausgabe"
    r"|libro\s+electr[óo]nico|książka)$"
)

# vBulletin's archive page opens on its link to the full thread, then the thread's name.
_ARCHIVE_LINK = re.compile(
    r"(?i)^(?:View\s+Full\s+Version|Vollständige\s+Version\s+anzeigen|Voir\s+la\s+version"
    r"\s+complète|Ver\s+la\s+versión\s+completa|Visualizza\s+versione\s+completa"
    r"|Volledige\s+versie\s+bekijken|Zobacz\s+pełną\s+wersję)\s*:\s+(?=\S)"
)

# A blog post's line run into its headline's by the copy: "Entretien avec Le Monde … Posted on
# 17 janvier 2014 by admin [Médias] Le Monde publie …": the capitalised word that says it was
# posted, a date (a digit within four words) and whatever follows.
_POST_META = re.compile(
    r"\s+(?:Posted|Published|Publié|Posté|Publicado|Publicada|Pubblicato|Veröffentlicht"
    r"|Gepubliceerd|Opublikowano)\s+(?:on|le|el|il|am|op|em|dnia)?\s*(?=(?:\S+\s+){0,3}?\S*\d).*$",
    re.DOTALL,
)
_POST_HEADLINE_WORDS = (3, 25)


def headline_before_post_meta(text: str) -> str:
    """The headline a post's line ("Posted on 17 janvier 2014 by admin …") was run into, or
    "": three to twenty-five words before it, with no sentence's end ("It rained. Posted on
    …" is text)."""
    match = _POST_META.search(text)
    if match is None:
        return ""
    head = text[: match.start()].strip()
    low, high = _POST_HEADLINE_WORDS
    if not low <= len(head.split()) <= high or head[-1:] in ".;:," or re.search(r"[.!?]\s", head):
        return ""
    return head


def without_glued_tail(title: str) -> str:
    """``title`` without a print button's word or an encyclopedia's tagline glued after it,
    or a forum archive's link before it; ``title`` itself when nothing is glued or nothing
    would be left."""
    title = _ARCHIVE_LINK.sub("", title, count=1)
    title = headline_before_post_meta(title) or title
    title = without_meta(title)  # "… par Hugo LAVERGNE · Publié · Mis à jour", "… ver +"
    for tail in (_GLUED_BUTTON, _ENCYCLOPEDIA, _GLUED_RATING, _SHOP_FORMAT):
        match = tail.search(title)
        if match is not None and match.start() > 0:
            return title[: match.start()].rstrip()
    return title
