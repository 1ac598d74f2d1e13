"""Run checkov's runner registry over a directory or file; record every check result.

Each (file, resource, check) result becomes one ``iac_check`` resource::

    {"id": "terraform/main.tf:aws_s3_bucket.phi:CKV_AWS_19", "name": "aws_s3_bucket.phi",
     "check_id": "CKV_AWS_19", "check_name": "Ensure the S3 bucket has server-side-encryption enabled",
     "result": "failed", "resource_address": "aws_s3_bucket.phi", "framework": "terraform",
     "file": "terraform/main.tf", "file_path": "terraform/main.tf", "start_line": 1, "end_line": 6, "line_range": [1, 6],
     "tags": {"phi": "true"}}

``file`` (and its alias ``file_path``, which the JUnit and SARIF writers read) is relative
to ``base`` (POSIX separators): the scanned directory by default; the CLI passes the
current directory when the scanned path lies inside it, so that a scan run from the
repository root gives repository-relative paths, which GitHub code scanning needs to
annotate pull-request lines. A skipped check (``#checkov:skip=CKV_AWS_19:reason``) carries
``suppressed: {reason, approver, source}``, which evaluation turns into a ``waived``
finding. A file checkov cannot parse, and a checkov crash, are inventory errors: the scan
is then incomplete (``error`` findings, exit 3), never a pass.
"""

from __future__ import annotations

import functools
import gc
import json
import logging
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from hipaa_scan.scanner.errors import CollectorError
from hipaa_scan.scanner.inventory import InventoryBuilder
from hipaa_scan.scanner.messages import error_text

COLLECTOR = "iac"
RESOURCE_TYPE = "iac_check"
FRAMEWORKS = ("terraform", "cloudformation", "kubernetes", "terraform_plan")
INSTALL_HINT = "checkov is not installed; run: pip install 'hipaa-scan[iac]'"
_RESULTS = {"PASSED": "passed", "FAILED": "failed", "SKIPPED": "skipped"}


def _load_checkov():
    """Import checkov's registry and the runners we use, or say how to install it."""
    try:
        from checkov.cloudformation.runner import Runner as CloudformationRunner
        from checkov.common.runners.runner_registry import RunnerRegistry
        from checkov.kubernetes.runner import Runner as KubernetesRunner
        from checkov.runner_filter import RunnerFilter
        from checkov.terraform.plan_runner import Runner as TerraformPlanRunner
        from checkov.terraform.runner import Runner as TerraformRunner
        from checkov.version import version
    except ImportError as exc:
        raise CollectorError(INSTALL_HINT) from exc
    runners = {
        "terraform": TerraformRunner,
        "cloudformation": CloudformationRunner,
        "kubernetes": KubernetesRunner,
        "terraform_plan": TerraformPlanRunner,
    }
    return RunnerRegistry, RunnerFilter, runners, version


def parse_frameworks(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """``"terraform,kubernetes"`` → ("terraform", "kubernetes"); unknown names are an error."""
    if value is None:
        return FRAMEWORKS
    items = value.split(",") if isinstance(value, str) else list(value)
    names = tuple(dict.fromkeys(x.strip() for x in items if x.strip()))
    unknown = [n for n in names if n not in FRAMEWORKS]
    if unknown or not names:
        raise CollectorError(f"unknown IaC framework {', '.join(unknown) or '(none)'}; choose from {', '.join(FRAMEWORKS)}")
    return names


@functools.lru_cache(maxsize=4096)
def _rel(path: str | None, root: Path) -> str:
    """``path`` relative to ``root``, with ``/`` separators (memoised: one file has
    many checks, and this runs once per check)."""
    if not path:
        return ""
    return os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")


def _tag_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, default=str)


# checkov's JSON/YAML parsers add line markers to every mapping, tags included.
_LINE_MARKERS = frozenset({"__startline__", "__endline__", "start_line", "end_line"})


def _tags(entity_tags) -> dict[str, str] | None:
    if not isinstance(entity_tags, dict):
        return None
    return {str(k): _tag_value(v) for k, v in entity_tags.items() if k not in _LINE_MARKERS}


