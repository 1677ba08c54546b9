"""Certificates for final passers: issuing configuration (`config`), numbered and signed issuance
(`issue`), revocation with its cascade (`revoke`), public verification (`verify`), the ministry report
(`report`) and what they share (`common`: clock, signing key, row reading)."""
