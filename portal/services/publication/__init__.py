"""Pass lists (公示): building, reviewing, publishing and finalising (`lists`), objections
(`objections`), entries and exports (`exports`), the working-day calendar (`calendar`) and the pieces
they share (`common`)."""
