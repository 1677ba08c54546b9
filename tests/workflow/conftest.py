"""Shared fixtures for workflow tests: an in-memory database built from the real migrations."""
import pytest
from argon2 import PasswordHasher

from portal.services import passwords

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


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch):
    """Still argon2id, with test-sized cost (the default costs ~0.1-0.7 s per hash on this machine)."""
    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
