"""Read models the pages call, one module per screen family: composed from the other service
packages, read-only, scope-checked by the services they call."""
