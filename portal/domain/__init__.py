"""The pure case domain: case states, actions and transitions (`case`), code → Chinese names
(`names`), the self-check answers (`declared`), candidate-list rows (`list_rows`), masking of personal
numbers (`masking`) and the unit tree (`units`). No SQL, no audit writes, nothing from services."""
