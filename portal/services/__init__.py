"""Service layer: one function per user action, each in one unit of work with its audit event.

Every function takes `db` (portal.store.db.Database) and, where someone acts, the caller's
`Principal`; it checks role, city and ownership before reading or writing and raises
`errors.PermissionDenied | NotFound | InvalidInput | Conflict` with a Chinese message.

- `cases/`         a case from draft to decision: submission, rounds, queue, decisions, admin operations
- `documents/`     uploaded files: accepting, storing, attaching to a slot, previews
- `people/`        who acts: login, accounts, staff, passwords, the candidate-list import, blacklist
- `publication/`   pass lists (公示): building, publishing, objections, exports, the working-day calendar
- `certificates/`  issuing configuration, issuance, revocation, public verification, the ministry report
- `views/`         read models the pages call (composed from the packages above, read-only)
- `startup`, `processing`, `control`, `output`, `system`: the portal process (its database, the job
  dispatcher and workers, the control socket the command line talks to) and the command line's upkeep
"""
