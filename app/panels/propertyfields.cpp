#include "propertyfields.h"

#include "tablehelpers.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace mailpath::app {

using namespace core;
using Json = nlohmann::json;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InspectorPanel", text);
}

std::string nameKey(const Json &resource)
{
    return resource.contains("tags") && resource["tags"].contains("Name") ? "/tags/Name" : "/name";
}

/** A TGW attachment's subnets: existing, in the attached VPC, at most one per AZ. */
QString checkAttachmentSubnets(const Design &design, const std::string &attachmentId,
                               const Json &value)
{
    const auto *att = design.find<TgwAttachment>(attachmentId);
    std::set<std::string> zones;
    for (const auto &v : value) {
        const auto *subnet = design.find<Subnet>(v.get<std::string>());
        if (!subnet)
            return tr("\"%1\" is not a subnet of this design.").arg(qs(v.get<std::string>()));
        if (att && att->resourceType == "vpc" && subnet->vpcId != att->resourceId)
            return tr("Subnet %1 is not in %2.").arg(qs(subnet->id), qs(att->resourceId));
        if (!zones.insert(subnet->availabilityZone).second)
            return tr("A VPC attachment takes one subnet per Availability Zone (%1 twice).")
                .arg(qs(subnet->availabilityZone));
    }
    return {};
}

QString checkAttachmentVpc(const Design &design, const std::string &attachmentId, const Json &value)
{
    const std::string vpcId = value.get<std::string>();
    if (!design.find<Vpc>(vpcId))
        return tr("\"%1\" is not a VPC of this design.").arg(qs(vpcId));
    for (const auto &subnetId : design.find<TgwAttachment>(attachmentId)->subnetIds)
        if (const auto *subnet = design.find<Subnet>(subnetId); subnet && subnet->vpcId != vpcId)
            return tr("Subnet %1 is in %2: clear the attachment's subnets first.")
                .arg(qs(subnetId), qs(subnet->vpcId));
    return {};
}

/** R15.11: one drop action (or none) and alert actions, the four AWS names only. */
QString checkStatefulDefaults(const Design &, const Json &value)
{
    static const QStringList known = {"aws:drop_strict", "aws:drop_established",
                                      "aws:alert_strict", "aws:alert_established"};
    int drops = 0;
    for (const auto &v : value) {
        const QString action = qs(v.get<std::string>());
        if (!known.contains(action))
            return tr("\"%1\" is not a stateful default action (%2).")
                .arg(action, known.join(QStringLiteral(", ")));
        drops += action.startsWith(QStringLiteral("aws:drop"));
    }
    return drops > 1 ? tr("Choose one drop action: aws:drop_strict or aws:drop_established.")
                     : QString();
}

/** R1.9: an edge association names an internet gateway of the table's VPC, in one table only. */
QString checkEdgeGateways(const Design &design, const std::string &tableId, const Json &value)
{
    const auto *table = design.find<RouteTable>(tableId);
    for (const auto &v : value) {
        const std::string id = v.get<std::string>();
        const auto *igw = design.find<InternetGateway>(id);
        if (!igw)
            return tr("\"%1\" is not an internet gateway of this design.").arg(qs(id));
        if (std::find(igw->vpcIds.begin(), igw->vpcIds.end(), table->vpcId) == igw->vpcIds.end())
            return tr("%1 is not attached to %2.").arg(qs(id), qs(table->vpcId));
        for (const auto &[otherId, other] : design.all<RouteTable>())
            if (otherId != tableId
                && std::find(other.gatewayIds.begin(), other.gatewayIds.end(), id)
                       != other.gatewayIds.end())
                return tr("%1 already has an edge route table: %2.").arg(qs(id), qs(otherId));
    }
    return {};
}

/** Choice among the route tables of a transit gateway; "" is shown as emptyLabel. */
void tgwRouteTableChoice(const Design &design, const std::string &tgwId, const QString &emptyLabel,
                         FieldSpec &spec)
{
    spec.type = FieldType::Choice;
    spec.choices << QString();
    spec.choiceLabels << emptyLabel;
    for (const auto &[id, rt] : design.all<TgwRouteTable>())
        if (rt.transitGatewayId == tgwId) {
            spec.choices << qs(id);
            spec.choiceLabels << qs(design.displayName(id)) + " (" + qs(id) + ")";
        }
}

