"""SQLAlchemy models, engine setup, migrations, full-text search, backups and checks.

The only public door is `Database` (store.database); other layers never see ORM objects."""
