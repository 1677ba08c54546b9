"""The portal process's database: opened once under PORTAL_HOME, with its dispatcher and workers
started (and the jobs a stopped portal left queued again). The pages receive it from here, never
from the store."""
from __future__ import annotations

from portal.config import portal_home
from portal.services import control, processing
from portal.store.db import Database, open_database


def open_portal(home: str | None = None) -> Database:
    """Open (creating or migrating) the database under `home` or PORTAL_HOME and start processing."""
    database = open_database(str(portal_home(home)))
    processing.start(database)
    control.serve(database.home)
    return database


def home_path() -> str:
    """PORTAL_HOME as an absolute path: the key under which a process keeps its one database."""
    return str(portal_home())
