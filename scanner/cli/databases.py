"""``hipaa-scan postgres grants`` and ``hipaa-scan mysql grants``: the collector's least-privilege login."""

from __future__ import annotations

import click


def _grants_command(engine: str, default_host: str | None) -> click.Command:
    params: list[click.Parameter] = [click.Option(["--role"], default="hipaa_audit", show_default=True,
                                                  help="Name of the login to create.")]
    if default_host is not None:
        params.append(click.Option(["--host"], default=default_host, show_default=True,
                                   help="Host pattern of the account (user@host)."))
        params.append(click.Option(["--flavor"], type=click.Choice(["mariadb", "mysql"]), default="mariadb",
                                   show_default=True, help="Server flavor (authentication plugin and grant tables)."))
    else:
        params.append(click.Option(["--database", "databases"], multiple=True, default=("postgres",),
                                   show_default=True, help="Database to grant CONNECT on (repeatable)."))

    def run(role: str, host: str = "%", databases: tuple[str, ...] = ("postgres",), flavor: str = "mariadb") -> None:
        from hipaa_scan.collectors.db import grants

        click.echo(grants(engine, role=role, host=host, databases=databases, flavor=flavor), nl=False)

    return click.Command("grants", callback=run, params=params,
                         help="Print the SQL that creates the read-only login the collector needs (nothing is run).")


@click.group()
def postgres() -> None:
    """PostgreSQL helpers (scan with `hipaa-scan scan postgres`)."""


@click.group()
def mysql() -> None:
    """MySQL/MariaDB helpers (scan with `hipaa-scan scan mysql`)."""


postgres.add_command(_grants_command("postgres", None))
mysql.add_command(_grants_command("mysql", "%"))

COMMANDS = [postgres, mysql]
