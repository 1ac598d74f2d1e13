"""ACM: certificates (days until expiry, measured at collection time)."""

from __future__ import annotations

from hipaa_scan.collectors.aws.base import AwsContext, ResourceSpec, listed, paginate, read
from hipaa_scan.scanner.types import Resource


def collect_certificates(ctx: AwsContext, region: str) -> None:
    rt = "aws_acm_certificate"
    acm = ctx.client("acm", region)
    for c in listed(ctx, rt, paginate(acm, "list_certificates", "CertificateSummaryList"), "CertificateArn",
                    region=region, operation="ListCertificates"):
        arn = c["CertificateArn"]
        res: Resource = {"id": arn, "name": c.get("DomainName") or arn, "account": ctx.account, "region": region}
        ok, out = read(ctx, rt, acm.describe_certificate, region=region, resource_id=arn, field="days_to_expiry",
                       CertificateArn=arn)
        if ok:
            cert = out.get("Certificate", {})
            not_after = cert.get("NotAfter")
            res.update(status=cert.get("Status"), type=cert.get("Type"),
                       in_use=bool(cert.get("InUseBy")), renewal_eligibility=cert.get("RenewalEligibility"),
                       not_after=not_after.isoformat() if not_after else None,
                       days_to_expiry=(not_after - ctx.clock()).days if not_after else None)
        ctx.inventory.add(rt, res)


SPECS = [
    ResourceSpec("aws_acm_certificate", "acm", "regional", ("acm:ListCertificates", "acm:DescribeCertificate"),
                 collect_certificates, "ACM certificates"),
]
