"""`python -m tests.e2e.issued` (PORTAL_HOME set, portal stopped): three certificates on a home, for the
browser journey through the certificate list — passers imported through the real services, their
list taken through its notice period, the certificates issued (the services' own test passers)."""
import datetime as dt
import os
import tempfile
from pathlib import Path

from portal.services import startup
from portal.services.certificates import config
from portal.services.certificates.issue import issue_certificates
from tests.services.publication.passers import final_list, province_admin


def main() -> None:
    db = startup.open_portal(os.environ["PORTAL_HOME"])
    try:
        list_id, _ = final_list(db, Path(tempfile.mkdtemp()), 3, seed=41)
        admin = province_admin()
        config.set_issuing_unit(db, admin, user_id=admin.user_id, unit_code="4301", body_name="长沙市人力资源和社会保障局")
        issued = issue_certificates(db, admin, obtained_on=dt.date(2026, 10, 18), series="05", list_id=list_id)["issued"]
        print("issued", " ".join(n for _, n in issued))
    finally:
        db.close()


if __name__ == "__main__":
    main()
