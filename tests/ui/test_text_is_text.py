"""Text is text: a Markdown link, an image and an HTML tag planted in user-supplied strings never
render. Each message the page sends is rendered by a CommonMark renderer with raw HTML enabled (the
strictest reading) and must produce no link, image or planted tag."""
import json

from markdown_it import MarkdownIt

from portal.demo.people import spec
from portal.ui.text import esc
from tests.ui.conftest import app

HOSTILE = ["![x](http://evil.example/p.png)", "[点我](http://evil.example/)", "<b onclick=x>粗</b>",
           "=HYPERLINK(\"http://evil.example\")", ":red[红字] **粗** `码` $x$"]
RENDER = MarkdownIt("commonmark", {"html": True})
PEOPLE = {p["name"]: p for p in spec()["candidates"]}


def rendered_tags(markdown: str) -> list[str]:
    html = RENDER.render(markdown)
    planted = ('href="http://evil', 'src="http://evil', "<b ", "<b>", "<strong>粗", "<code>码")
    return [tag for tag in planted if tag in html]


def test_escaped_text_renders_as_exactly_the_text():
    for text in HOSTILE:
        assert rendered_tags(esc(text)) == []
        assert rendered_tags(text) != [] or text.startswith(("=", ":"))  # unescaped, they would render


def page_messages(at) -> list[str]:
    out = []
    for kind in ("markdown", "error", "warning", "info", "success", "caption", "subheader"):
        out += [str(el.value) for el in getattr(at, kind)]
    return out


def test_return_items_planted_with_markdown_and_html_do_not_render_for_the_candidate(login, db):
    person = PEOPLE["杨帆"]
    with db.transaction() as cur:  # the notice as a hostile reviewer would have written it
        cur.execute("UPDATE case_notices SET items_json = $items", {"items": json.dumps(HOSTILE, ensure_ascii=False)})
    who = login(person["id_number"])
    for page in ("portal/ui/candidate/my_case.py", "portal/ui/candidate/upload.py"):
        at = app(who, page)
        assert not at.exception
        messages = page_messages(at)
        assert any("evil" in m for m in messages), page  # the items are shown ...
        for message in messages:
            assert rendered_tags(message) == [], (page, message)  # ... as text
