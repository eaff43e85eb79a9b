"""Alembic environment: always runs on a connection handed in by ``factcheck.store.engine``."""

from alembic import context

from factcheck.store.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached by running `alembic` by hand
    raise SystemExit("Run migrations through factcheck (it opens the database safely).")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
    # PostgreSQL's schema check builds a reference desk in a scratch schema of its own.
    version_table_schema=context.config.attributes.get("version_table_schema"),
)
with context.begin_transaction():
    context.run_migrations()
