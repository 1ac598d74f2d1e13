"""Infrastructure-as-code collector: checkov results as ``iac_check`` resources.

checkov runs as a library (its runner registry), never by scraping its CLI output. It is
an optional dependency (``pip install 'hipaa-scan[iac]'``) because it pins an old boto3;
it is imported lazily, inside :func:`collect`, so the rest of hipaa-scan works without it.
"""

from hipaa_scan.collectors.iac.runner import FRAMEWORKS, collect

__all__ = ["FRAMEWORKS", "collect"]
