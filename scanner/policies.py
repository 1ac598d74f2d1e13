"""Policy discovery and METADATA loading.

A policy is one ``.rego`` file with a METADATA comment block before its ``package``
line (docs/contracts.md, "Policy METADATA"). The block is read with PyYAML, since regorus has no
``rego.metadata.*``. Everything is validated here, once, so that a bad policy is an
exit-2 error naming its file and line — never a silently skipped control.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import NoReturn

import yaml

from hipaa_scan.scanner.catalogue import Catalogue, load_catalogue
from hipaa_scan.scanner.errors import PolicyError

SEVERITIES = ("critical", "high", "medium", "low")
_NA_RE = re.compile(r"^not_applicable\b", re.M)
REQUIRED_CUSTOM = ("id", "severity", "hipaa", "resource_type", "remediation")
_PACKAGE_RE = re.compile(r"^package\s+([A-Za-z_][\w.]*)\s*$", re.M)
_ID_RE = re.compile(r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")


def builtin_policy_dir() -> Path:
    """The directory of the built-in policies, from an installed wheel or a checkout."""
    return Path(str(resources.files("hipaa_scan.policies")))


@dataclass(frozen=True)
class Policy:
    """One control: its Rego source and the METADATA that travels into every finding."""

    id: str
    title: str
    description: str
    severity: str
    hipaa: tuple[str, ...]
    resource_type: str
    remediation: str
    package: str
    path: Path
    source: str
    evidence: tuple[str, ...] = ()
    reads: tuple[str, ...] = ()
    custom: dict = field(default_factory=dict, compare=False, hash=False)
    builtin: bool = True

    @property
    def deny_rule(self) -> str:
        return f"data.{self.package}.deny"

    @property
    def not_applicable_rule(self) -> str | None:
        """``data.<package>.not_applicable`` when the policy defines that rule, else None."""
        return f"data.{self.package}.not_applicable" if _NA_RE.search(self.source) else None

    @property
    def evidence_optional(self) -> dict:
        """METADATA ``evidence_optional``: evidence fields whose absence or null is a compliant
        state for this control, each with the reason (read by the mutation test)."""
        return self.custom.get("evidence_optional") or {}

    def summary(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "description": self.description,
            "severity": self.severity,
            "hipaa": list(self.hipaa),
            "resource_type": self.resource_type,
            "remediation": self.remediation,
        }


@dataclass(frozen=True)
class Module:
    """A Rego module that is not a control: a shared library (``lib/``)."""

    package: str
    path: Path
    source: str


@dataclass
class PolicySet:
    policies: list[Policy]
    modules: list[Module]
    roots: list[Path]

    @property
    def sha256(self) -> str:
        """Hash of every policy and library source and of the catalogue."""
        h = hashlib.sha256()
        items = [(p.package, p.source) for p in self.policies] + [
            (m.package, m.source) for m in self.modules
        ]
        for package, source in sorted(items):
            h.update(package.encode() + b"\0" + source.encode() + b"\0")
        from hipaa_scan.scanner.catalogue import catalogue_path

        h.update(catalogue_path().read_bytes())
        return h.hexdigest()

    def by_id(self) -> dict[str, Policy]:
        return {p.id: p for p in self.policies}


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def parse_metadata(text: str, path: Path) -> tuple[dict, int]:
    """Return the METADATA mapping and the line number of its ``# METADATA`` marker."""
    lines = text.splitlines()
    start = None
    for i, line in enumerate(lines):
        if line.strip() == "# METADATA":
            start = i
            break
        if line.startswith("package "):
            break
    if start is None:
        raise PolicyError("no '# METADATA' comment block before the package line", f"{_rel(path)}:1")
    body = []
    for line in lines[start + 1 :]:
        if not line.startswith("#"):
            break
        body.append(line[2:] if line.startswith("# ") else line[1:])
    try:
        meta = yaml.safe_load("\n".join(body))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        lineno = start + 2 + (mark.line if mark else 0)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise PolicyError(f"METADATA is not valid YAML: {problem}", f"{_rel(path)}:{lineno}") from None
    if not isinstance(meta, dict):
        raise PolicyError("METADATA must be a YAML mapping", f"{_rel(path)}:{start + 1}")
    return meta, start + 1


def _line_of(text: str, key: str, default: int) -> int:
    for i, line in enumerate(text.splitlines(), 1):
        if re.match(rf"^#\s+{re.escape(key)}\s*:", line):
            return i
    return default