void loadBalancingFields(const Design &design, const std::string &id, std::vector<FieldSpec> &f)
{
    const auto kind = *design.kindOf(id);
    if (kind == ResourceKind::LoadBalancer) {
        f.push_back({tr("Internet-facing"), id, "/internetFacing", FieldType::Bool});
        f.push_back({tr("Cross-zone load balancing"), id, "/crossZone", FieldType::Bool});
        f.push_back({tr("Security groups"), id, "/securityGroupIds", FieldType::IdList});
        if (design.find<LoadBalancer>(id)->isClassic()) {
            f.push_back({tr("Health check"), id, "/healthCheck", FieldType::Text});
            f.push_back({tr("Proxy Protocol"), id, "/proxyProtocol", FieldType::Bool});
        }
        return;
    }
    f.push_back({tr("Protocol"), id, "/protocol", FieldType::Choice,
                 {"TCP", "TLS", "UDP", "TCP_UDP"}});
    f.push_back({tr("Port"), id, "/port", FieldType::Port});
    f.push_back({tr("Target type"), id, "/targetType", FieldType::Choice, {"instance", "ip", "alb"}});
    TargetGroup byDefault = *design.find<TargetGroup>(id);
    byDefault.preserveClientIp.reset();
    f.push_back({tr("Preserve client IP"), id, "/preserveClientIp", FieldType::OptionalBool,
                 {"", "true", "false"},
                 {tr("default (%1)").arg(byDefault.clientIpPreserved() ? tr("on") : tr("off")),
                  tr("on"), tr("off")}});
    f.push_back({tr("Health check port"), id, "/healthCheckPort", FieldType::OptionalPort});
}

void transitFields(const Design &design, const std::string &id, std::vector<FieldSpec> &f)
{
    switch (*design.kindOf(id)) {
    case ResourceKind::TransitGateway: {
        f.push_back({tr("ASN"), id, "/asn", FieldType::Int});
        FieldSpec assoc{tr("Default association"), id, "/defaultAssociationRouteTableId"};
        tgwRouteTableChoice(design, id, tr("none"), assoc);
        f.push_back(assoc);
        FieldSpec prop{tr("Default propagation"), id, "/defaultPropagationRouteTableId"};
        tgwRouteTableChoice(design, id, tr("none"), prop);
        f.push_back(prop);
        break;
    }
    case ResourceKind::TgwAttachment: {
        const auto *att = design.find<TgwAttachment>(id);
        if (att->resourceType == "vpc")
            f.push_back({tr("VPC"), id, "/resourceId", FieldType::Text, {}, {},
                         [id](const Design &d, const Json &v) { return checkAttachmentVpc(d, id, v); }});
        f.push_back({tr("Subnets (one per AZ)"), id, "/subnetIds", FieldType::IdList, {}, {},
                     [id](const Design &d, const Json &v) { return checkAttachmentSubnets(d, id, v); }});
        FieldSpec assoc{tr("Associated route table"), id, "/associationRouteTableId"};
        const auto *tgw = design.find<TransitGateway>(att->transitGatewayId);
        tgwRouteTableChoice(design, att->transitGatewayId,
                            tr("TGW default (%1)").arg(tgw ? qs(tgw->defaultAssociationRouteTableId)
                                                           : tr("none")),
                            assoc);
        f.push_back(assoc);
        f.push_back({tr("Appliance mode"), id, "/applianceMode", FieldType::Bool});
        break;
    }
    default: break;
    }
}

} // namespace

