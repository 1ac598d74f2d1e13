"""Alembic environment of the history store: runs on the connection the store hands over.

hipaa-scan applies the migrations itself when it opens a store (scanner/history/store.py);
there is no alembic.ini and no online/offline URL handling here.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, render_as_batch=True,
                  transaction_per_migration=False)
with context.begin_transaction():
    context.run_migrations()
