"""The demo home for tests: built once per session by the real commands (`portal init`, then `portal demo
--formats pdf`: text PDFs, so nothing waits for OCR; test-sized argon2) and copied whole for each test or portal that uses
it — database, keys, uploads and checkpoint, with their 0600/0700 modes — so no test sees another's
changes. `fingerprint` lets the session check at its end that no test wrote into the original."""
from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# argon2id at the test-sized cost every in-process test uses (the cheap_argon2 fixture): the demo's
# passwords are hashed with it, so each of the many demo logins in tests verifies in milliseconds
TEST_ARGON2 = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}
COMMAND = ("import sys; from argon2 import PasswordHasher; from portal.services.people import passwords; "
           f"passwords._hasher = PasswordHasher(**{TEST_ARGON2!r}); from portal.cli import main; sys.exit(main())")


def build(home: Path) -> Path:
    """A fresh home with the demo loaded by the `portal` command's own entry point, the way `make run`
    prepares one (fails loudly, with the output)."""
    for cmd in (["init"], ["demo", "--formats", "pdf"]):
        done = subprocess.run([sys.executable, "-c", COMMAND, "--home", str(home), *cmd], capture_output=True, text=True,
                              timeout=600, cwd=ROOT)
        assert done.returncode == 0, f"portal {' '.join(cmd)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}"
    return home


def copy(template: Path, home: Path) -> Path:
    """`home` becomes an independent copy of the template (file contents and modes)."""
    shutil.copytree(template, home, symlinks=True)
    return home


def fingerprint(home: Path) -> str:
    """SHA-256 over every path under `home`, its mode and its content."""
    digest = hashlib.sha256()
    for path in sorted(home.rglob("*")):
        digest.update(f"{path.relative_to(home).as_posix()}\0{path.stat().st_mode:o}\0".encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()