def record_to_resource(record, framework: str, root: Path, base: Path | None = None) -> dict:
    """One checkov ``Record`` → one normalised ``iac_check`` resource."""
    result_obj = record.check_result.get("result")
    result = _RESULTS.get(getattr(result_obj, "name", str(result_obj)), str(result_obj).lower())
    address = record.resource_address or record.resource
    base = base or root
    file = _rel(record.file_abs_path, base)
    start, end = (list(record.file_line_range) + [None, None])[:2]
    resource = {
        "id": f"{file}:{address}:{record.check_id}",
        "name": address,
        "check_id": record.check_id,
        "check_name": record.check_name,
        "result": result,
        "resource_address": address,
        "framework": framework,
        "file": file,
        "file_path": file,
        "start_line": start,
        "end_line": end,
        "line_range": [start, end],
    }
    tags = _tags(record.entity_tags)
    if tags is not None:
        resource["tags"] = tags
    if record.caller_file_path:
        resource["module_caller"] = _rel(os.path.join(root, record.caller_file_path.lstrip("/")), base)
    if result == "skipped":
        resource["suppressed"] = {
            "reason": record.check_result.get("suppress_comment") or "No comment provided",
            "approver": "checkov skip comment",
            "source": "checkov",
        }
    return resource


def collect(path: Path | str, builder: InventoryBuilder, frameworks: Sequence[str] | str | None = None,
            base: Path | str | None = None) -> dict:
    """Scan ``path`` (a directory, or one file such as a plan JSON) into ``builder``.

    File paths in the inventory are relative to ``base`` (default: the scanned directory).

    Returns counts by result, for progress output. Raises :class:`CollectorError` when
    checkov is missing or the path does not exist (nothing was scanned at all).
    """
    frameworks = parse_frameworks(frameworks)
    target = Path(path)
    if not target.exists():
        raise CollectorError("path does not exist", str(path))
    RunnerRegistry, RunnerFilter, runner_classes, checkov_version = _load_checkov()
    root = (target if target.is_dir() else target.parent).resolve()
    base_dir = Path(base).resolve() if base is not None else root
    builder.add_source({"collector": COLLECTOR, "path": str(path), "paths_relative_to": str(base_dir),
                        "frameworks": list(frameworks), "checkov_version": checkov_version})
    registry = RunnerRegistry("", RunnerFilter(framework=list(frameworks)),
                              *(runner_classes[f]() for f in frameworks))
    checkov_logger = logging.getLogger("checkov")
    previous_level = checkov_logger.level
    if not checkov_logger.isEnabledFor(logging.DEBUG):
        checkov_logger.setLevel(logging.CRITICAL)  # its parse warnings become inventory errors instead
    try:
        if target.is_dir():
            reports = registry.run(root_folder=str(root))
        else:
            reports = registry.run(root_folder=None, files=[str(target.resolve())])
    except Exception as exc:  # checkov crashed: the whole scan is incomplete, recorded as such
        code, message = error_text(f"CheckovCrash:{type(exc).__name__}", str(exc) or repr(exc))
        builder.error(COLLECTOR, RESOURCE_TYPE, code, message, operation="checkov run")
        return {"passed": 0, "failed": 0, "skipped": 0, "parsing_errors": 0}
    finally:
        checkov_logger.setLevel(previous_level)
    # checkov leaves a large object graph behind; a cyclic-GC pass over it while we build
    # thousands of small dicts costs more than the conversion itself (4x on 15,000 checks).
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _add_reports(reports, builder, root, base_dir)
    finally:
        if gc_was_enabled:
            gc.enable()


def _add_reports(reports, builder: InventoryBuilder, root: Path, base: Path | None = None) -> dict:
    base = base or root
    counts = {"passed": 0, "failed": 0, "skipped": 0, "parsing_errors": 0}
    by_id: dict[str, dict] = {}
    broken: set[str] = set()
    for report in reports:
        framework = report.check_type
        for rec in (*report.passed_checks, *report.failed_checks, *report.skipped_checks):
            res = record_to_resource(rec, framework, root, base)
            by_id.setdefault(res["id"], res)
    # checkov attaches tags to some records of a resource only (graph checks): give every
    # check of the same resource the tags checkov knows for it.
    tags_of: dict[tuple[str, str], dict] = {}
    for res in by_id.values():
        if res.get("tags"):
            tags_of.setdefault((res["file"], res["resource_address"]), res["tags"])
    for res in by_id.values():
        known = tags_of.get((res["file"], res["resource_address"]))
        if known is not None:
            res["tags"] = dict(known)
        counts[res["result"]] = counts.get(res["result"], 0) + 1
        builder.add(RESOURCE_TYPE, res)
    for report in reports:
        framework = report.check_type
        for failed_file in report.parsing_errors:
            rel = _rel(failed_file, base)
            if rel in broken:
                continue
            broken.add(rel)
            counts["parsing_errors"] += 1
            builder.error(COLLECTOR, RESOURCE_TYPE, "ParseError",
                          f"checkov ({framework}) could not parse {rel}; its resources were not checked",
                          resource_id=rel, operation=f"checkov {framework} parse")
    return counts
