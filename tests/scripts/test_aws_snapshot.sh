#!/usr/bin/env bash
# scripts/aws-snapshot against a stand-in `aws` that answers from the Batfish samples:
# the snapshot it writes must reproduce the sample files (raw and per-parent aggregates),
# pass --profile/--region on every call, and import to the same counts as the sample.
#   bash test_aws_snapshot.sh BIN_DIR SOURCE_DIR
set -uo pipefail
BIN_DIR="$1"
SOURCE_DIR="$2"
SAMPLES="${MAILPATH_SHARED_DIR:-$SOURCE_DIR/../shared}/aws-samples/batfish"
SCRIPT="$SOURCE_DIR/scripts/aws-snapshot"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$work/bin"
cat >"$work/bin/aws" <<'STANDIN'
#!/usr/bin/env bash
# Stand-in for the AWS CLI: logs argv, answers describe-* calls from $AWS_STANDIN_SET.
printf '%s\n' "$*" >>"$AWS_STANDIN_LOG"
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --profile|--region|--output) shift 2 ;;
        *) args+=("$1"); shift ;;
    esac
done
[ "${args[0]}" = configure ] && exit 1
[ "${args[1]}" = "${AWS_STANDIN_FAIL:-}" ] && { echo "AccessDenied" >&2; exit 255; }
exec python3 - "$AWS_STANDIN_SET" "${args[@]}" <<'PY'
import json, os, sys
folder, service, op, rest = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
raw = {
    "describe-vpcs": "Vpcs", "describe-subnets": "Subnets", "describe-route-tables": "RouteTables",
    "describe-security-groups": "SecurityGroups", "describe-network-acls": "NetworkAcls",
    "describe-internet-gateways": "InternetGateways", "describe-nat-gateways": "NatGateways",
    "describe-network-interfaces": "NetworkInterfaces", "describe-instances": "Reservations",
    "describe-addresses": "Addresses", "describe-vpc-endpoints": "VpcEndpoints",
    "describe-vpc-peering-connections": "VpcPeeringConnections",
    "describe-transit-gateways": "TransitGateways",
    "describe-transit-gateway-attachments": "TransitGatewayAttachments",
    "describe-transit-gateway-vpc-attachments": "TransitGatewayVpcAttachments",
    "describe-transit-gateway-peering-attachments": "TransitGatewayPeeringAttachments",
    "describe-transit-gateway-route-tables": "TransitGatewayRouteTables",
    "describe-vpn-gateways": "VpnGateways", "describe-vpn-connections": "VpnConnections",
    "describe-customer-gateways": "CustomerGateways", "describe-prefix-lists": "PrefixLists",
    "describe-load-balancers": "LoadBalancers", "describe-target-groups": "TargetGroups",
}
per_parent = {
    "get-transit-gateway-route-table-propagations": ("TransitGatewayPropagations", "TransitGatewayRouteTableId"),
    "search-transit-gateway-routes": ("TransitGatewayStaticRoutes", "TransitGatewayRouteTableId"),
    "describe-listeners": ("LoadBalancerListeners", "LoadBalancerArn"),
    "describe-load-balancer-attributes": ("LoadBalancerAttributes", "LoadBalancerArn"),
    "describe-target-health": ("LoadBalancerTargetHealth", "TargetGroupArn"),
    "describe-instance-health": ("ClassicLoadBalancerInstanceHealth", "LoadBalancerName"),
}
empty = {
    "get-transit-gateway-route-table-propagations": {"TransitGatewayRouteTablePropagations": []},
    "search-transit-gateway-routes": {"Routes": [], "AdditionalRoutesAvailable": False},
    "describe-listeners": {"Listeners": []},
    "describe-load-balancer-attributes": {"Attributes": []},
    "describe-target-health": {"TargetHealthDescriptions": []},
    "describe-instance-health": {"InstanceStates": []},
}
ses = {  # SES and Route 53, as an account with nothing set up answers them
    "get-account": {"ProductionAccessEnabled": False, "SendingEnabled": True,
                    "SendQuota": {"Max24HourSend": 200.0, "MaxSendRate": 1.0,
                                  "SentLast24Hours": 0.0}, "EnforcementStatus": "HEALTHY"},
    "list-email-identities": {"EmailIdentities": []},
    "list-configuration-sets": {"ConfigurationSets": []},
    "list-receipt-filters": {"Filters": []},
    "list-hosted-zones": {"HostedZones": [], "IsTruncated": False, "MaxItems": "100"},
    # Direct Connect (lowerCamelCase), as an account without it answers
    "describe-direct-connect-gateways": {"directConnectGateways": []},
    "describe-virtual-interfaces": {"virtualInterfaces": []},
    "describe-direct-connect-gateway-associations": {"directConnectGatewayAssociations": []},
}
def load(name):
    path = os.path.join(folder, name + ".json")
    return json.load(open(path)) if os.path.exists(path) else {name: []}
