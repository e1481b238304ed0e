"""A page in a script written without spaces (Chinese, Japanese, Thai, Korean run together)
opens with its outline, however long its paragraphs. A title rule's pattern once let a
paragraph with no space be cut into "words" in countless ways, each tried: a Chinese page of
1,800 characters took 15 s to open, one paragraph of 500 characters would have taken hours.

Each document is opened in a process of its own, given a generous five minutes: opening them
all takes well under a second; a pattern that tries every cut never returns."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

RUNS = {
    "zh": "这是一个很长的段落，没有空格。",
    "ja": "これはとても長い段落です、空白はありません。",
    "th": "นี่คือย่อหน้าที่ยาวมากไม่มีช่องว่าง",
    "ko": "띄어쓰기없는아주긴문단입니다.",
    "latin": "Averylongwordwithoutspaces,",
    "encyclopedia": "Wikipedia，自由的百科全书",
}

OPEN_ALL = textwrap.dedent("""
    import json, sys
    from reader.document.pipeline import parse_text
    outlines = {}
    for name, run in json.loads(sys.argv[1]).items():
        para = (run * (3000 // len(run) + 1))[:3000]
        turns = f"问：{para[:40]}？\\n\\n答：{para}\\n\\n问：{para[:30]}？\\n\\n答：{para}\\n"
        text = f"标题\\n\\n{para}\\n\\n" + turns
        document = parse_text(text, with_language=False)
        kept = "".join(document.text.split()) == "".join(text.split())  # every character
        outlines[name] = [kept, len(document.questions)]
    print(json.dumps(outlines))
""")


def test_pages_of_long_paragraphs_without_spaces_open_with_their_questions():
    done = subprocess.run([sys.executable, "-c", OPEN_ALL, json.dumps(RUNS)],
                          capture_output=True, text=True, timeout=300, check=True)
    outlines = json.loads(done.stdout)
    assert outlines == {name: [True, 2] for name in RUNS}, outlines
