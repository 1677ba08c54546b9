"""The portal process's database: opened once under PORTAL_HOME, with the document checks a stopped
server left unfinished started again. The pages receive it from here, never from the store."""
from __future__ import annotations

from portal.config import portal_home
from portal.services.cases import analysis
from portal.store.db import Database, open_database


def open_portal(home: str | None = None) -> Database:
    """Open (creating or migrating) the database under `home` or PORTAL_HOME and resume pending checks."""
    database = open_database(str(portal_home(home)))
    analysis.resume_pending(database)
    return database


def home_path() -> str:
    """PORTAL_HOME as an absolute path: the key under which a process keeps its one database."""
    return str(portal_home())