lists = {"list-firewalls": "Firewalls", "list-firewall-policies": "FirewallPolicies",
         "list-rule-groups": "RuleGroups"}
if service == "elb" and op == "describe-load-balancers":  # Classic Load Balancers
    print(json.dumps(load("LoadBalancerDescriptions")))
elif op == "describe-vpc-endpoint-service-configurations":
    print(json.dumps({"ServiceConfigurations": []}))
elif service == "network-firewall" and op in lists:  # none in the Batfish samples
    print(json.dumps({lists[op]: []}))
elif op in ses:
    print(json.dumps(ses[op]))
elif op in raw:
    print(json.dumps(load(raw[op])))
elif op in per_parent:
    name, key = per_parent[op]
    if op == "search-transit-gateway-routes":
        assert "Name=type,Values=static" in rest, rest
    option = {"TransitGatewayRouteTableId": "--transit-gateway-route-table-id",
              "LoadBalancerArn": "--load-balancer-arn", "TargetGroupArn": "--target-group-arn",
              "LoadBalancerName": "--load-balancer-name"}[key]
    parent = rest[rest.index(option) + 1]
    for item in load(name)[name]:
        if item[key] == parent:
            print(json.dumps({k: v for k, v in item.items() if k != key}))
            sys.exit(0)
    # A parent the sample did not aggregate: what AWS answers for one with nothing in it.
    print(json.dumps(empty[op]))
else:
    sys.exit("stand-in: unexpected " + op)
PY
STANDIN
chmod +x "$work/bin/aws"
export PATH="$work/bin:$PATH"

# compare SAMPLE_DIR SNAPSHOT_DIR: every sample file the script collects is reproduced.
compare() {
    python3 - "$1" "$2" <<'PY' || exit 1
import json, os, sys
sample, snap = sys.argv[1:3]
parents = {"TransitGatewayPropagations": "TransitGatewayRouteTableId",
           "TransitGatewayStaticRoutes": "TransitGatewayRouteTableId",
           "LoadBalancerListeners": "LoadBalancerArn", "LoadBalancerAttributes": "LoadBalancerArn",
           "LoadBalancerTargetHealth": "TargetGroupArn",
           "ClassicLoadBalancerInstanceHealth": "LoadBalancerName"}
checked = 0
for name in sorted(os.listdir(snap)):
    mine = json.load(open(os.path.join(snap, name)))
    path = os.path.join(sample, name)
    key = name[:-5]
    if key.startswith(("Ses", "Route53")):  # not in the samples; imported below
        continue
    if not os.path.exists(path):
        if key == "VpcEndpointServiceConfigurations":
            key = "ServiceConfigurations"  # the response member, not the file name
        if key.startswith(("DirectConnect", "VirtualInterfaces")):
            key = key[0].lower() + key[1:]  # the Direct Connect API is lowerCamelCase
        if mine != {key: []}:
            sys.exit(f"FAIL: {name} should be an empty list, got {mine}")
        continue
    theirs = json.load(open(path))
    if key in parents:  # the order of parents may differ; compare keyed by parent id
        theirs = {i[parents[key]]: i for i in theirs[key]}
        mine = {i[parents[key]]: i for i in mine[key]}
        # Parents the sample left out were answered with empty lists by the stand-in.
        extra = {k: v for k, v in mine.items() if k not in theirs}
        if any(any(x for x in v.values() if isinstance(x, list)) for v in extra.values()):
            sys.exit(f"FAIL: {name} has unexpected entries")
        mine = {k: v for k, v in mine.items() if k in theirs}
    if mine != theirs:
        sys.exit(f"FAIL: {name} differs from the sample")
    checked += 1
print(f"{checked} files reproduced")
PY
}

