"""Everything the portal writes under its home is the owner's alone: the database and its
write-ahead log, uploads, backups and the audit checkpoint are 0600 files in 0700 folders, even when
the process started with a permissive umask."""
import stat
import subprocess
import sys

SCRIPT = """
import os, sys
os.umask(0o022)
from pathlib import Path
from portal.store import audit_anchor, backup
from portal.store.db import open_database
from portal.uploads import storage
home = Path(sys.argv[1])
db = open_database(home)
with db.transaction() as cur:
    cur.execute("CREATE TABLE scratch (x INTEGER)")
    cur.execute("INSERT INTO scratch VALUES (1)")
storage.store(home, b"%PDF-1.4 a candidate's scan")
with db.read() as cur:
    audit_anchor.write(home, cur)
backup.create(db, home / "backups" / "b1")
print(sorted(p.name for p in home.iterdir()))
"""


def test_database_uploads_backups_and_checkpoint_are_owner_only(tmp_path):
    home = tmp_path / "home"
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(home)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    seen = {p.relative_to(home).as_posix(): stat.S_IMODE(p.stat().st_mode) for p in [home, *home.rglob("*")]}
    assert "portal.duckdb" in seen and any(k.startswith("uploads/") for k in seen)
    assert any(k.startswith("backups/b1/") for k in seen) and any("checkpoint" in k for k in seen), sorted(seen)
    wide = {name: oct(mode) for name, mode in seen.items()
            if mode != (0o700 if (home / name).is_dir() else 0o600) and not name.endswith(".lock")}
    assert wide == {}
