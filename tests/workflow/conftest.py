"""Shared fixtures for workflow tests: an in-memory database built from the real migrations."""
import pytest

from portal.store.db import Database


@pytest.fixture
def db():
    database = Database(":memory:")
    database.migrate()
    yield database
    database._con.close()


@pytest.fixture
def world(db, tmp_path, monkeypatch):
    from tests.workflow.world import World
    return World(db, tmp_path, monkeypatch)
