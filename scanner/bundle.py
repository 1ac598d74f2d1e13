"""``hipaa-scan policy bundle``: the policy set as an OPA bundle (a gzipped tarball).

Layout, as OPA's bundle file format documents it (and as ``opa build`` writes it):

- ``/.manifest``: ``{"revision": <policy-set sha256>, "roots": ["hipaa", "hipaa_meta", "hipaa_scope"],
  "metadata": {...}}``; every policy and data path of the bundle lies under one of the roots,
  so OPA refuses Policy/Data API writes that would overwrite them;
- ``/hipaa/<source>/<service>/<control>.rego`` and ``/hipaa/lib/*.rego``: the modules (the
  ``*_test.rego`` files stay out);
- ``/hipaa_meta/data.json``: loaded at ``data.hipaa_meta``: the policy-set hash, the sha256 of
  every module's source by package, the controls, and the HIPAA catalogue;
- ``/hipaa_scope/data.json``: ``data.hipaa_scope``, the METADATA ``scope`` of scoped controls,
  which evaluation hands every engine (so the IaC controls compute only their own checks).

With ``--package-prefix acme.hipaa`` every package moves from ``hipaa.`` to ``acme.hipaa.``
(and ``data.hipaa`` references with it), and the metadata lives at ``data.acme.hipaa_meta``.
The tarball is reproducible: sorted entries, fixed times and owners.
"""

from __future__ import annotations

import gzip
import io
import json
import tarfile
from pathlib import Path

from hipaa_scan.scanner import __version__
from hipaa_scan.scanner.catalogue import catalogue_path
from hipaa_scan.scanner.opa_packages import (
    ROOT,
    check_prefix,
    meta_path,
    rebase_package,
    rebase_source,
    scope_data,
    source_sha256,
)
from hipaa_scan.scanner.policies import PolicySet

MTIME = 0


def bundle_files(policy_set: PolicySet, prefix: str = ROOT) -> dict[str, bytes]:
    """Name in the tarball → content."""
    check_prefix(prefix, "--package-prefix")
    files: dict[str, bytes] = {}
    packages: dict[str, str] = {}
    items = [(m.package, m.source) for m in policy_set.modules] + [(p.package, p.source) for p in policy_set.policies]
    for package, source in items:
        name = "/" + "/".join(rebase_package(package, prefix).split(".")) + ".rego"
        files[name] = rebase_source(source, prefix).encode("utf-8")
        packages[package] = source_sha256(source)
    meta = {
        "policy_set_sha256": policy_set.sha256,
        "scanner_version": __version__,
        "package_prefix": prefix,
        "packages": dict(sorted(packages.items())),
        "controls": [dict(p.summary(), package=rebase_package(p.package, prefix)) for p in policy_set.policies],
        "catalogue": json.loads(catalogue_path().read_text(encoding="utf-8")),
    }
    meta_root = meta_path(prefix)
    files["/" + meta_root.replace(".", "/") + "/data.json"] = (json.dumps(meta, indent=1, sort_keys=True) + "\n").encode()
    roots = [prefix.replace(".", "/"), meta_root.replace(".", "/")]
    for key, value in scope_data(policy_set).items():  # data the evaluation gives the engine
        root = rebase_package(key, prefix).replace(".", "/")
        files["/" + root + "/data.json"] = (json.dumps(value, indent=1, sort_keys=True) + "\n").encode()
        roots.append(root)
    manifest = {
        "revision": policy_set.sha256,
        "roots": roots,
        "metadata": {"name": "hipaa-scan", "scanner_version": __version__, "package_prefix": prefix},
    }
    files["/.manifest"] = (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode()
    return files


def write_bundle(policy_set: PolicySet, out: Path, prefix: str = ROOT) -> dict:
    """Write the bundle to ``out``; return its manifest."""
    files = bundle_files(policy_set, prefix)
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name in sorted(files):
            info = tarfile.TarInfo(name)
            info.size = len(files[name])
            info.mtime = MTIME
            info.mode = 0o644
            info.uname = info.gname = ""
            tar.addfile(info, io.BytesIO(files[name]))
    from hipaa_scan.scanner.outputs import staged_file

    with staged_file(Path(out), "--output") as part, open(part, "wb") as fh, \
            gzip.GzipFile(filename="", mode="wb", fileobj=fh, mtime=MTIME) as gz:
        gz.write(raw.getvalue())
    return json.loads(files["/.manifest"])
