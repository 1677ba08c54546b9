"""Pass-list wording: titles that tell lists apart, and 公示中 only inside a published notice period."""
import datetime as dt

from portal.domain.notice import entry_label, list_title, period

D = dt.date


def test_a_title_names_the_place_the_year_the_exam_and_the_batch():
    assert list_title("株洲市", 2025, "经济专业技术资格", "中级", 2) == \
        "株洲市2025年度经济专业技术资格中级考后人工核查合格人员公示名单（第2批）"


def test_a_person_is_in_notice_only_while_a_published_list_is_in_its_period():
    start, end = D(2026, 9, 1), D(2026, 9, 7)
    assert entry_label("listed", "reviewed", None, None, D(2026, 9, 2)) == "待公示"
    assert entry_label("listed", "published", start, end, D(2026, 8, 31)) == "待公示"
    assert entry_label("listed", "published", start, end, D(2026, 9, 7)) == "公示中"
    assert entry_label("listed", "published", start, end, D(2026, 9, 8)) == "公示期满，待确认"
    assert entry_label("removed", "published", start, end, D(2026, 9, 2)) == "异议撤出"
    assert entry_label("final", "final", start, end, D(2026, 9, 9)) == "已确认"


def test_a_drafts_period_reads_unpublished():
    assert period(None, None) == ("未发布", "未发布")
    assert period(D(2026, 9, 1), D(2026, 9, 7)) == ("2026-09-01", "2026-09-07")
