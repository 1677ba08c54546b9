"""The printable pass list: every row reads back from the PDF's text layer, page after page."""
import pypdfium2

from portal.publish.listpdf import ROWS_PER_PAGE, write_pdf

HEADER = ["序号", "姓名", "身份证号", "级别", "工作单位", "市州"]


def _pages(data: bytes) -> list[str]:
    doc = pypdfium2.PdfDocument(data)
    try:
        return ["".join(doc[i].get_textpage().get_text_range().split()) for i in range(len(doc))]
    finally:
        doc.close()


def test_rows_with_brackets_and_backslashes_read_back_on_the_right_pages():
    units = ["湖南(长沙)建设集团有限公司", "某某\\分公司", "（株洲）机械厂", "湘潭市)第一(中学"]
    rows = [(n, f"欧阳{chr(0x4e00 + n)}", "4301**********1234", "中级", units[n % 4], "长沙市")
            for n in range(1, ROWS_PER_PAGE * 2 + 6)]
    pages = _pages(write_pdf("2026年度经济专业技术资格考后核查合格人员名单", HEADER, rows, notes=["公示期：…"]))
    assert len(pages) == 3
    for n, name, _, _, unit, _ in rows:
        page = pages[(n - 1) // ROWS_PER_PAGE]
        assert f"{n}{name}4301**********1234中级" in page
        assert unit[:9].replace(" ", "") in page
    assert all("第" in p and "公示期" in p and "工作单位" in p for p in pages)


def test_an_empty_list_is_one_page_saying_so():
    assert "名单为空" in _pages(write_pdf("名单", HEADER, []))[0]
