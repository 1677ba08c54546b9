"""DuckDB storage for the portal. SQL lives only in sql/.

What the services use:
- `portal.store.db.open_database(home) -> Database`: the process's database under `home`
  (`home/portal.duckdb`), opened once per process and migrated; `Database(":memory:")` +
  `db.migrate()` for tests. Raises `migrations.SchemaTooNew` if the file is newer than the code.
- `with db.transaction() as cur:` one unit of work. Writes are serialised by a process-wide lock;
  commits on success, rolls back on any exception; re-entrant within one thread (an inner
  `transaction()` joins the outer one). Call `audit.append(cur, ...)` inside it for every change.
- `with db.read() as cur:` the calling thread's cursor (DuckDB: one connection per process, one
  cursor per thread); sees committed data only.
- `portal.store.queries.q(name)`: text of `sql/queries/<name>.sql`; use named `$param`s with a dict:
  `cur.execute(q("select_case"), {"case_id": 7})`.
- `sql/migrations/NNNN_<what>.sql`: applied in order on open, each in one transaction with its
  row in `schema_migrations`.
- `portal.store.audit.append(cur, *, actor, role, action, entity, entity_id, before, after)`: the
  event is staged in the open transaction (`audit_staged`, one row) and sealed into the keyed chain
  after COMMIT by `audit_sealer` (background, batches; `audit_sealer.flush(db)` seals now, and
  verify, backup, checkpoint, re-keying and close call it). Read events from the view `audit_log`
  (sealed and staged); `audit.verify(cur) -> (n_events, None) | (first_bad_seq, why)`;
  `audit.trail(cur, entity, id)`.
- `portal.store.db.close_all()`: close cached databases (before restore; in tests).
- `portal.store.backup.create(db, target)` / `backup_check.check(source, home)` / `backup_restore.restore(source, home)`.
- `portal.store.clock.now()`: naive Beijing time used for windows, leases and deadlines (tests patch it).
- `portal.store.rows.one/many/scalar(cur, query_name, params)`: named query -> dicts.
- Writes must go through `db.transaction()`: the newest event's seq is cached per Database
  (advanced only by a COMMIT; a sealer that finds staged events not following the head refuses).
- Env `PORTAL_DUCKDB_THREADS`: DuckDB worker threads (default 1, see `db.duckdb_config`).
- Env `PORTAL_DUCKDB_MEMORY`: DuckDB's memory limit, e.g. `512MB` (default: DuckDB's, 80 % of RAM).
"""
