"""``history export``: the auditor's package of the recorded scans of a period.

```
evidence-2026/
  index.html                 every scan (date, scope, counts, gate) linking to its report; opens in any browser
  SHA256SUMS                 `sha256sum -c SHA256SUMS` checks every file without hipaa-scan
  manifest.json              sha256 of every file below, signed (Ed25519 with --sign-key)
  scans/<started>-<scan id>/
    results.json             the scan's results document, rebuilt from the store
    report.html              its evidence report (and the other --format files)
    recorded-manifest.json   the manifest.json written when the scan ran (hashes of the reports of the day)
    manifest.json            this folder's files, signed
```

``hipaa-scan verify DIR --public-key KEY`` checks the whole package (every file is listed in the
top-level manifest, whose signature covers the hashes); each scan folder verifies on its own too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hipaa_scan.scanner.errors import InputError

if TYPE_CHECKING:
    from hipaa_scan.scanner.history.store import Store


@dataclass
class Exported:
    out_dir: Path
    scans: list[dict[str, Any]] = field(default_factory=list)
    files: int = 0
    signature: str | None = None


def _folder(started: str, scan_id: str) -> str:
    stamp = re.sub(r"[^0-9TZ]", "", started)[:16] or "undated"
    return f"{stamp}-{re.sub(r'[^A-Za-z0-9._-]', '_', scan_id)[:80]}"


def export(store: Store, out_dir: Path, *, since: str | None = None, until: str | None = None,
           account: str | None = None, formats: tuple[str, ...] = ("json", "html"), key: bytes | None = None,
           force: bool = False) -> Exported:
    from hipaa_scan.reports import manifest as mf
    from hipaa_scan.reports import write_reports
    from hipaa_scan.scanner.history.pages import render
    from hipaa_scan.scanner.history.trend import family_charts

    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()) and not force:
        raise InputError("is not empty; give a new directory (or --force to add to it)", str(out_dir))
    rows = store.list_scans(since=since, until=until, account=account)
    if not rows:
        raise InputError("no recorded scan in this period (see 'hipaa-scan history list')", "--from/--to")
    out_dir.mkdir(parents=True, exist_ok=True)
    names = list(dict.fromkeys(["json", *formats]))
    done = Exported(out_dir)
    for row in rows:
        folder = out_dir / "scans" / _folder(row.started_at, row.scan_id)
        folder.mkdir(parents=True, exist_ok=True)
        results: Any = store.results(row.pk)
        files = write_reports(results, folder, names, {})
        recorded = store.manifest(row.pk)
        if recorded is not None:
            rp = folder / "recorded-manifest.json"
            rp.write_text(json.dumps(recorded, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            files.append(rp)
        mf.write(folder, files, results=results, key=key)
        done.scans.append({**row.as_dict(), "folder": folder.relative_to(out_dir).as_posix(),
                           "report": (folder / "report.html").relative_to(out_dir).as_posix()
                           if "html" in names else None,
                           "policy_set_sha256": results.get("scan", {}).get("policy_set_sha256")})
    trend = store.trend(since=since, until=until, account=account)
    index = out_dir / "index.html"
    index.write_text(render("index.html.j2", title="hipaa-scan evidence package", scans=done.scans,
                            since=since, until=until, account=account, charts=family_charts(trend, 300, 90),
                            signed=bool(key)), encoding="utf-8")
    every = sorted(p for p in out_dir.rglob("*") if p.is_file() and p.relative_to(out_dir).as_posix() not in
                   (mf.MANIFEST, "SHA256SUMS") and not p.name.endswith(".tmp"))
    sums = out_dir / "SHA256SUMS"
    sums.write_text("".join(f"{mf.sha256_file(p)[0]}  {p.relative_to(out_dir).as_posix()}\n" for p in every),
                    encoding="utf-8")
    manifest = mf.build(out_dir, [*every, sums], key=key)
    (out_dir / mf.MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    done.files = len(every) + 2
    sig = manifest.get("signature")
    done.signature = sig.get("algorithm") if isinstance(sig, dict) else None
    return done