std::vector<FieldSpec> fieldsFor(const Design &design, const std::string &id)
{
    std::vector<FieldSpec> f;
    const auto kind = design.kindOf(id);
    if (!kind)
        return f;
    f.push_back({tr("Name"), id, nameKey(design.resourceJson(id)), FieldType::Text});
    auto eniFields = [&](const std::string &eni) {
        f.push_back({tr("Private IP"), eni, "/privateIps/0", FieldType::Ipv4});
        f.push_back({tr("Public IP"), eni, "/publicIp", FieldType::OptionalIpv4});
        f.push_back({tr("Security groups"), eni, "/securityGroupIds", FieldType::IdList});
        f.push_back({tr("Ephemeral ports"), eni, "/ephemeralPorts", FieldType::PortRange});
        f.push_back({tr("Source/destination check"), eni, "/sourceDestCheck", FieldType::Bool});
        f.push_back({tr("As a route target"), eni, "/natMode", FieldType::Choice,
                     {"auto", "nat", "router"},
                     {tr("auto (NAT when the check is off and it has a public IP)"),
                      tr("NAT instance (masquerade)"), tr("router (no translation)")}});
    };
    switch (*kind) {
    case ResourceKind::Vpc:
        // Secondary blocks too (S5: 172.16.0.0/16 and 128.0.0.0/16 in one VPC); primary first.
        f.push_back({tr("CIDRs"), id, "/cidrs", FieldType::CidrList, {}, {},
                     [](const Design &, const Json &value) {
                         return value.empty() ? tr("A VPC needs at least one CIDR block.")
                                              : QString();
                     }});
        f.push_back({tr("Region"), id, "/region", FieldType::Text});
        break;
    case ResourceKind::Subnet:
        f.push_back({tr("CIDR"), id, "/cidr", FieldType::Cidr});
        f.push_back({tr("Availability Zone"), id, "/availabilityZone", FieldType::Text});
        f.push_back({tr("Auto-assign public IP"), id, "/mapPublicIpOnLaunch", FieldType::Bool});
        break;
    case ResourceKind::Instance: {
        f.push_back({tr("Platform"), id, "/platform", FieldType::Choice, {"linux", "windows"}});
        f.push_back({tr("Port 25 block removed (OP25B)"), id, "/op25bLifted", FieldType::Bool});
        const auto &enis = design.find<Instance>(id)->eniIds;
        if (!enis.empty())
            eniFields(enis.front());
        break;
    }
    case ResourceKind::NetworkInterface:
        f.push_back({tr("Role"), id, "/role", FieldType::Choice,
                     {"ec2", "lambda", "fargate", "nat-gateway", "load-balancer", "vpc-endpoint",
                      "other"}});
        f.push_back({tr("Port 25 block removed (OP25B)"), id, "/op25bLifted", FieldType::Bool});
        eniFields(id);
        break;
    case ResourceKind::NatGateway:
        f.push_back({tr("Private IP"), id, "/privateIp", FieldType::Ipv4});
        f.push_back({tr("Elastic IP"), id, "/publicIp", FieldType::OptionalIpv4});
        f.push_back({tr("Private NAT gateway"), id, "/privateConnectivity", FieldType::Bool});
        f.push_back({tr("Port 25 block removed (OP25B)"), id, "/op25bLifted", FieldType::Bool});
        break;
    case ResourceKind::LoadBalancer:
    case ResourceKind::TargetGroup: loadBalancingFields(design, id, f); break;
    case ResourceKind::TransitGateway:
    case ResourceKind::TgwAttachment: transitFields(design, id, f); break;
    case ResourceKind::VpcEndpoint:
        if (design.find<VpcEndpoint>(id)->endpointType == "GatewayLoadBalancer")
            f.push_back({tr("Gateway Load Balancer"), id, "/loadBalancerId", FieldType::Text, {},
                         {}, [](const Design &d, const Json &v) {
                             const auto *lb = d.find<LoadBalancer>(v.get<std::string>());
                             return lb && lb->type == "gateway"
                                        ? QString()
                                        : tr("\"%1\" is not a Gateway Load Balancer of this "
                                             "design.").arg(qs(v.get<std::string>()));
                         }});
        f.push_back({tr("Service"), id, "/serviceName", FieldType::Text});
        f.push_back({tr("Private DNS"), id, "/privateDnsEnabled", FieldType::Bool});
        f.push_back({tr("Security groups"), id, "/securityGroupIds", FieldType::IdList});
        break;
    case ResourceKind::SesEndpoint:
        f.push_back({tr("Region"), id, "/region", FieldType::Text});
        f.push_back({tr("Sandbox"), id, "/sandbox", FieldType::Bool});
        f.push_back({tr("Receiving (MX)"), id, "/receiving", FieldType::Bool});
        f.push_back({tr("Sending enabled"), id, "/sendingEnabled", FieldType::Bool});
        f.push_back({tr("Ports"), id, "/ports", FieldType::PortList});
        break;
    case ResourceKind::OnPremNetwork:
        f.push_back({tr("CIDRs"), id, "/cidrs", FieldType::CidrList});
        break;
    case ResourceKind::Firewall:
        f.push_back({tr("Public IPs"), id, "/publicIps", FieldType::IpList});
        f.push_back({tr("Source NAT IP"), id, "/snatIp", FieldType::OptionalIpv4});
        break;
    case ResourceKind::RouteTable:
        f.push_back({tr("Edge association (internet gateway)"), id, "/gatewayIds",
                     FieldType::IdList, {}, {}, [id](const Design &d, const Json &v) {
                         return checkEdgeGateways(d, id, v);
                     }});
        break;
    case ResourceKind::NetworkFirewall:
        f.push_back({tr("Rule order"), id, "/ruleOrder", FieldType::Choice,
                     {"DEFAULT_ACTION_ORDER", "STRICT_ORDER"}});
        f.push_back({tr("Stateless default"), id, "/statelessDefaultActions/0", FieldType::Choice,
                     {"aws:forward_to_sfe", "aws:pass", "aws:drop"}});
        f.push_back({tr("Stateless fragment default"), id, "/statelessFragmentDefaultActions/0",
                     FieldType::Choice, {"aws:forward_to_sfe", "aws:pass", "aws:drop"}});
        f.push_back({tr("Stateful defaults (strict order)"), id, "/statefulDefaultActions",
                     FieldType::IdList, {}, {}, checkStatefulDefaults});
        f.push_back({tr("HOME_NET"), id, "/homeNet", FieldType::CidrList});
        f.push_back({tr("State"), id, "/state", FieldType::Choice, {"READY", "PROVISIONING"}});
        break;
    case ResourceKind::SmtpServer:
        f.push_back({tr("Address"), id, "/address", FieldType::Ipv4});
        f.push_back({tr("Ports"), id, "/ports", FieldType::PortList});
        f.push_back({tr("Relay allow-list"), id, "/relayAllow", FieldType::CidrList});
        f.push_back({tr("TLS"), id, "/tls", FieldType::Choice, {"none", "optional", "required"}});
        break;
    case ResourceKind::InternetHost:
        f.push_back({tr("Host name"), id, "/hostName", FieldType::Text});
        f.push_back({tr("Addresses"), id, "/addresses", FieldType::IpList});
        break;
    case ResourceKind::CustomerGateway:
        f.push_back({tr("IP address"), id, "/ipAddress", FieldType::OptionalIpv4});
        break;
    default: break;
    }
    return f;
}