def read_source(path: Path) -> str:
    """A Rego file's text, decoded strictly: bytes that are not UTF-8 are one error naming the
    file and line (a Rego module is UTF-8 text; guessing an encoding would change what it says)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise PolicyError(f"cannot read: {exc.strerror or exc}", _rel(Path(path))) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise PolicyError(f"not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8",
                          f"{_rel(Path(path))}:{line}") from None


def load_policy(path: Path, root: Path, catalogue: Catalogue, builtin: bool) -> Policy:
    text = read_source(path)
    where = _rel(path)
    meta, meta_line = parse_metadata(text, path)
    m = _PACKAGE_RE.search(text)
    if not m:
        raise PolicyError("no package declaration", f"{where}:1")
    package = m.group(1)
    pkg_line = text[: m.start()].count("\n") + 1
    rel = path.relative_to(root).with_suffix("")
    expected = "hipaa." + ".".join(rel.parts)
    if package != expected:
        raise PolicyError(f"package {package} does not mirror its path (expected {expected})", f"{where}:{pkg_line}")

    def fail(key: str, msg: str) -> NoReturn:
        raise PolicyError(msg, f"{where}:{_line_of(text, key, meta_line)}")

    for key in ("title", "description"):
        if not isinstance(meta.get(key), str) or not meta[key].strip():
            fail(key, f"METADATA needs a non-empty '{key}'")
    custom = meta.get("custom")
    if not isinstance(custom, dict):
        fail("custom", "METADATA needs a 'custom' mapping with id, severity, hipaa, resource_type, remediation")
    for key in REQUIRED_CUSTOM:
        if key not in custom or custom[key] in (None, "", []):
            fail(key if key in text else "custom", f"METADATA custom block is missing '{key}'")
    if not isinstance(custom["id"], str) or not _ID_RE.match(custom["id"]):
        fail("id", f"control id {custom['id']!r} is not of the form AREA-SVC-NN (upper case, dashes)")
    if custom["severity"] not in SEVERITIES:
        fail("severity", f"severity {custom['severity']!r} is not one of {', '.join(SEVERITIES)}")
    hipaa = custom["hipaa"]
    if not isinstance(hipaa, list) or not all(isinstance(c, str) for c in hipaa):
        fail("hipaa", "'hipaa' must be a list of citation strings")
    for c in hipaa:
        if c not in catalogue:
            fail("hipaa", f"unknown HIPAA citation {c!r} (not in the Security Rule catalogue)")
    for key in ("resource_type", "remediation"):
        if not isinstance(custom[key], str):
            fail(key, f"'{key}' must be a string")
    for key in ("evidence", "reads"):
        val = custom.get(key, [])
        if not isinstance(val, list) or not all(isinstance(v, str) for v in val):
            fail(key, f"'{key}' must be a list of strings")
    optional = custom.get("evidence_optional")
    if optional is not None and not (
        isinstance(optional, dict) and all(isinstance(k, str) and isinstance(v, str) and v.strip()
                                           for k, v in optional.items())
    ):
        fail("evidence_optional", "'evidence_optional' must map evidence fields to the reason their absence passes")
    scope = custom.get("scope")
    if scope is not None and not (
        isinstance(scope, dict) and set(scope) == {"field", "in"} and isinstance(scope["field"], str)
        and isinstance(scope["in"], list) and scope["in"]
        and all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in scope["in"])
    ):
        fail("scope", "'scope' must be a mapping {field: <dotted field>, in: [<values>, ...]} with a non-empty list")
    return Policy(
        id=custom["id"],
        title=meta["title"].strip(),
        description=" ".join(meta["description"].split()),
        severity=custom["severity"],
        hipaa=tuple(hipaa),
        resource_type=custom["resource_type"],
        remediation=" ".join(custom["remediation"].split()),
        package=package,
        path=path,
        source=text,
        evidence=tuple(custom.get("evidence", [])),
        reads=tuple(custom.get("reads", [])),
        custom=custom,
        builtin=builtin,
    )


def _is_library(path: Path, root: Path) -> bool:
    return path.relative_to(root).parts[0] == "lib"


def discover(root: Path) -> tuple[list[Path], list[Path], list[Path]]:
    """Return (policy files, library files, test files) under ``root``, sorted."""
    policies, libs, tests = [], [], []
    for p in sorted(root.rglob("*.rego")):
        if p.name.endswith("_test.rego"):
            tests.append(p)
        elif _is_library(p, root):
            libs.append(p)
        else:
            policies.append(p)
    return policies, libs, tests


def load_policy_set(extra_dirs: list[Path] | tuple[Path, ...] = ()) -> PolicySet:
    """Load the built-in policies plus every ``--policy-dir``; validate all of them."""
    catalogue = load_catalogue()
    roots = [builtin_policy_dir()] + [Path(d) for d in extra_dirs]
    policies: list[Policy] = []
    modules: list[Module] = []
    seen: dict[str, Policy] = {}
    for i, root in enumerate(roots):
        if not root.is_dir():
            raise PolicyError("policy directory does not exist", _rel(root))
        pols, libs, _ = discover(root)
        for path in pols:
            pol = load_policy(path, root, catalogue, builtin=(i == 0))
            if pol.id in seen:
                other = seen[pol.id]
                raise PolicyError(
                    f"control id {pol.id} is already defined by {_rel(other.path)}",
                    f"{_rel(path)}:{_line_of(pol.source, 'id', 1)}",
                )
            seen[pol.id] = pol
            policies.append(pol)
        for path in libs:
            text = read_source(path)
            m = _PACKAGE_RE.search(text)
            if not m:
                raise PolicyError("no package declaration", f"{_rel(path)}:1")
            modules.append(Module(m.group(1), path, text))
    policies.sort(key=lambda p: p.id)
    if len(roots) > 1:
        builtin = builtin_policy_dir()
        _check_parses([p for p in policies if not p.builtin], [m for m in modules if builtin not in m.path.parents])
    return PolicySet(policies, modules, roots)


def _check_parses(policies: list[Policy], modules: list[Module]) -> None:
    """Refuse a custom (``--policy-dir``) policy or library that does not parse: exit 2, file:line:col."""
    from hipaa_scan.scanner.engine import EmbeddedEngine

    engine = EmbeddedEngine()
    items: list[Module | Policy] = [*modules, *policies]
    for item in items:
        engine.add_module(_rel(item.path), item.source)
