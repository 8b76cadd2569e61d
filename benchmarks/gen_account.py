#!/usr/bin/env python3
"""Generates a synthetic AWS account snapshot in the layout `mailpath-cli import` reads.

One region, VPC 0 is the shared-services VPC with the SMTP relays behind internal network
load balancers; every other VPC has a public subnet with a NAT gateway and an internet
gateway, private subnets with the workload ENIs (EC2 instances and some Lambda ENIs), and
(optionally) an SES interface endpoint with private DNS. A transit gateway joins the VPCs.
Security groups and network ACLs carry 10-30 rules each, a few of them deliberately
blocking SMTP, so a matrix has both verdicts.

    benchmarks/gen_account.py --enis 10000 --vpcs 40 --subnets-per-vpc 5 -o /tmp/account
"""

import argparse
import json
import os
import random

SMTP_PORTS = [25, 465, 587, 2465, 2587]
COMMON_PORTS = [22, 80, 443, 3306, 5432, 6379, 8080, 8443, 9090, 9200]


def tags(name):
    return [{"Key": "Name", "Value": name}]


class Ids:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def make(self, prefix):
        while True:
            value = f"{prefix}-{self.rng.getrandbits(68):017x}"
            if value not in self.used:
                self.used.add(value)
                return value


def cidr_of(vpc_index, subnet_index=None):
    a, b = 10 + vpc_index // 250, vpc_index % 250
    if subnet_index is None:
        return f"{a}.{b}.0.0/16"
    return f"{a}.{b}.{4 * subnet_index}.0/22"


def ip_in(vpc_index, subnet_index, host):
    a, b = 10 + vpc_index // 250, vpc_index % 250
    return f"{a}.{b}.{4 * subnet_index + host // 250}.{4 + host % 250}"


def perm(protocol, lo=None, hi=None, cidr=None, group=None, account="123456789012"):
    p = {"IpProtocol": protocol, "IpRanges": [], "Ipv6Ranges": [], "PrefixListIds": [],
         "UserIdGroupPairs": []}
    if protocol != "-1":
        p["FromPort"], p["ToPort"] = lo, hi
    if cidr:
        p["IpRanges"].append({"CidrIp": cidr})
    if group:
        p["UserIdGroupPairs"].append({"GroupId": group, "UserId": account})
    return p


def random_cidr(rng):
    choice = rng.random()
    if choice < 0.4:
        return f"10.{rng.randrange(0, 250)}.0.0/16"
    if choice < 0.7:
        return f"192.168.{rng.randrange(0, 256)}.0/24"
    return f"{rng.choice([52, 54, 3, 18, 35])}.{rng.randrange(256)}.{rng.randrange(256)}.0/24"