std::optional<Json> parseField(FieldType type, const QString &input, QString *error)
{
    const QString text = input.trimmed();
    const QStringList parts = text.split(',', Qt::SkipEmptyParts);
    auto fail = [&](const QString &message) -> std::optional<Json> {
        *error = message;
        return std::nullopt;
    };
    auto port = [&](const QString &p, int lowest) -> std::optional<int> {
        bool ok = false;
        const int n = p.trimmed().toInt(&ok);
        if (!ok || n < lowest || n > 65535)
            return std::nullopt;
        return n;
    };
    switch (type) {
    case FieldType::Text:
    case FieldType::Choice: return Json(text.toStdString());
    case FieldType::Bool: return Json(text == "true");
    case FieldType::OptionalBool:
        return text.isEmpty() ? Json(nullptr) : Json(text == "true");
    case FieldType::Int: {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        return ok ? std::optional<Json>(Json(v)) : fail(tr("Not a number: %1").arg(text));
    }
    case FieldType::Port:
    case FieldType::OptionalPort: {
        if (text.isEmpty() && type == FieldType::OptionalPort)
            return Json(0);
        if (const auto p = port(text, 1))
            return Json(*p);
        return fail(tr("\"%1\" is not a port from 1 to 65535.").arg(text));
    }
    case FieldType::Cidr: {
        const auto c = Cidr::parse(text.toStdString());
        if (!c || !text.contains('/'))
            return fail(tr("\"%1\" is not an IPv4 CIDR such as 10.0.1.0/24.").arg(text));
        return Json(c->toString());
    }
    case FieldType::Ipv4:
    case FieldType::OptionalIpv4: {
        if (text.isEmpty() && type == FieldType::OptionalIpv4)
            return Json(nullptr);
        if (!parseIpv4(text.toStdString()))
            return fail(tr("\"%1\" is not an IPv4 address.").arg(text));
        return Json(text.toStdString());
    }
    case FieldType::PortRange: {
        const auto r = PortRange::parse(text.toStdString());
        if (!r || r->lo > r->hi)
            return fail(tr("\"%1\" is not a port range such as 32768-60999.").arg(text));
        return Json(r->toString());
    }
    case FieldType::PortList: {
        Json list = Json::array();
        for (const auto &p : parts) {
            const auto n = port(p, 1);
            if (!n)
                return fail(tr("\"%1\" is not a port from 1 to 65535.").arg(p.trimmed()));
            list.push_back(*n);
        }
        return list;
    }
    case FieldType::CidrList:
    case FieldType::IpList:
    case FieldType::IdList: {
        Json list = Json::array();
        for (const auto &p : parts) {
            const std::string s = p.trimmed().toStdString();
            if (type == FieldType::CidrList && (!Cidr::parse(s) || !p.contains('/')))
                return fail(tr("\"%1\" is not an IPv4 CIDR.").arg(p.trimmed()));
            if (type == FieldType::IpList && !parseIpv4(s))
                return fail(tr("\"%1\" is not an IPv4 address.").arg(p.trimmed()));
            list.push_back(type == FieldType::CidrList ? Cidr::parse(s)->toString() : s);
        }
        return list;
    }
    }
    return std::nullopt;
}

QString displayField(FieldType type, const Json &value)
{
    if (value.is_null())
        return {};
    if (value.is_array()) {
        QStringList parts;
        for (const auto &v : value)
            parts << (v.is_string() ? qs(v.get<std::string>()) : qs(v.dump()));
        return parts.join(QStringLiteral(", "));
    }
    if (value.is_string())
        return qs(value.get<std::string>());
    if (type == FieldType::OptionalPort && value == 0)
        return {};
    if (value.is_boolean())
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    return qs(value.dump());
}

} // namespace mailpath::app
