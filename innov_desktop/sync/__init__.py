"""File-based sync with headquarters: bundle format, signing keys, export, verification, merge.

The layer is declared now so that the import contracts cover it from the start; the sync issue
fills it."""
