#include "kindforms.h"

#include "ruletableeditor.h"
#include "sesschemas.h"
#include "tablehelpers.h"

#include "core/model/kindtraits.h"

#include <algorithm>
#include <array>
#include <set>

namespace mailpath::app {

using namespace core;
using Json = nlohmann::json;
using Fields = std::vector<FieldSpec>;
using Sections = std::vector<InspectorSection>;
using Preset = RuleTableEditor::Preset;

namespace {

// ---- checks of references in a field's value ----

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

QString checkGatewayLoadBalancer(const Design &design, const Json &value)
{
    const auto *lb = design.find<LoadBalancer>(value.get<std::string>());
    return lb && lb->type == "gateway"
               ? QString()
               : tr("\"%1\" is not a Gateway Load Balancer of this design.")
                     .arg(qs(value.get<std::string>()));
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

// ---- editable properties, per kind ----

/** An ENI's own fields; an instance shows its primary ENI's. */
void interfaceFields(const std::string &eni, Fields &f)
{
    f.push_back({tr("Private IP"), eni, "/privateIps/0", FieldType::Ipv4});
    f.push_back({tr("Public IP"), eni, "/publicIp", FieldType::OptionalIpv4});
    f.push_back({tr("Security groups"), eni, "/securityGroupIds", FieldType::IdList});
    f.push_back({tr("Ephemeral ports"), eni, "/ephemeralPorts", FieldType::PortRange});
    f.push_back({tr("Source/destination check"), eni, "/sourceDestCheck", FieldType::Bool});
    f.push_back({tr("As a route target"), eni, "/natMode", FieldType::Choice,
                 {"auto", "nat", "router"},
                 {tr("auto (NAT when the check is off and it has a public IP)"),
                  tr("NAT instance (masquerade)"), tr("router (no translation)")}});
}

void vpcFields(const Design &, const std::string &id, Fields &f)
{
    // Secondary blocks too (S5: 172.16.0.0/16 and 128.0.0.0/16 in one VPC); primary first.
    f.push_back({tr("CIDRs"), id, "/cidrs", FieldType::CidrList, {}, {},
                 [](const Design &, const Json &value) {
                     return value.empty() ? tr("A VPC needs at least one CIDR block.") : QString();
                 }});
    f.push_back({tr("Region"), id, "/region", FieldType::Text});
}

void subnetFields(const Design &, const std::string &id, Fields &f)
{
    f.push_back({tr("CIDR"), id, "/cidr", FieldType::Cidr});
    f.push_back({tr("Availability Zone"), id, "/availabilityZone", FieldType::Text});
    f.push_back({tr("Auto-assign public IP"), id, "/mapPublicIpOnLaunch", FieldType::Bool});
}

void instanceFields(const Design &design, const std::string &id, Fields &f)
{
    f.push_back({tr("Platform"), id, "/platform", FieldType::Choice, {"linux", "windows"}});
    f.push_back({tr("Port 25 block removed (OP25B)"), id, "/op25bLifted", FieldType::Bool});
    const auto &enis = design.find<Instance>(id)->eniIds;
    if (!enis.empty())
        interfaceFields(enis.front(), f);
}

void eniFields(const Design &, const std::string &id, Fields &f)
{
    f.push_back({tr("Role"), id, "/role", FieldType::Choice,
                 {"ec2", "lambda", "fargate", "nat-gateway", "load-balancer", "vpc-endpoint",
                  "other"}});
    f.push_back({tr("Port 25 block removed (OP25B)"), id, "/op25bLifted", FieldType::Bool});
    interfaceFields(id, f);
}

void natGatewayFields(const Design &, const std::string &id, Fields &f)
{
    f.push_back({tr("Private IP"), id, "/privateIp", FieldType::Ipv4});
    f.push_back({tr("Elastic IP"), id, "/publicIp", FieldType::OptionalIpv4});
    f.push_back({tr("Private NAT gateway"), id, "/privateConnectivity", FieldType::Bool});
    f.push_back({tr("Port 25 block removed (OP25B)"), id, "/op25bLifted", FieldType::Bool});
}

void loadBalancerFields(const Design &design, const std::string &id, Fields &f)
{
    f.push_back({tr("Internet-facing"), id, "/internetFacing", FieldType::Bool});
    f.push_back({tr("Cross-zone load balancing"), id, "/crossZone", FieldType::Bool});
    f.push_back({tr("Security groups"), id, "/securityGroupIds", FieldType::IdList});
    if (design.find<LoadBalancer>(id)->isClassic()) {
        f.push_back({tr("Health check"), id, "/healthCheck", FieldType::Text});
        f.push_back({tr("Proxy Protocol"), id, "/proxyProtocol", FieldType::Bool});
    }
}

void targetGroupFields(const Design &design, const std::string &id, Fields &f)
{
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

void transitGatewayFields(const Design &design, const std::string &id, Fields &f)
{
    f.push_back({tr("ASN"), id, "/asn", FieldType::Int});
    FieldSpec assoc{tr("Default association"), id, "/defaultAssociationRouteTableId"};
    tgwRouteTableChoice(design, id, tr("none"), assoc);
    f.push_back(assoc);
    FieldSpec prop{tr("Default propagation"), id, "/defaultPropagationRouteTableId"};
    tgwRouteTableChoice(design, id, tr("none"), prop);
    f.push_back(prop);
}

void tgwAttachmentFields(const Design &design, const std::string &id, Fields &f)
{
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
}

void vpcEndpointFields(const Design &design, const std::string &id, Fields &f)
{
    if (design.find<VpcEndpoint>(id)->endpointType == "GatewayLoadBalancer")
        f.push_back({tr("Gateway Load Balancer"), id, "/loadBalancerId", FieldType::Text, {}, {},
                     checkGatewayLoadBalancer});
    f.push_back({tr("Service"), id, "/serviceName", FieldType::Text});
    f.push_back({tr("Private DNS"), id, "/privateDnsEnabled", FieldType::Bool});
    f.push_back({tr("Security groups"), id, "/securityGroupIds", FieldType::IdList});
}

void sesFields(const Design &, const std::string &id, Fields &f)
{
    f.push_back({tr("Region"), id, "/region", FieldType::Text});
    f.push_back({tr("Sandbox"), id, "/sandbox", FieldType::Bool});
    f.push_back({tr("Receiving (MX)"), id, "/receiving", FieldType::Bool});
    f.push_back({tr("Sending enabled"), id, "/sendingEnabled", FieldType::Bool});
    f.push_back({tr("Ports"), id, "/ports", FieldType::PortList});
}

void onPremFields(const Design &, const std::string &id, Fields &f)
{
    f.push_back({tr("CIDRs"), id, "/cidrs", FieldType::CidrList});
}

void firewallFields(const Design &, const std::string &id, Fields &f)
{
    f.push_back({tr("Public IPs"), id, "/publicIps", FieldType::IpList});
    f.push_back({tr("Source NAT IP"), id, "/snatIp", FieldType::OptionalIpv4});
}

void routeTableFields(const Design &, const std::string &id, Fields &f)
{
    f.push_back({tr("Edge association (internet gateway)"), id, "/gatewayIds", FieldType::IdList,
                 {}, {}, [id](const Design &d, const Json &v) {
                     return checkEdgeGateways(d, id, v);
                 }});
}

void networkFirewallFields(const Design &, const std::string &id, Fields &f)
{
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
}

void smtpServerFields(const Design &, const std::string &id, Fields &f)
{
    f.push_back({tr("Address"), id, "/address", FieldType::Ipv4});
    f.push_back({tr("Ports"), id, "/ports", FieldType::PortList});
    f.push_back({tr("Relay allow-list"), id, "/relayAllow", FieldType::CidrList});
    f.push_back({tr("TLS"), id, "/tls", FieldType::Choice, {"none", "optional", "required"}});
}

void internetHostFields(const Design &, const std::string &id, Fields &f)
{
    f.push_back({tr("Host name"), id, "/hostName", FieldType::Text});
    f.push_back({tr("Addresses"), id, "/addresses", FieldType::IpList});
}

void customerGatewayFields(const Design &, const std::string &id, Fields &f)
{
    f.push_back({tr("IP address"), id, "/ipAddress", FieldType::OptionalIpv4});
}

void dxGatewayFields(const Design &design, const std::string &id, Fields &f)
{
    f.push_back({tr("ASN"), id, "/asn", FieldType::Int});
    f.push_back({tr("State"), id, "/state", FieldType::Choice,
                 {"available", "pending", "deleting", "deleted"}});
    // R17.2: what AWS advertises to on-premises, per associated gateway.
    const auto &associations = design.find<DirectConnectGateway>(id)->associations;
    for (size_t i = 0; i < associations.size(); ++i)
        f.push_back({tr("Allowed prefixes to %1").arg(qs(associations[i].gatewayId)), id,
                     "/associations/" + std::to_string(i) + "/allowedPrefixes",
                     FieldType::CidrList});
}

void virtualInterfaceFields(const Design &design, const std::string &id, Fields &f)
{
    f.push_back({tr("Type"), id, "/type", FieldType::Choice, {"private", "transit"}});
    f.push_back({tr("State"), id, "/state", FieldType::Choice,
                 {"available", "down", "pending", "confirming", "verifying", "deleting",
                  "deleted", "rejected"}});
    f.push_back({tr("VLAN"), id, "/vlan", FieldType::Int});
    f.push_back({tr("Customer ASN"), id, "/asn", FieldType::Int});
    // BGP-learned routes are in no snapshot (R17.3): the prefixes behind the VIF are stated here.
    f.push_back({tr("On-premises prefixes"), id, "/onPremPrefixes", FieldType::CidrList});
    const auto &peers = design.find<VirtualInterface>(id)->bgpPeers;
    for (size_t i = 0; i < peers.size(); ++i)
        f.push_back({tr("BGP peer %1").arg(qs(peers[i].customerAddress)), id,
                     "/bgpPeers/" + std::to_string(i) + "/bgpStatus", FieldType::Choice,
                     {"up", "down", "unknown"}});
}

// ---- sections below the form, per kind ----

QString nameOf(const Design &design, const std::string &id)
{
    return qs(design.displayName(id));
}

void rules(Sections &out, const QString &title, const std::string &id, Preset preset)
{
    out.push_back({InspectorSection::Rules, title, id, int(preset)});
}

void aclSections(const Design &design, const std::string &subnetId, Sections &out)
{
    const std::string acl = effectiveNetworkAcl(design, subnetId);
    if (acl.empty())
        return;
    rules(out, tr("Network ACL %1 — inbound").arg(nameOf(design, acl)), acl, Preset::AclInbound);
    rules(out, tr("Network ACL %1 — outbound").arg(nameOf(design, acl)), acl, Preset::AclOutbound);
}

void securityGroupSections(const Design &design, std::vector<std::string> groups, Sections &out)
{
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    for (const auto &sg : groups) {
        if (!design.find<SecurityGroup>(sg))
            continue;
        const QString name = nameOf(design, sg);
        rules(out, tr("Security group %1 — inbound").arg(name), sg, Preset::SgIngress);
        rules(out, tr("Security group %1 — outbound").arg(name), sg, Preset::SgEgress);
    }
}

void subnetSections(const Design &design, const std::string &id, Sections &out)
{
    // The ACL first: mail stories are fixed there far more often, and it stays in view.
    aclSections(design, id, out);
    const std::string rt = effectiveRouteTable(design, id);
    if (!rt.empty())
        rules(out,
              tr("Route table %1%2")
                  .arg(nameOf(design, rt),
                       design.find<RouteTable>(rt)->main ? tr(" (main)") : QString()),
              rt, Preset::Routes);
}

void instanceSections(const Design &design, const std::string &id, Sections &out)
{
    std::vector<std::string> groups;
    for (const auto &eni : design.find<Instance>(id)->eniIds)
        if (const auto *e = design.find<Eni>(eni))
            groups.insert(groups.end(), e->securityGroupIds.begin(), e->securityGroupIds.end());
    securityGroupSections(design, groups, out);
}

void eniSections(const Design &design, const std::string &id, Sections &out)
{
    securityGroupSections(design, design.find<Eni>(id)->securityGroupIds, out);
}

void vpcEndpointSections(const Design &design, const std::string &id, Sections &out)
{
    securityGroupSections(design, design.find<VpcEndpoint>(id)->securityGroupIds, out);
}

void targetGroupSections(const Design &, const std::string &id, Sections &out)
{
    out.push_back({InspectorSection::Records, tr("Targets"), id, Targets});
}

void loadBalancerSections(const Design &design, const std::string &id, Sections &out)
{
    const auto *lb = design.find<LoadBalancer>(id);
    securityGroupSections(design, lb->securityGroupIds, out);
    if (lb->isClassic()) {
        out.push_back({InspectorSection::Records, tr("Listeners"), id, ClassicListeners});
        out.push_back({InspectorSection::Records, tr("Instances"), id, ClassicInstances});
        return;
    }
    out.push_back({InspectorSection::Records, tr("Listeners"), id, Listeners});
    std::vector<std::string> groups;
    for (const auto &listener : lb->listeners)
        if (design.find<TargetGroup>(listener.targetGroupId))
            groups.push_back(listener.targetGroupId);
    for (const auto &[tgId, tg] : design.all<TargetGroup>())
        if (std::find(tg.loadBalancerIds.begin(), tg.loadBalancerIds.end(), id)
            != tg.loadBalancerIds.end())
            groups.push_back(tgId);
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    for (const auto &tg : groups) {
        const QString name = nameOf(design, tg);
        out.push_back({InspectorSection::Fields, tr("Target group %1").arg(name), tg});
        out.push_back({InspectorSection::Records, tr("Targets of %1").arg(name), tg, Targets});
    }
}

void tgwRouteTableSection(const std::string &rt, const QString &prefix, Sections &out)
{
    out.push_back({InspectorSection::Records, prefix + tr("Routes"), rt, TgwRoutes});
    out.push_back({InspectorSection::Links, prefix + tr("Associations and propagations"), rt});
}

void transitGatewaySections(const Design &design, const std::string &id, Sections &out)
{
    for (const auto &[rt, table] : design.all<TgwRouteTable>())
        if (table.transitGatewayId == id)
            tgwRouteTableSection(rt, tr("Route table %1 — ").arg(nameOf(design, rt)), out);
}

void tgwRouteTableSections(const Design &, const std::string &id, Sections &out)
{
    tgwRouteTableSection(id, {}, out);
}

void tgwAttachmentSections(const Design &, const std::string &id, Sections &out)
{
    out.push_back({InspectorSection::Links, tr("Route tables"), id});
}

void networkFirewallSections(const Design &, const std::string &id, Sections &out)
{
    out.push_back({InspectorSection::Records, tr("Policy rule groups"), id, NfwRuleGroups});
}

void gatewaySections(const Design &design, const std::string &id, Sections &out)
{
    out.push_back({InspectorSection::Note,
                   tr("NAT gateways and internet gateways carry no security group or network "
                      "ACL of their own: the ACL of the subnet they sit in applies to their "
                      "traffic."),
                   id});
    if (const auto *nat = design.find<NatGateway>(id))
        aclSections(design, nat->subnetId, out);
    for (const auto &[rt, table] : design.all<RouteTable>()) // ingress routing (R1.9)
        if (std::find(table.gatewayIds.begin(), table.gatewayIds.end(), id)
            != table.gatewayIds.end())
            rules(out, tr("Edge route table %1 (ingress routing)").arg(nameOf(design, rt)), rt,
                  Preset::Routes);
}

void sesSections(const Design &design, const std::string &id, Sections &out)
{
    if (design.find<SesEndpoint>(id)->receiving) {
        out.push_back({InspectorSection::Records, tr("Receipt IP filters"), id, SesReceiptFilters});
        return;
    }
    out.push_back({InspectorSection::Records, tr("Identities"), id, SesIdentities});
    const QString dns = sesDnsSummary(design, id);
    if (!dns.isEmpty())
        out.push_back({InspectorSection::DnsRecords, dns, id});
    out.push_back({InspectorSection::Records, tr("Configuration sets"), id,
                   SesConfigurationSets});
}

void firewallSections(const Design &, const std::string &id, Sections &out)
{
    rules(out, tr("Firewall rules"), id, Preset::FirewallRules);
}

void routeTableSections(const Design &, const std::string &id, Sections &out)
{
    rules(out, tr("Routes"), id, Preset::Routes);
}

void securityGroupOwnSections(const Design &design, const std::string &id, Sections &out)
{
    securityGroupSections(design, {id}, out);
}

void networkAclSections(const Design &, const std::string &id, Sections &out)
{
    rules(out, tr("Inbound"), id, Preset::AclInbound);
    rules(out, tr("Outbound"), id, Preset::AclOutbound);
}

using K = ResourceKind;

// One line per kind, in the enum's order (checked below).
constexpr std::array<KindForm, resourceKindCount> forms{{
    {K::Vpc, vpcFields, nullptr},
    {K::Subnet, subnetFields, subnetSections},
    {K::RouteTable, routeTableFields, routeTableSections},
    {K::SecurityGroup, nullptr, securityGroupOwnSections},
    {K::NetworkAcl, nullptr, networkAclSections},
    {K::NetworkInterface, eniFields, eniSections},
    {K::Instance, instanceFields, instanceSections},
    {K::NatGateway, natGatewayFields, gatewaySections},
    {K::InternetGateway, nullptr, gatewaySections},
    {K::TransitGateway, transitGatewayFields, transitGatewaySections},
    {K::TgwAttachment, tgwAttachmentFields, tgwAttachmentSections},
    {K::TgwRouteTable, nullptr, tgwRouteTableSections},
    {K::PeeringConnection, nullptr, nullptr},
    {K::VpcEndpoint, vpcEndpointFields, vpcEndpointSections},
    {K::LoadBalancer, loadBalancerFields, loadBalancerSections},
    {K::TargetGroup, targetGroupFields, targetGroupSections},
    {K::VpnGateway, nullptr, nullptr},
    {K::VpnConnection, nullptr, nullptr},
    {K::CustomerGateway, customerGatewayFields, nullptr},
    {K::SesEndpoint, sesFields, sesSections},
    {K::OnPremNetwork, onPremFields, nullptr},
    {K::Firewall, firewallFields, firewallSections},
    {K::SmtpServer, smtpServerFields, nullptr},
    {K::InternetHost, internetHostFields, nullptr},
    {K::NetworkFirewall, networkFirewallFields, networkFirewallSections},
    {K::PrefixList, nullptr, nullptr},
    {K::HostedZone, nullptr, nullptr},
    {K::DirectConnectGateway, dxGatewayFields, nullptr},
    {K::VirtualInterface, virtualInterfaceFields, nullptr},
}};

constexpr bool inKindOrder()
{
    for (size_t i = 0; i < forms.size(); ++i)
        if (forms[i].kind != ResourceKind(i))
            return false;
    return true;
}
static_assert(inKindOrder(), "one KindForm per ResourceKind, in the enum's order");

} // namespace

const KindForm &kindForm(ResourceKind kind)
{
    return forms[size_t(kind)];
}

} // namespace mailpath::app
