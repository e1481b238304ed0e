"""A PDF form filled in on screen (its answers in the form's fields, which PDFium's text
leaves out) keeps its answers, each where it is drawn: beside its label or under it."""

from __future__ import annotations

from pathlib import Path

from reader.document.model import LINE_BREAK
from reader.document.pipeline import open_document


def _form_pdf(path: Path, printed: list[tuple[int, str]],
              fields: list[tuple[int, int, str]]) -> Path:
    """A one-page PDF as a form program saves it once filled in: ``printed`` lines (their
    baseline, their text) at the left margin, and text fields (their left, their baseline,
    their value) each drawn by its own appearance stream."""
    content = "".join(f"BT /F1 11 Tf 72 {y} Td ({text}) Tj ET\n" for y, text in printed)
    objects = ["<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [{refs}] >> >>",
               "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << "
               "/F1 4 0 R >> >> /Contents 5 0 R /Annots [{refs}] >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               f"<< /Length {len(content)} >>\nstream\n{content}endstream"]
    refs = []
    for number, (x, y, value) in enumerate(fields):
        refs.append(f"{len(objects) + 1} 0 R")
        drawn = f"/Tx BMC BT /F1 11 Tf 2 4 Td ({value}) Tj ET EMC"
        objects.append(f"<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /T (f{number}) "
                       f"/V ({value}) /Rect [{x} {y - 4} 540 {y + 12}] /P 3 0 R "
                       f"/AP << /N {len(objects) + 2} 0 R >> >>")
        objects.append(f"<< /Type /XObject /Subtype /Form /BBox [0 0 {540 - x} 16] "
                       f"/Resources << /Font << /F1 4 0 R >> >> /Length {len(drawn)} >>\n"
                       f"stream\n{drawn}\nendstream")
    objects = [o.replace("{refs}", " ".join(refs)) for o in objects]
    data, offsets = "%PDF-1.7\n", []
    for number, text in enumerate(objects, 1):
        offsets.append(len(data))
        data += f"{number} 0 obj\n{text}\nendobj\n"
    table = "".join(f"{offset:010d} 00000 n \n" for offset in offsets)
    data += (f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n{table}trailer\n"
             f"<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{len(data)}\n%%EOF\n")
    path.write_bytes(data.encode("latin-1"))
    return path


def _texts(path: Path) -> list[str]:
    return [b.text.replace(LINE_BREAK, " | ")
            for b in open_document(path, with_language=False).blocks]


def test_a_filled_in_fields_answer_stands_beside_its_label(tmp_path):
    path = _form_pdf(tmp_path / "form.pdf",
                     [(780, "Application form"), (740, "Your name:"),
                      (700, "Why did you apply?")],
                     [(250, 740, "Ann Lee"), (250, 700, "Because I love the sea.")])
    text = " ".join(_texts(path))
    assert "Your name: Ann Lee" in text
    assert "Why did you apply? Because I love the sea." in text


def test_an_answer_typed_under_its_question_comes_between_the_questions(tmp_path):
    path = _form_pdf(tmp_path / "form.pdf",
                     [(780, "Interview form"), (740, "Why did you apply?"),
                      (680, "What do you hope to learn?")],
                     [(72, 715, "Because I love the sea."), (72, 655, "How to sail alone.")])
    read = " ".join(_texts(path)).replace(" | ", " ")  # paragraphs or lines: the order counts
    assert read == ("Interview form Why did you apply? Because I love the sea. "
                    "What do you hope to learn? How to sail alone.")
