"""Hostile and broken files: each is a LoadError with its own problem and message, never a
traceback, never another file read, never a bomb inflated."""

from __future__ import annotations

import zipfile

import pytest

from reader import messages
from reader.document.loading import LoadError, LoadProblem
from reader.document.pipeline import open_document

from .makers import write_docx, write_epub


def _problem(path):
    with pytest.raises(LoadError) as caught:
        open_document(path)
    message = messages.load_error(caught.value)
    assert str(path) in message and len(message) > 40
    return caught.value.problem


def _epub(tmp_path, body="<p>Bonjour.</p>", name="book.epub"):
    return write_epub(tmp_path / name, [("Un", body)])


@pytest.mark.parametrize("suffix", [".docx", ".odt", ".epub", ".pdf"])
def test_a_damaged_file_says_it_is_damaged(tmp_path, suffix):
    path = tmp_path / f"broken{suffix}"
    path.write_bytes(b"PK\x03\x04 this is not what it claims" if suffix != ".pdf"
                     else b"%PDF-1.7\n garbage")
    assert _problem(path) is LoadProblem.CORRUPT


def test_a_truncated_epub_says_it_is_damaged(tmp_path):
    whole = _epub(tmp_path).read_bytes()
    path = tmp_path / "cut.epub"
    path.write_bytes(whole[: len(whole) // 2])
    assert _problem(path) is LoadProblem.CORRUPT


def test_an_epub_with_drm_says_so(tmp_path):
    path = _epub(tmp_path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("META-INF/encryption.xml", """<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
 xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>
<enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
<enc:CipherData><enc:CipherReference URI="OEBPS/ch1.xhtml"/></enc:CipherData>
</enc:EncryptedData></encryption>""")
    assert _problem(path) is LoadProblem.DRM


def test_font_obfuscation_is_not_drm(tmp_path):
    path = _epub(tmp_path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("META-INF/encryption.xml", """<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
 xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>
<enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
<enc:CipherData><enc:CipherReference URI="OEBPS/font.otf"/></enc:CipherData>
</enc:EncryptedData></encryption>""")
    assert open_document(path).text == "Un\nBonjour."  # the table of contents' title, then it


def test_an_external_entity_is_refused_and_the_file_it_names_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    body = "<p>&s;</p>"
    path = _epub(tmp_path, body)
    chapter = (f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY s SYSTEM "file://{secret}">]>'
               f'<html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html>')
    _replace_member(path, "OEBPS/ch1.xhtml", chapter)
    assert _problem(path) is LoadProblem.UNSAFE_XML


def test_entity_expansion_is_refused_in_a_word_file(tmp_path):
    path = write_docx(tmp_path / "laughs.docx", [])
    with zipfile.ZipFile(path) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    laughs = ('<!DOCTYPE w [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>')
    document = document.replace("?>", "?>" + laughs, 1).replace("<w:body>", "<w:body>&c;", 1)
    _replace_member(path, "word/document.xml", document)
    assert _problem(path) is LoadProblem.UNSAFE_XML


def test_a_zip_bomb_is_not_inflated(tmp_path):
    path = _epub(tmp_path)
    with zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OEBPS/padding.xhtml", b"<p>" + b" " * (64 * 1024 * 1024) + b"</p>")
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("OEBPS/padding.xhtml").compress_size < 200 * 1024
    _add_to_spine(path, "padding.xhtml")
    assert _problem(path) is LoadProblem.ZIP_BOMB


def test_absurd_nesting_in_a_chapter_is_no_traceback(tmp_path):
    path = _epub(tmp_path, "<div>" * 50_000 + "fond" + "</div>" * 50_000)
    try:
        document = open_document(path)
    except LoadError as error:
        assert error.problem is LoadProblem.CORRUPT
    else:
        assert document.format == "epub"


def test_a_password_protected_pdf_says_so(tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(_encrypted_pdf())
    assert _problem(path) is LoadProblem.PASSWORD


def test_a_pdf_of_page_images_says_it_looks_scanned(qapp, tmp_path):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPainter, QPdfWriter

    path = tmp_path / "scan.pdf"
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.fillRect(QRectF(100, 100, 2000, 3000), Qt.GlobalColor.gray)
    writer.newPage()
    painter.fillRect(QRectF(100, 100, 2000, 3000), Qt.GlobalColor.gray)
    painter.end()
    assert _problem(path) is LoadProblem.SCANNED


def test_a_500_mb_pdf_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as stream:
        stream.write(b"%PDF-1.7\n")
        stream.truncate(500 * 1024 * 1024)  # sparse: no disk space, no memory
    assert _problem(path) is LoadProblem.TOO_LARGE
    with pytest.raises(LoadError) as caught:
        open_document(path)
    assert "200 MB" in messages.load_error(caught.value)


def _replace_member(path, name, text):
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members[name] = text.encode("utf-8")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)


def _add_to_spine(path, href):
    with zipfile.ZipFile(path) as archive:
        opf = archive.read("OEBPS/content.opf").decode("utf-8")
    opf = opf.replace("</manifest>", f'<item id="pad" href="{href}" '
                      'media-type="application/xhtml+xml"/></manifest>')
    opf = opf.replace("</spine>", '<itemref idref="pad"/></spine>')
    _replace_member(path, "OEBPS/content.opf", opf)


def _encrypted_pdf():
    """A one-page PDF under the standard security handler whose user password is not empty:
    PDFium cannot open it without one."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32
        + b"> /P -4 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (b"trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef>"
            b"<0123456789abcdef>] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return bytes(out)
