"""`collect tls --from-inventory`: endpoints come from what the AWS collector really wrote."""

from __future__ import annotations

from demo.breadth import seed_edge
from demo.clinic import seed_s3
from hipaa_scan.collectors.aws import collect_aws
from hipaa_scan.collectors.tls.endpoints import endpoints_from_inventory
from hipaa_scan.scanner.inventory import InventoryBuilder


def test_load_balancer_dns_names_from_a_moto_scan_become_tls_endpoints(aws_session, moto_server):
    seed_s3(aws_session, moto_server.endpoint)
    seed_edge(aws_session, moto_server.endpoint)
    builder = InventoryBuilder()
    collect_aws(builder, session=aws_session, regions=["us-east-1"], endpoint_url=moto_server.endpoint, workers=4)
    inv = builder.document()
    lbs = {lb["name"]: lb for lb in inv["resources"]["aws_lb"]}
    portal = lbs["patient-portal"]
    assert portal["dns_name"] and portal["dns_name"].startswith("patient-portal")
    eps = {e.id for e in endpoints_from_inventory(inv)}
    assert f"{portal['dns_name']}:443" in eps
    assert f"{lbs['intranet']['dns_name']}:443" in eps