for from in "$SAMPLES/test-transit-gateway" "$SAMPLES/test-load-balancer" \
    "$SOURCE_DIR/tests/data/seed-components/classic-elb"; do
    set="$(basename "$from")"
    export AWS_STANDIN_SET="$from" AWS_STANDIN_LOG="$work/$set.log"
    out="$work/$set-snap"
    bash "$SCRIPT" --profile demo --region us-east-2 "$out" 2>"$work/$set.err"
    status=$?
    [ "$status" -eq 0 ] || { cat "$work/$set.err"; fail "$set: aws-snapshot exited $status"; }
    [ -d "$out/us-east-2" ] || fail "$set: no region folder"
    # 25 describe calls + 9 per-parent aggregates + 7 SES/Route 53 + 3 Direct Connect
    n=$(ls "$out/us-east-2" | wc -l)
    [ "$n" -eq 44 ] || fail "$set: expected 44 files, got $n: $(ls "$out/us-east-2")"
    compare "$from" "$out/us-east-2"
    grep -v -- "--profile demo" "$AWS_STANDIN_LOG" | grep -v "^configure" && fail "$set: a call without --profile"
    grep -v -- "--region us-east-2" "$AWS_STANDIN_LOG" && fail "$set: a call without --region"

    if [ -x "$BIN_DIR/mailpath-cli" ]; then
        "$BIN_DIR/mailpath-cli" inspect "$from" --json >"$work/a.json" 2>/dev/null
        "$BIN_DIR/mailpath-cli" inspect "$out" --json >"$work/b.json" 2>/dev/null
        python3 - "$work/a.json" "$work/b.json" <<'PY' || fail "$set: counts differ after import"
import json, sys
a, b = (json.load(open(p))["counts"] for p in sys.argv[1:3])
assert b.pop("ses-endpoint") == a.pop("ses-endpoint") + 1, b  # the account's SES in the region
assert a == b, (a, b)
assert a.get("vpc", 0) > 0, a
print("counts", b)
PY
    fi
done

# One call denied: the rest is written and the exit status says the snapshot is partial.
export AWS_STANDIN_SET="$SAMPLES/test-load-balancer" AWS_STANDIN_LOG="$work/deny.log"
AWS_STANDIN_FAIL=describe-nat-gateways bash "$SCRIPT" --region us-east-2 "$work/deny" 2>"$work/deny.err"
status=$?
[ "$status" -eq 1 ] || fail "a denied call should exit 1, got $status"
grep -q "describe-nat-gateways failed" "$work/deny.err" || fail "the denied call is not named"
[ -f "$work/deny/us-east-2/Vpcs.json" ] && [ ! -f "$work/deny/us-east-2/NatGateways.json" ] \
    || fail "partial snapshot wrong"

# Usage errors.
bash "$SCRIPT" 2>/dev/null; [ $? -eq 2 ] || fail "no OUTDIR should exit 2"
bash "$SCRIPT" --bogus x 2>/dev/null; [ $? -eq 2 ] || fail "unknown option should exit 2"
(unset AWS_REGION AWS_DEFAULT_REGION; bash "$SCRIPT" "$work/noregion" 2>/dev/null); [ $? -eq 2 ] \
    || fail "no region should exit 2"
echo "PASS"
