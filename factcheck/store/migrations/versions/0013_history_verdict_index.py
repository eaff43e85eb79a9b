"""A covering index of the history for the desk's review states: (claim_id, entity, action).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-09

A verdict's review state is read from its group's history rows (a status set proposes it,
a review row approves, returns, publishes…). The dashboard reads every group's last such
rows in one grouped pass over the history; with this index the pass reads the index alone
(the row id is in every index), not each history row beside it. Only an index is added;
every row is kept.
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_history_verdict", "history", ["claim_id", "entity", "action"])


def downgrade() -> None:
    op.drop_index("ix_history_verdict", table_name="history")
