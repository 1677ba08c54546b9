"""Safe intake of uploaded files: validation from the bytes (type, limits, bombs, broken, encrypted or
active PDFs, file names) and content-addressed storage under PORTAL_HOME.

`validate(name, data, limits=None) -> Accepted` raises `Rejected` (message in Chinese);
`store(home, data) -> Path` writes the bytes once under their SHA-256 (temp file, fsync, rename)."""
from portal.uploads.limits import Limits
from portal.uploads.storage import store, stored_path
from portal.uploads.validate import Accepted, Rejected, validate

__all__ = ["Limits", "Accepted", "Rejected", "validate", "store", "stored_path"]
