"""The project configuration file, ``hipaa-scan.yaml``.

Found in the working directory, or given with ``hipaa-scan --config FILE``. Validated against
``scanner/schemas/config.schema.json``; every error names file:line:col and exits 2.
Relative paths in it are relative to the file. Command-line flags override it: the CLI
hands the values to click as the commands' ``default_map``, so a flag given on the command
line wins and an absent one takes the file's value (click's ``ParameterSource`` says which).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hipaa_scan.scanner.errors import InputError
from hipaa_scan.scanner.yamlfile import YamlDoc, load_yaml, validate_doc

CONFIG_NAME = "hipaa-scan.yaml"


@dataclass(frozen=True)
class ProjectConfig:
    """A validated ``hipaa-scan.yaml``: its data (paths resolved) and where it came from."""

    path: Path
    data: dict

    def get(self, key: str, default=None):
        return self.data.get(key, default)

    @property
    def targets(self) -> dict:
        return self.data.get("targets") or {}

    def default_map(self) -> dict:
        """click ``default_map``: command → subcommand → option destination → value."""
        d = self.data
        gov: dict = {}
        for key, dest in (("waivers", "waivers_file"), ("baseline", "baseline_file"),
                          ("attestations", "attestations_file"), ("max_waiver_days", "max_waiver_days")):
            if key in d:
                gov[dest] = d[key]
        ev: dict = dict(gov)
        for key in ("fail_on", "allow_incomplete", "phi_only", "severity", "all_controls"):
            if key in d:
                ev[key] = d[key]
        for key in ("controls", "skip_controls", "citations"):  # lists, like the repeatable flags
            if key in d:
                ev[key] = list(d[key])
        if "phi_tags" in d:  # --phi-tag KEY=VALUE (repeatable)
            ev["phi_tags"] = [f"{k}={_scalar(v)}" for k, vals in d["phi_tags"].items()
                              for v in (vals if isinstance(vals, list) else [vals])]
        pol: dict = {}
        if "policy_dirs" in d:
            pol["policy_dirs"] = list(d["policy_dirs"])
        ev.update(pol)
        rep: dict = {}
        if "formats" in d:
            rep["formats_"] = ",".join(d["formats"])
        if "out" in d:
            rep["out_dir"] = d["out"]
        t = self.targets
        aws: dict = {}
        a = t.get("aws") or {}
        if "regions" in a:
            aws["regions"] = a["regions"] if isinstance(a["regions"], str) else ",".join(a["regions"])
        for key in ("profile", "endpoint_url", "workers"):
            if key in a:
                aws[key] = a[key]
        if "accounts" in a:
            aws["accounts"] = ",".join(a["accounts"])
        for key in ("org", "role_name", "external_id"):
            if key in a:
                aws[key] = a[key]
        tls: dict = {}
        tl = t.get("tls") or {}
        if "endpoints" in tl:
            tls["targets"] = list(tl["endpoints"])
        if "file" in tl:
            tls["endpoints_file"] = tl["file"]
        iac: dict = {}
        ia = t.get("iac") or {}
        if "path" in ia:
            iac["path"] = ia["path"]
        if "frameworks" in ia:
            iac["frameworks"] = ",".join(ia["frameworks"])
        host: dict = {}
        if (t.get("hosts") or {}).get("file"):
            host["hosts_file"] = t["hosts"]["file"]
        return {
            "evaluate": dict(ev),
            "report": dict(rep),
            "scan": {"aws": {**ev, **rep, **aws}, "tls": {**ev, **rep, **tls}, "iac": {**ev, **rep, **iac},
                     "host": {**ev, **rep, **host}},
            "collect": {"aws": dict(aws), "tls": dict(tls), "iac": dict(iac), "host": dict(host)},
            "policy": {"list": dict(pol), "test": dict(pol), "mapping": dict(pol), "new": {}},
            "attest": {"template": dict(pol)},
        }


def _scalar(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def find_config(explicit: Path | None, cwd: Path | None = None) -> Path | None:
    """``--config`` if given (it must exist), else ``./hipaa-scan.yaml`` if present, else None."""
    if explicit is not None:
        if not Path(explicit).is_file():
            raise InputError("config file not found", str(explicit))
        return Path(explicit)
    candidate = (cwd or Path.cwd()) / CONFIG_NAME
    return candidate if candidate.is_file() else None


def _resolve(doc: YamlDoc, value: str) -> str:
    p = Path(value).expanduser()
    return str(p if p.is_absolute() else (doc.base_dir / p))


def load_config(path: Path) -> ProjectConfig:
    """Load, validate and resolve a config file (errors: exit 2, file:line:col)."""
    doc = load_yaml(path, "config")
    validate_doc(doc, "config")
    data = dict(doc.data or {})
    if "formats" in data:
        from hipaa_scan.reports import formats

        known = formats()
        for i, name in enumerate(data["formats"]):
            if name not in known:
                raise doc.error(("formats", i), f"unknown format {name!r} (choose from {', '.join(known)})")
    for key in ("waivers", "baseline", "attestations"):
        if key in data:
            data[key] = _resolve(doc, data[key])
            if not Path(data[key]).is_file():
                raise doc.error((key,), f"{key} file {data[key]} does not exist")
    if "policy_dirs" in data:
        dirs = []
        for i, d in enumerate(data["policy_dirs"]):
            r = _resolve(doc, d)
            if not Path(r).is_dir():
                raise doc.error(("policy_dirs", i), f"policy directory {r} does not exist")
            dirs.append(r)
        data["policy_dirs"] = dirs
    if "out" in data:
        data["out"] = _resolve(doc, data["out"])
    targets = dict(data.get("targets") or {})
    for kind, key in (("hosts", "file"), ("tls", "file"), ("iac", "path")):
        section = targets.get(kind)
        if section and key in section:
            resolved = _resolve(doc, section[key])
            if not Path(resolved).exists():
                raise doc.error(("targets", kind, key), f"{resolved} does not exist")
            targets[kind] = dict(section, **{key: resolved})
    if targets:
        data["targets"] = targets
    return ProjectConfig(Path(path), data)


STARTER = """\
# hipaa-scan.yaml: project configuration for hipaa-scan.
# Every key is optional. Command-line flags override the values here; relative paths are
# relative to this file. Validate it with any command, e.g. `hipaa-scan policy list`.
version: 1

