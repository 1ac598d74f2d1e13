# METADATA
# title: Security groups do not open database ports to the internet
# description: No security group may allow 0.0.0.0/0 or ::/0 to reach MySQL, PostgreSQL, SQL Server, Oracle, Redis, MongoDB, Elasticsearch or Cassandra ports.
# custom:
#   id: AWS-EC2-08
#   severity: critical
#   hipaa: ["164.312(a)(1)", "164.308(a)(4)(ii)(B)"]
#   resource_type: aws_security_group
#   evidence: [ingress]
#   remediation: Remove the world-open rule; allow only the application tier's security group as the source.
package hipaa.aws.ec2.sg_database_ports

import data.hipaa.lib.resource as res
import rego.v1

deny contains {"id": g.id, "msg": sprintf("Security group %s allows the internet to reach database port %d.", [res.label(g), port])} if {
	some g in input.resources.aws_security_group
	some port in [1433, 1521, 3306, 5432, 6379, 9042, 9200, 27017]
	_open(g, port)
}

deny contains {"id": g.id, "msg": sprintf("Security group %s: its ingress rules could not be read.", [res.label(g)])} if {
	some g in input.resources.aws_security_group
	not is_array(g.ingress)
}

_world := {"0.0.0.0/0", "::/0"}

_open(g, port) if {
	some rule in g.ingress
	some cidr in rule.cidrs
	cidr in _world
	rule.protocol in {"all", "tcp", "6"}
	_covers(rule, port)
}

_covers(rule, _) if rule.protocol == "all"

_covers(rule, port) if {
	rule.from_port <= port
	port <= rule.to_port
}
