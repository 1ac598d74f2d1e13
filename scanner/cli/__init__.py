"""The ``hipaa-scan`` command line (click): thin over the pipeline (scanner/pipeline.py).

One module per command group: collect.py (``collect`` and ``scan``, one flow per source),
results.py (``evaluate``, ``report``, ``verify``, ``merge``), policy.py (``policy …``) and
files.py (``init``, ``baseline``, ``attest``, ``aws``). Option groups are shared decorators
(options.py, sources.py) that hand each command typed settings; console.py prints.

Domain errors (:class:`~hipaa_scan.scanner.errors.HipaaScanError`) are caught once, in
:class:`HipaaGroup`, and printed as one line (``--debug`` shows the traceback); a library of
a missing extra is named with its install line (scanner/extras.py).
"""

from __future__ import annotations

import os
import signal
import sys
import traceback
from pathlib import Path
from typing import Any

import click

from hipaa_scan.scanner import __version__, interrupt
from hipaa_scan.scanner.cli import collect as collect_module
from hipaa_scan.scanner.cli import databases, files, policy, results
from hipaa_scan.scanner.cli.console import error
from hipaa_scan.scanner.errors import EPILOG_EXIT, ExitCode, HipaaScanError
from hipaa_scan.scanner.extras import MissingExtra, extra_of


class HipaaGroup(click.Group):
    """The root group: catches domain errors once, prints one line, returns the exit code."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        previous = interrupt.install()
        try:
            rv = super().main(args=argv, prog_name=prog_name or "hipaa-scan", complete_var=complete_var,
                              standalone_mode=False, **extra)
            code = int(rv or 0) if isinstance(rv, int) else 0
        except HipaaScanError as exc:
            if "--debug" in argv:
                traceback.print_exc()
            error(str(exc))
            code = int(exc.exit_code)
        except ModuleNotFoundError as exc:
            name = extra_of(exc.name)
            if name is None:
                raise
            if "--debug" in argv:
                traceback.print_exc()
            error(str(MissingExtra(name, exc.name or name)))
            code = int(ExitCode.USAGE)
        except click.exceptions.Exit as exc:
            code = exc.exit_code
        except click.exceptions.NoArgsIsHelpError as exc:
            exc.show()
            code = int(ExitCode.USAGE)
        except click.UsageError as exc:
            # one line, naming the command and the flag: "scan aws: No such option: -o"
            command = exc.ctx.command_path if exc.ctx is not None else "hipaa-scan"
            shown = command.removeprefix("hipaa-scan").strip()
            error(f"{shown + ': ' if shown else ''}{exc.format_message()} (see '{command} --help')")
            code = int(ExitCode.USAGE)
        except click.ClickException as exc:
            error(exc.format_message())
            code = int(ExitCode.USAGE)
        except click.exceptions.Abort:
            error("aborted")
            code = int(ExitCode.USAGE)
        except (KeyboardInterrupt, interrupt.Interrupted) as exc:
            name = str(exc) if isinstance(exc, interrupt.Interrupted) else "SIGINT"
            error(f"interrupted ({name}); this run's outputs were not written (any staged output was removed)")
            code = exc.exit_code if isinstance(exc, interrupt.Interrupted) else 130
        finally:
            interrupt.restore(previous)
        if standalone_mode:
            sys.exit(code)
        return code


@click.group(cls=HipaaGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
             epilog=EPILOG_EXIT)
@click.version_option(__version__, "--version", prog_name="hipaa-scan")
@click.option("--debug", is_flag=True, help="Show the traceback of errors.")
@click.option("--config", "config_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Project configuration (default: ./hipaa-scan.yaml if present). Flags override it.")
@click.pass_context
def cli(ctx: click.Context, debug: bool, config_file: Path | None) -> None:
    """HIPAA Security Rule compliance scanner and policy-as-code engine.

    \b
    Collect configuration (read-only), evaluate it with Rego controls that cite the
    Security Rule (45 CFR 164.308/.310/.312/.316), write reports, and gate CI:
      hipaa-scan scan aws --regions us-east-1,eu-west-1 --out out/ --fail-on high
      hipaa-scan collect aws -o inventory.json
      hipaa-scan evaluate inventory.json -o results.json
      hipaa-scan report results.json --format junit,json,html --out out/
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    ctx.obj["config"] = None
    if ctx.invoked_subcommand != "init" and not ctx.resilient_parsing:
        from hipaa_scan.scanner.config import find_config, load_config

        found = find_config(config_file)
        if found is not None:
            ctx.obj["config"] = load_config(found)
            ctx.default_map = ctx.obj["config"].default_map()


for _command in [collect_module.collect, collect_module.scan, *results.COMMANDS, policy.policy, *files.COMMANDS,
                 *databases.COMMANDS]:
    cli.add_command(_command)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code (domain errors → one line, exit 2)."""
    return int(cli.main(args=argv, prog_name="hipaa-scan", standalone_mode=False))


def entry() -> None:
    code = main()
    if code in (128 + signal.SIGINT, 128 + signal.SIGTERM):
        # interrupted: do not wait for worker threads still blocked in a network read
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)
