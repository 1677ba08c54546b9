"""What a reviewer types reaches the candidate exactly as typed: full-width punctuation survives
saving and display, and an item or reason given twice is shown once."""
from portal.services.cases import decisions, queue
from portal.services.views import candidate as candidate_view

TYPED = "工作年限证明（2006年以来）：请列明全部工作单位，并加盖公章；报名表请本人签名。"


def _claimed(world, case_id):
    world.submit(case_id)
    queue.claim_case(world.db, world.staff["cs1"], case_id)
    return world.staff["cs1"]


def test_return_items_keep_chinese_punctuation_from_save_to_display_and_come_once(world):
    case_id = world.changsha[0]
    reviewer = _claimed(world, case_id)
    decisions.return_case(world.db, reviewer, case_id,
                          items=[TYPED, TYPED, "  工作年限证明（2006年以来）：请列明全部工作单位，并加盖公章；\n报名表请本人签名。",
                                 "工作年限证明(2006年以来):请列明全部工作单位,并加盖公章;报名表请本人签名.", "补充毕业证书扫描件"])
    with world.db.read() as cur:
        stored = cur.execute("SELECT items_json FROM case_notices WHERE case_id = $id", {"id": case_id}).fetchone()[0]
    assert TYPED in stored and "," not in stored.replace('","', "")
    shown = candidate_view.case_status(world.db, world.candidate(case_id), case_id)
    assert shown["notices"][-1]["items"] == [TYPED, "补充毕业证书扫描件"]


def test_fail_reasons_keep_chinese_punctuation_and_come_once(world):
    case_id = world.changsha[1]
    reviewer = _claimed(world, case_id)
    reason = "工作年限不足：要求满4年，截至2021年12月31日计得2年（按工作年限证明）。"
    decisions.fail_case(world.db, reviewer, case_id, reasons=[reason, reason + " ", "学历证明不符合要求"])
    shown = candidate_view.case_status(world.db, world.candidate(case_id), case_id)
    assert shown["decision"]["reasons"] == [reason, "学历证明不符合要求"]
