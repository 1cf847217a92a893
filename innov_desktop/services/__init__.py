"""One function per user action. Each owns its transaction, takes and returns dataclasses, reports
progress through a callback and never imports Qt or SQLAlchemy (the store does the SQL)."""
