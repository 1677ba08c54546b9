"""Every page renders for every role that has it; every other role gets a refusal, not data."""
import pytest

from tests.ui.conftest import app, page_alone, texts

PUBLIC = ["portal/ui/public/home.py", "portal/ui/public/pass_list.py", "portal/ui/public/verify.py"]
PAGES = {
    "candidate": ["portal/ui/candidate/self_check.py", "portal/ui/candidate/upload.py", "portal/ui/candidate/my_case.py"],
    "reviewer": ["portal/ui/reviewer/queue.py", "portal/ui/reviewer/workbench.py", "portal/ui/reviewer/history.py",
                 "portal/ui/reviewer/trail.py", "portal/ui/reviewer/cases.py", "portal/ui/reviewer/case_view.py"],
    "admin": ["portal/ui/admin/dashboard.py", "portal/ui/admin/import_list.py", "portal/ui/admin/users.py",
              "portal/ui/admin/conditions.py", "portal/ui/admin/blacklist.py", "portal/ui/admin/rollback.py",
              "portal/ui/admin/publication.py", "portal/ui/admin/certificates.py", "portal/ui/admin/backup.py", "portal/ui/admin/settings.py"],
}
STAFF_ONLY = PAGES["reviewer"]  # reviewer pages also open to admins (trail is in the admin menu)
CANDIDATE_ID = "430104199311210315"  # 刘洋, submitted


def _who(login, role):
    return login(CANDIDATE_ID) if role == "candidate" else login(role)


@pytest.mark.parametrize("role", ["anonymous", "candidate", "reviewer", "admin"])
def test_every_page_of_a_role_renders_without_exception(login, role):
    who = None if role == "anonymous" else _who(login, role)
    for page in PUBLIC + PAGES.get(role, []) + (["portal/ui/public/login.py"] if who is None else ["portal/ui/account.py", "portal/ui/messages.py"]):
        at = app(who, page)
        assert not at.exception, f"{page} as {role}: {at.exception}"
        assert "无权访问" not in texts(at), f"{page} refused {role}"


@pytest.mark.parametrize("role,page", [(r, p) for owner, pages in PAGES.items() for p in pages
                                       for r in ("anonymous", "candidate", "reviewer", "admin")
                                       if r != owner and not (r == "admin" and p in STAFF_ONLY)])
def test_a_page_of_another_role_shows_a_refusal_and_no_data(login, role, page):
    who = None if role == "anonymous" else _who(login, role)
    at = page_alone(page, who)
    assert not at.exception
    assert at.error and ("无权访问" in at.error[0].value or "请先登录" in at.error[0].value)
    assert not at.dataframe and not at.button and not at.file_uploader