def nacl_entries(rng, count, smtp_out_ok):
    """count entries per direction, first match by number, most traffic allowed."""
    entries = []
    for egress in (True, False):
        n = 1
        filler = count - 4
        for _ in range(filler // 2):  # denies for unrelated prefixes, low numbers
            entries.append({"CidrBlock": f"198.18.{rng.randrange(256)}.0/24", "Egress": egress,
                            "Protocol": "6", "PortRange": {"From": 0, "To": 65535},
                            "RuleAction": "deny", "RuleNumber": n})
            n += 1
        for _ in range(filler - filler // 2):
            port = rng.choice(COMMON_PORTS)
            entries.append({"CidrBlock": random_cidr(rng), "Egress": egress, "Protocol": "6",
                            "PortRange": {"From": port, "To": port}, "RuleAction": "allow",
                            "RuleNumber": 100 + n})
            n += 1
        if egress:
            hi = 2587 if smtp_out_ok else 587
            entries.append({"CidrBlock": "0.0.0.0/0", "Egress": True, "Protocol": "6",
                            "PortRange": {"From": 25, "To": hi}, "RuleAction": "allow",
                            "RuleNumber": 200})
            entries.append({"CidrBlock": "0.0.0.0/0", "Egress": True, "Protocol": "6",
                            "PortRange": {"From": 1024, "To": 65535}, "RuleAction": "allow",
                            "RuleNumber": 210})
        else:
            entries.append({"CidrBlock": "10.0.0.0/8", "Egress": False, "Protocol": "6",
                            "PortRange": {"From": 25, "To": 2587}, "RuleAction": "allow",
                            "RuleNumber": 200})
            entries.append({"CidrBlock": "0.0.0.0/0", "Egress": False, "Protocol": "6",
                            "PortRange": {"From": 1024, "To": 65535}, "RuleAction": "allow",
                            "RuleNumber": 210})
        entries.append({"CidrBlock": "0.0.0.0/0", "Egress": egress, "Protocol": "-1",
                        "RuleAction": "deny", "RuleNumber": 32767})
        entries.append({"CidrBlock": "10.0.0.0/8", "Egress": egress, "Protocol": "-1",
                        "RuleAction": "allow", "RuleNumber": 300})
    return entries


def default_nacl_entries():
    out = []
    for egress in (True, False):
        out.append({"CidrBlock": "0.0.0.0/0", "Egress": egress, "Protocol": "-1",
                    "RuleAction": "allow", "RuleNumber": 100})
        out.append({"CidrBlock": "0.0.0.0/0", "Egress": egress, "Protocol": "-1",
                    "RuleAction": "deny", "RuleNumber": 32767})
    return out


def eni_json(eni_id, subnet, vpc_id, az, ip, groups, description="", itype="interface",
             instance_id=None, public_ip=None, requester=None, device_index=0):
    item = {
        "AvailabilityZone": az, "Description": description,
        "Groups": [{"GroupId": g, "GroupName": g} for g in groups],
        "InterfaceType": itype, "Ipv6Addresses": [], "MacAddress": "02:00:00:00:00:00",
        "NetworkInterfaceId": eni_id, "OwnerId": "123456789012", "PrivateIpAddress": ip,
        "PrivateIpAddresses": [{"Primary": True, "PrivateIpAddress": ip}],
        "RequesterManaged": requester is not None, "SourceDestCheck": True, "Status": "in-use",
        "SubnetId": subnet, "TagSet": [], "VpcId": vpc_id,
    }
    if requester:
        item["RequesterId"] = requester
    attachment = {"AttachmentId": "eni-attach-" + eni_id[4:], "DeleteOnTermination": True,
                  "DeviceIndex": device_index, "Status": "attached"}
    if instance_id:
        attachment["InstanceId"] = instance_id
        attachment["InstanceOwnerId"] = "123456789012"
    item["Attachment"] = attachment
    if public_ip:
        assoc = {"IpOwnerId": "amazon", "PublicDnsName": "", "PublicIp": public_ip}
        item["Association"] = assoc
        item["PrivateIpAddresses"][0]["Association"] = assoc
    return item


def instance_json(instance_id, eni, az):
    ni = {k: eni[k] for k in ("Description", "Groups", "InterfaceType", "Ipv6Addresses",
                              "MacAddress", "NetworkInterfaceId", "OwnerId", "PrivateIpAddress",
                              "PrivateIpAddresses", "SourceDestCheck", "Status", "SubnetId",
                              "VpcId")}
    ni["Attachment"] = {k: v for k, v in eni["Attachment"].items() if k != "InstanceId"}
    return {
        "AmiLaunchIndex": 0, "Architecture": "x86_64", "ImageId": "ami-0123456789abcdef0",
        "InstanceId": instance_id, "InstanceType": "t3.small",
        "LaunchTime": "2024-01-01 00:00:00+00:00", "Monitoring": {"State": "disabled"},
        "NetworkInterfaces": [ni],
        "Placement": {"AvailabilityZone": az, "GroupName": "", "Tenancy": "default"},
        "PrivateIpAddress": eni["PrivateIpAddress"],
        "SecurityGroups": eni["Groups"], "SourceDestCheck": True,
        "State": {"Code": 16, "Name": "running"}, "SubnetId": eni["SubnetId"],
        "Tags": tags(instance_id), "VpcId": eni["VpcId"],
    }


class Account:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.ids = Ids(self.rng)
        self.region = args.region
        self.azs = [self.region + z for z in "abc"]
        self.files = {k: [] for k in (
            "Vpcs", "Subnets", "RouteTables", "SecurityGroups", "NetworkAcls",
            "NetworkInterfaces", "Reservations", "NatGateways", "InternetGateways",
            "TransitGateways", "TransitGatewayAttachments", "TransitGatewayVpcAttachments",
            "TransitGatewayRouteTables", "TransitGatewayPropagations", "VpcEndpoints",
            "LoadBalancers", "TargetGroups", "LoadBalancerListeners",
            "LoadBalancerTargetHealth")}
        self.next_public = 0
        self.vpcs = []  # (vpc_id, index, subnets[(id, index, az, public)], sgs)

    def public_ip(self):
        self.next_public += 1
        n = self.next_public
        return f"54.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}"

    def add_vpc(self, index):
        vpc_id = self.ids.make("vpc")
        cidr = cidr_of(index)
        self.files["Vpcs"].append({
            "CidrBlock": cidr, "CidrBlockAssociationSet": [{
                "AssociationId": self.ids.make("vpc-cidr-assoc"), "CidrBlock": cidr,
                "CidrBlockState": {"State": "associated"}}],
            "DhcpOptionsId": "dopt-0123456789abcdef0", "InstanceTenancy": "default",
            "IsDefault": False, "OwnerId": "123456789012", "State": "available",
            "Tags": tags(f"vpc-{index:03d}"), "VpcId": vpc_id})
        subnets = []
        for j in range(self.args.subnets_per_vpc):
            subnet_id = self.ids.make("subnet")
            az = self.azs[j % 3] if j else self.azs[0]
            self.files["Subnets"].append({
                "AssignIpv6AddressOnCreation": False, "AvailabilityZone": az,
                "AvailableIpAddressCount": 200, "CidrBlock": cidr_of(index, j),
                "DefaultForAz": False, "MapPublicIpOnLaunch": j == 0,
                "OwnerId": "123456789012", "State": "available",
                "SubnetArn": f"arn:aws:ec2:{self.region}:123456789012:subnet/{subnet_id}",
                "SubnetId": subnet_id,
                "Tags": tags(f"vpc-{index:03d}-{'public' if j == 0 else 'private'}-{j}"),
                "VpcId": vpc_id})
            subnets.append((subnet_id, j, az, j == 0))
        return vpc_id, subnets

    def security_groups(self, vpc_id, index, count):
        groups = []
        for k in range(count):
            groups.append(self.ids.make("sg"))
        for k, sg in enumerate(groups):
            n = self.rng.randrange(self.args.min_rules, self.args.max_rules + 1)
            ingress, egress = [], []
            for _ in range(n // 2):
                port = self.rng.choice(COMMON_PORTS)
                if self.rng.random() < 0.2:
                    ingress.append(perm("tcp", port, port, group=self.rng.choice(groups)))
                else:
                    ingress.append(perm("tcp", port, port, cidr=random_cidr(self.rng)))
            for _ in range(n - n // 2 - 3):
                port = self.rng.choice(COMMON_PORTS)
                egress.append(perm("tcp", port, port, cidr=random_cidr(self.rng)))
            # SMTP egress: most groups allow submission ports, some only 587, few port 25.
            egress.append(perm("tcp", 587, 587, cidr="0.0.0.0/0"))
            egress.append(perm("tcp", 465, 465, cidr="0.0.0.0/0"))
            if k % 3 == 0:
                egress.append(perm("tcp", 25, 25, cidr="0.0.0.0/0"))
            else:
                egress.append(perm("tcp", 2465, 2587, cidr="0.0.0.0/0"))
            self.files["SecurityGroups"].append({
                "Description": "app tier", "GroupId": sg, "GroupName": f"app-{index}-{k}",
                "IpPermissions": ingress, "IpPermissionsEgress": egress,
                "OwnerId": "123456789012", "VpcId": vpc_id})
        return groups

    def simple_sg(self, vpc_id, name, ingress_ports, source):
        sg = self.ids.make("sg")
        ingress = [perm("tcp", p, p, cidr=source) for p in ingress_ports]
        self.files["SecurityGroups"].append({
            "Description": name, "GroupId": sg, "GroupName": name, "IpPermissions": ingress,
            "IpPermissionsEgress": [perm("-1", cidr="0.0.0.0/0")], "OwnerId": "123456789012",
            "VpcId": vpc_id})
        return sg

    def route_table(self, vpc_id, routes, subnet_ids, main):
        rtb = self.ids.make("rtb")
        assoc = [{"Main": False, "RouteTableAssociationId": self.ids.make("rtbassoc"),
                  "RouteTableId": rtb, "SubnetId": s} for s in subnet_ids]
        if main:
            assoc.append({"Main": True, "RouteTableAssociationId": self.ids.make("rtbassoc"),
                          "RouteTableId": rtb})
        self.files["RouteTables"].append({
            "Associations": assoc, "OwnerId": "123456789012", "PropagatingVgws": [],
            "RouteTableId": rtb, "Routes": routes, "Tags": [], "VpcId": vpc_id})

    def nacl(self, vpc_id, subnet_ids, entries, default):
        acl = self.ids.make("acl")
        self.files["NetworkAcls"].append({
            "Associations": [{"NetworkAclAssociationId": self.ids.make("aclassoc"),
                              "NetworkAclId": acl, "SubnetId": s} for s in subnet_ids],
            "Entries": entries, "IsDefault": default, "NetworkAclId": acl,
            "OwnerId": "123456789012", "Tags": [], "VpcId": vpc_id})

    def build(self):
        a = self.args
        tgw = self.ids.make("tgw") if a.tgw else None
        tgw_rtb = self.ids.make("tgw-rtb") if a.tgw else None
        propagations = []
        hosts = {}
        for i in range(a.vpcs):
            vpc_id, subnets = self.add_vpc(i)
            cidr = cidr_of(i)
            public = [s for s in subnets if s[3]]
            private = [s for s in subnets if not s[3]]
            # gateways
            igw = self.ids.make("igw")
            self.files["InternetGateways"].append({
                "Attachments": [{"State": "available", "VpcId": vpc_id}],
                "InternetGatewayId": igw, "OwnerId": "123456789012", "Tags": tags(f"igw-{i}")})
            nats = []
            for n in range(a.nat_per_vpc):
                nat = self.ids.make("nat")
                eni = self.ids.make("eni")
                sub = public[0]
                ip = ip_in(i, sub[1], n)
                pub = self.public_ip()
                self.files["NatGateways"].append({
                    "CreateTime": "2024-01-01 00:00:00+00:00",
                    "NatGatewayAddresses": [{"AllocationId": self.ids.make("eipalloc"),
                                             "NetworkInterfaceId": eni, "PrivateIp": ip,
                                             "PublicIp": pub}],
                    "NatGatewayId": nat, "State": "available", "SubnetId": sub[0], "Tags": [],
                    "VpcId": vpc_id, "ConnectivityType": "public"})
                self.files["NetworkInterfaces"].append(eni_json(
                    eni, sub[0], vpc_id, sub[2], ip, [], "Interface for NAT Gateway " + nat,
                    "nat_gateway", public_ip=pub, requester="AWS"))
                nats.append(nat)
            hosts[(i, public[0][1])] = a.nat_per_vpc
            # route tables: public, and one per private subnet
            local = {"DestinationCidrBlock": cidr, "GatewayId": "local",
                     "Origin": "CreateRouteTable", "State": "active"}
            self.route_table(vpc_id, [local, {"DestinationCidrBlock": "0.0.0.0/0",
                                              "GatewayId": igw, "Origin": "CreateRoute",
                                              "State": "active"}]
                             + ([{"DestinationCidrBlock": "10.0.0.0/8",
                                  "TransitGatewayId": tgw, "Origin": "CreateRoute",
                                  "State": "active"}] if tgw else []),
                             [s[0] for s in public], False)
            for k, s in enumerate(private):
                routes = [local, {"DestinationCidrBlock": "0.0.0.0/0",
                                  "NatGatewayId": nats[k % len(nats)], "Origin": "CreateRoute",
                                  "State": "active"}]
                if tgw:
                    routes.append({"DestinationCidrBlock": "10.0.0.0/8", "TransitGatewayId": tgw,
                                   "Origin": "CreateRoute", "State": "active"})
                    routes.append({"DestinationCidrBlock": "172.16.0.0/12",
                                   "TransitGatewayId": tgw, "Origin": "CreateRoute",
                                   "State": "active"})
                routes.append({"DestinationCidrBlock": f"192.168.{k}.0/24",
                               "NatGatewayId": "nat-0deleted0000000000", "Origin": "CreateRoute",
                               "State": "blackhole"})
                self.route_table(vpc_id, routes, [s[0]], k == 0)
            # ACLs: default (public subnets), custom per VPC for private subnets
            self.nacl(vpc_id, [s[0] for s in public], default_nacl_entries(), True)
            count = self.rng.randrange(max(a.min_rules, 6), a.max_rules + 1)
            self.nacl(vpc_id, [s[0] for s in private],
                      nacl_entries(self.rng, count, smtp_out_ok=i % 7 != 3), False)
            groups = self.security_groups(vpc_id, i, a.sgs_per_vpc)
            self.vpcs.append((vpc_id, i, subnets, groups))
            # TGW attachment with one private subnet per AZ
            if tgw:
                att = self.ids.make("tgw-attach")
                per_az = {}
                for s in private:
                    per_az.setdefault(s[2], s[0])
                self.files["TransitGatewayVpcAttachments"].append({
                    "CreationTime": "2024-01-01 00:00:00+00:00",
                    "Options": {"DnsSupport": "enable", "Ipv6Support": "disable"},
                    "State": "available", "SubnetIds": list(per_az.values()), "Tags": [],
                    "TransitGatewayAttachmentId": att, "TransitGatewayId": tgw,
                    "VpcId": vpc_id, "VpcOwnerId": "123456789012"})
                self.files["TransitGatewayAttachments"].append({
                    "Association": {"State": "associated", "TransitGatewayRouteTableId": tgw_rtb},
                    "CreationTime": "2024-01-01 00:00:00+00:00", "ResourceId": vpc_id,
                    "ResourceOwnerId": "123456789012", "ResourceType": "vpc",
                    "State": "available", "Tags": [], "TransitGatewayAttachmentId": att,
                    "TransitGatewayId": tgw, "TransitGatewayOwnerId": "123456789012"})
                propagations.append({"ResourceId": vpc_id, "ResourceType": "vpc",
                                     "State": "enabled", "TransitGatewayAttachmentId": att})
            # SES interface endpoint with private DNS
            if 1 <= i <= a.ses_endpoints:
                self.ses_endpoint(vpc_id, i, private, hosts)
        if tgw:
            self.files["TransitGateways"].append({
                "Options": {"AmazonSideAsn": 64512, "AssociationDefaultRouteTableId": tgw_rtb,
                            "DefaultRouteTableAssociation": "enable",
                            "DefaultRouteTablePropagation": "enable",
                            "PropagationDefaultRouteTableId": tgw_rtb},
                "OwnerId": "123456789012", "State": "available", "Tags": tags("core-tgw"),
                "TransitGatewayArn": f"arn:aws:ec2:{self.region}:123456789012:"
                                     f"transit-gateway/{tgw}",
                "TransitGatewayId": tgw})
            self.files["TransitGatewayRouteTables"].append({
                "DefaultAssociationRouteTable": True, "DefaultPropagationRouteTable": True,
                "State": "available", "Tags": [], "TransitGatewayId": tgw,
                "TransitGatewayRouteTableId": tgw_rtb})
            self.files["TransitGatewayPropagations"].append({
                "TransitGatewayRouteTableId": tgw_rtb,
                "TransitGatewayRouteTablePropagations": propagations})
        self.relays(hosts)
        self.workloads(hosts)

    def ses_endpoint(self, vpc_id, i, private, hosts):
        vpce = self.ids.make("vpce")
        sg = self.simple_sg(vpc_id, f"ses-endpoint-{i}", SMTP_PORTS, "10.0.0.0/8")
        per_az = {}
        for s in private:
            per_az.setdefault(s[2], s)
        enis = []
        for s in per_az.values():
            eni = self.ids.make("eni")
            host = hosts.get((i, s[1]), 0)
            hosts[(i, s[1])] = host + 1
            self.files["NetworkInterfaces"].append(eni_json(
                eni, s[0], vpc_id, s[2], ip_in(i, s[1], host), [sg],
                "VPC Endpoint Interface " + vpce, "vpc_endpoint", requester="AWS"))
            enis.append(eni)
        self.files["VpcEndpoints"].append({
            "Groups": [{"GroupId": sg, "GroupName": "ses"}], "NetworkInterfaceIds": enis,
            "OwnerId": "123456789012", "PrivateDnsEnabled": True, "RequesterManaged": False,
            "RouteTableIds": [], "ServiceName": f"com.amazonaws.{self.region}.email-smtp",
            "State": "available", "SubnetIds": [s[0] for s in per_az.values()], "Tags": [],
            "VpcEndpointId": vpce, "VpcEndpointType": "Interface", "VpcId": vpc_id})

    def relays(self, hosts):
        vpc_id, i, subnets, _ = self.vpcs[0]
        private = [s for s in subnets if not s[3]]
        per_az = {}
        for s in private:
            per_az.setdefault(s[2], s)
        relay_sg = self.simple_sg(vpc_id, "smtp-relay", [25, 465, 587], "10.0.0.0/8")
        for r in range(self.args.nlb_relays):
            name = f"relay-{r}"
            suffix = f"{self.rng.getrandbits(64):016x}"
            arn = (f"arn:aws:elasticloadbalancing:{self.region}:123456789012:"
                   f"loadbalancer/net/{name}/{suffix}")
            zones = []
            for s in per_az.values():
                eni = self.ids.make("eni")
                host = hosts.get((i, s[1]), 0)
                hosts[(i, s[1])] = host + 1
                self.files["NetworkInterfaces"].append(eni_json(
                    eni, s[0], vpc_id, s[2], ip_in(i, s[1], host), [],
                    f"ELB net/{name}/{suffix}", "network_load_balancer", requester="AWS"))
                zones.append({"LoadBalancerAddresses": [], "SubnetId": s[0], "ZoneName": s[2]})
            self.files["LoadBalancers"].append({
                "AvailabilityZones": zones, "DNSName": f"{name}-{suffix[:8]}.elb.amazonaws.com",
                "IpAddressType": "ipv4", "LoadBalancerArn": arn, "LoadBalancerName": name,
                "Scheme": "internal", "State": {"Code": "active"}, "Type": "network",
                "VpcId": vpc_id})
            tg = (f"arn:aws:elasticloadbalancing:{self.region}:123456789012:"
                  f"targetgroup/{name}-tg/{suffix}")
            self.files["TargetGroups"].append({
                "HealthCheckEnabled": True, "HealthCheckPort": "traffic-port",
                "HealthCheckProtocol": "TCP", "LoadBalancerArns": [arn], "Port": 587,
                "Protocol": "TCP", "TargetGroupArn": tg, "TargetGroupName": f"{name}-tg",
                "TargetType": "instance", "VpcId": vpc_id})
            self.files["LoadBalancerListeners"].append({"LoadBalancerArn": arn, "Listeners": [{
                "DefaultActions": [{"Order": 1, "TargetGroupArn": tg, "Type": "forward"}],
                "ListenerArn": f"{arn}/{port}", "LoadBalancerArn": arn, "Port": port,
                "Protocol": "TCP"} for port in (25, 465, 587)]})
            targets = []
            for s in per_az.values():
                instance = self.ids.make("i")
                eni = self.ids.make("eni")
                host = hosts.get((i, s[1]), 0)
                hosts[(i, s[1])] = host + 1
                item = eni_json(eni, s[0], vpc_id, s[2], ip_in(i, s[1], host), [relay_sg],
                                "Primary network interface", instance_id=instance)
                self.files["NetworkInterfaces"].append(item)
                self.files["Reservations"].append({
                    "Groups": [], "Instances": [instance_json(instance, item, s[2])],
                    "OwnerId": "123456789012", "ReservationId": self.ids.make("r")})
                for port in (25, 465, 587):
                    targets.append({"HealthCheckPort": str(port),
                                    "Target": {"Id": instance, "Port": port},
                                    "TargetHealth": {"State": "healthy"}})
            self.files["LoadBalancerTargetHealth"].append({
                "TargetGroupArn": tg, "TargetHealthDescriptions": targets})

    def workloads(self, hosts):
        a = self.args
        slots = []
        for vpc_id, i, subnets, groups in self.vpcs[1:] or self.vpcs:
            for s in subnets:
                if not s[3]:
                    slots.append((vpc_id, i, s, groups))
        for n in range(a.enis):
            vpc_id, i, s, groups = slots[n % len(slots)]
            host = hosts.get((i, s[1]), 0)
            hosts[(i, s[1])] = host + 1
            if host >= 250 * 4:
                raise SystemExit("too many ENIs per subnet: add VPCs or subnets")
            chosen = [groups[n % len(groups)]]
            if n % 5 == 0:
                chosen.append(groups[(n + 1) % len(groups)])
            eni = self.ids.make("eni")
            if n % 20 == 7:  # a Lambda function's ENI
                self.files["NetworkInterfaces"].append(eni_json(
                    eni, s[0], vpc_id, s[2], ip_in(i, s[1], host), chosen,
                    "AWS Lambda VPC ENI-mailer-" + eni[4:12], "lambda",
                    requester="AROAEXAMPLE:awslambda_123"))
                continue
            instance = self.ids.make("i")
            item = eni_json(eni, s[0], vpc_id, s[2], ip_in(i, s[1], host), chosen,
                            "Primary network interface", instance_id=instance)
            self.files["NetworkInterfaces"].append(item)
            self.files["Reservations"].append({
                "Groups": [], "Instances": [instance_json(instance, item, s[2])],
                "OwnerId": "123456789012", "ReservationId": self.ids.make("r")})

    def write(self, out):
        os.makedirs(out, exist_ok=True)
        for key, items in self.files.items():
            with open(os.path.join(out, key + ".json"), "w") as f:
                json.dump({key: items}, f, indent=4)


def main():
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-o", "--out", required=True, help="output folder")
    p.add_argument("--enis", type=int, default=10000, help="workload ENIs (instances, Lambda)")
    p.add_argument("--vpcs", type=int, default=40)
    p.add_argument("--subnets-per-vpc", type=int, default=5, help="one public, the rest private")
    p.add_argument("--tgw", dest="tgw", action="store_true", default=True)
    p.add_argument("--no-tgw", dest="tgw", action="store_false")
    p.add_argument("--nat-per-vpc", type=int, default=1)
    p.add_argument("--ses-endpoints", type=int, default=10,
                   help="VPCs (from VPC 1 on) with an SES interface endpoint")
    p.add_argument("--nlb-relays", type=int, default=3, help="internal NLBs in front of relays")
    p.add_argument("--sgs-per-vpc", type=int, default=4)
    p.add_argument("--min-rules", type=int, default=10)
    p.add_argument("--max-rules", type=int, default=30)
    p.add_argument("--region", default="us-east-1")
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args()
    if args.subnets_per_vpc < 2:
        p.error("--subnets-per-vpc needs at least 2 (one public, one private)")
    account = Account(args)
    account.build()
    account.write(args.out)


if __name__ == "__main__":
    main()
