"""A WordPress post as Jetpack and the common plugins leave it: the sharing buttons, the
"Like this:" widget and the related posts inside the article's content are the site's, not
the interview's (a related post's title may well be a question)."""

from __future__ import annotations

from reader.document.pipeline import open_document

TURNS = [("Why did you start painting so late?", "Because I was afraid of it for years."),
         ("What changed in the end?", "My daughter gave me a box of brushes."),
         ("Do you paint every day now?", "Every morning, before the light goes.")]
PLUGINS = (
    '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-'
    'title">Like this:</h3><div class="likes-widget-placeholder"><span>Like</span> <span>'
    'Loading...</span></div></div><div id="jp-relatedposts" class="jp-relatedposts"><h3>'
    "<em>Related</em></h3><p><strong>Why do sailors paint their boats blue?</strong></p>"
    "</div><div class='yarpp yarpp-related'><h3>You may also like</h3><p><b>Is watercolour "
    "harder than oil?</b></p></div><div class='addtoany_share_save_container'><div class="
    "'a2a_kit a2a_kit_size_32'><a>Email</a></div></div>")


def test_a_wordpress_posts_plugins_are_left_out(tmp_path):
    turns = "".join(f"<p><strong>{q}</strong></p><p>{a}</p>" for q, a in TURNS)
    path = tmp_path / "post.html"
    path.write_text(
        "<html lang='en'><body><main><article class='post type-post'><h1 class='entry-title'>"
        "A painter at sixty</h1><div class='entry-content'><p>She sold her first canvas last "
        f"year. We met her in her studio by the sea.</p>{turns}{PLUGINS}</div></article>"
        "</main></body></html>", encoding="utf-8")
    document = open_document(path, with_language=False)
    assert [document.question_text(q) for q in document.questions] == [q for q, _ in TURNS]
    assert document.blocks[-1].text == TURNS[-1][1]