# What to scan (used by `hipaa-scan scan <source>` / `collect <source>` when no flag says otherwise).
targets:
  aws:
    regions: [us-east-1]            # or: all
    # profile: prod                 # AWS named profile (default: the standard credential chain)
    # accounts: ["123456789012"]    # scan only these accounts
    # org: true                     # every account of the AWS Organization ...
    # role_name: HipaaScanAudit     # ... (or of 'accounts') through this role
  # hosts: {file: hosts.yaml}       # Linux hosts to check over SSH
  # tls: {endpoints: ["portal.example.org:443"]}   # or {file: endpoints.yaml}
  # iac: {path: infra/}             # Terraform / CloudFormation / Kubernetes code

# Tags that mark a resource as holding ePHI (key: value, or key: [values]); like --phi-tag KEY=VALUE.
# phi_tags: {phi: "true"}
# phi_only: false                   # true: evaluate only resources in ePHI scope (like --phi-only)

# The CI gate: the lowest severity of an unwaived, new failure that fails the run (exit 1).
fail_on: high                        # critical | high | medium | low | never
# allow_incomplete: false            # true: do not exit 3 when something could not be read

# Which controls run (default: those the scanned sources feed; ids and globs; like --controls,
# --skip-controls, --severity, --citations, --all-controls).
# controls: ["AWS-S3-*", "IAC-*"]
# skip_controls: [AWS-CT-04]
# severity: medium                  # the lowest severity of a control that runs
# citations: ["164.312(a)(2)(iv)"]

# Reports.
formats: [json, junit, html]
out: hipaa-out

# Governance files (create them with the commands shown).
# waivers: waivers.yaml             # accepted risks, each with approver, ticket and expiry
# max_waiver_days: 365              # a waiver may expire at most this many days ahead
# baseline: baseline.json           # hipaa-scan baseline create results.json -o baseline.json
# attestations: attestations.yaml   # hipaa-scan attest template -o attestations.yaml

# Your own Rego controls (hipaa-scan policy new ACME-S3-01 --resource-type aws_s3_bucket --dir policies-custom).
# policy_dirs: [policies-custom]
"""


def write_starter(path: Path, force: bool = False) -> Path:
    path = Path(path)
    if path.exists() and not force:
        raise InputError("already exists; use --force to overwrite it", str(path))
    from hipaa_scan.scanner.outputs import write_file

    write_file(path, STARTER.encode("utf-8"), "--output")
    return path
