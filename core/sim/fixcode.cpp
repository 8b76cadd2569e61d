#include "fixcode.h"

#include "../model/design.h"

#include <array>
#include <cctype>
#include <regex>

namespace mailpath::core {

namespace {

std::string protocolWord(int protocol)
{
    switch (protocol) {
    case -1: return "-1";
    case 6: return "tcp";
    case 17: return "udp";
    case 1: return "icmp";
    default: return std::to_string(protocol);
    }
}

// A Terraform address as the importer keeps it in the name: aws_network_acl.public,
// module.net.aws_security_group.web["a"].
bool isTerraformAddress(const std::string &name, std::string_view type)
{
    static const std::regex address(R"(^(module\.[A-Za-z0-9_-]+(\[[^\]]+\])?\.)*([a-z0-9_]+)\.)"
                                    R"([A-Za-z0-9_-]+(\[[^\]]+\])?$)");
    std::smatch m;
    return std::regex_match(name, m, address) && m[3] == std::string(type);
}

// What an HCL attribute refers to: the resource's own address where the design kept it, the
// VPC's default ACL/group attribute for AWS's defaults, else the id as a literal.
template<typename T>
std::string hclReference(const T &resource, std::string_view type, std::string_view defaultAttr)
{
    if (isTerraformAddress(resource.name, type))
        return resource.name + ".id";
    static const std::regex defaultOf(R"(^default .* of ((module\.\S+\.)?aws_vpc\.\S+)$)");
    std::smatch m;
    if (std::regex_match(resource.name, m, defaultOf))
        return m[1].str() + "." + std::string(defaultAttr);
    return "\"" + resource.id + "\"";
}

// A name usable as a Terraform label or a CloudFormation logical id.
std::string label(std::string text, bool camel)
{
    std::string out;
    bool upper = camel;
    for (char c : text) {
        const bool alnum = std::isalnum(static_cast<unsigned char>(c));
        if (!alnum) {
            upper = camel;
            if (!camel && !out.empty() && out.back() != '_')
                out += '_';
            continue;
        }
        out += upper ? char(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return out.empty() ? std::string("Fix") : out;
}

// The logical id a CloudFormation import kept as the name, else the id as a literal.
template<typename T>
std::string cfnReference(const T &resource)
{
    static const std::regex logicalId("^[A-Za-z0-9]+$");
    return std::regex_match(resource.name, logicalId) ? "!Ref " + resource.name
                                                      : resource.id;
}

std::string baseName(const std::string &name, const std::string &id)
{
    const auto dot = name.rfind('.');
    return label(name.empty() ? id : dot == std::string::npos ? name : name.substr(dot + 1),
                 false);
}

std::string aclTerraform(const NetworkAcl &acl, const ModelFix &fix)
{
    std::string out;
    const std::string ref = hclReference(acl, "aws_network_acl", "default_network_acl_id");
    for (const auto &e : fix.aclEntries) {
        out += "resource \"aws_network_acl_rule\" \"" + baseName(acl.name, acl.id)
               + (e.egress ? "_egress_" : "_ingress_") + std::to_string(e.ruleNumber) + "\" {\n"
               + "  network_acl_id = " + ref + "\n"
               + "  rule_number    = " + std::to_string(e.ruleNumber) + "\n"
               + "  egress         = " + (e.egress ? "true" : "false") + "\n"
               + "  protocol       = \"" + protocolWord(e.protocol) + "\"\n"
               + "  rule_action    = \"" + (e.allow ? "allow" : "deny") + "\"\n"
               + "  cidr_block     = \"" + e.cidr.toString() + "\"\n";
        if (e.protocol != -1)
            out += "  from_port      = " + std::to_string(e.ports.lo) + "\n"
                   + "  to_port        = " + std::to_string(e.ports.hi) + "\n";
        out += "}\n";
    }
    out += "# If the aws_network_acl writes its rules inline, add an "
           + std::string(fix.egress ? "egress" : "ingress")
           + " block there instead:\n# Terraform does not mix inline rules with "
             "aws_network_acl_rule.\n";
    return out;
}

std::string sgPeerHcl(const SgRule &r)
{
    if (!r.groupId.empty())
        return "  referenced_security_group_id = \"" + r.groupId + "\"\n";
    if (!r.prefixListId.empty())
        return "  prefix_list_id    = \"" + r.prefixListId + "\"\n";
    return "  cidr_ipv4         = \"" + (r.cidr ? r.cidr->toString() : "0.0.0.0/0") + "\"\n";
}

std::string sgTerraform(const SecurityGroup &sg, const ModelFix &fix)
{
    std::string out;
    const std::string ref = hclReference(sg, "aws_security_group", "default_security_group_id");
    const std::string type = fix.egress ? "aws_vpc_security_group_egress_rule"
                                        : "aws_vpc_security_group_ingress_rule";
    for (const auto &r : fix.sgRules) {
        out += "resource \"" + type + "\" \"" + baseName(sg.name, sg.id) + "_"
               + (r.protocol == -1 ? std::string("all") : protocolWord(r.protocol) + "_"
                                                              + std::to_string(r.ports.lo))
               + "\" {\n  security_group_id = " + ref + "\n"
               + "  ip_protocol       = \"" + protocolWord(r.protocol) + "\"\n";
        if (r.protocol != -1)
            out += "  from_port         = " + std::to_string(r.ports.lo) + "\n"
                   + "  to_port           = " + std::to_string(r.ports.hi) + "\n";
        out += sgPeerHcl(r) + "}\n";
    }
    return out;
}

std::string aclCloudFormation(const NetworkAcl &acl, const ModelFix &fix)
{
    std::string out;
    for (const auto &e : fix.aclEntries) {
        out += label(acl.name.empty() ? acl.id : acl.name, true)
               + (e.egress ? "Egress" : "Ingress") + std::to_string(e.ruleNumber) + ":\n"
               + "  Type: AWS::EC2::NetworkAclEntry\n  Properties:\n"
               + "    NetworkAclId: " + cfnReference(acl) + "\n"
               + "    RuleNumber: " + std::to_string(e.ruleNumber) + "\n"
               + "    Egress: " + (e.egress ? "true" : "false") + "\n"
               + "    Protocol: " + std::to_string(e.protocol) + "\n"
               + "    RuleAction: " + (e.allow ? "allow" : "deny") + "\n"
               + "    CidrBlock: " + e.cidr.toString() + "\n";
        if (e.protocol != -1)
            out += "    PortRange:\n      From: " + std::to_string(e.ports.lo) + "\n      To: "
                   + std::to_string(e.ports.hi) + "\n";
    }
    return out;
}

std::string sgCloudFormation(const SecurityGroup &sg, const ModelFix &fix)
{
    std::string out;
    const std::string dir = fix.egress ? "Egress" : "Ingress";
    const std::string peer = fix.egress ? "Destination" : "Source";
    for (const auto &r : fix.sgRules) {
        out += label(sg.name.empty() ? sg.id : sg.name, true) + dir
               + (r.protocol == -1 ? std::string("All") : std::to_string(r.ports.lo)) + ":\n"
               + "  Type: AWS::EC2::SecurityGroup" + dir + "\n  Properties:\n"
               + "    GroupId: " + cfnReference(sg) + "\n"
               + "    IpProtocol: " + protocolWord(r.protocol) + "\n";
        if (r.protocol != -1)
            out += "    FromPort: " + std::to_string(r.ports.lo) + "\n    ToPort: "
                   + std::to_string(r.ports.hi) + "\n";
        if (!r.groupId.empty())
            out += "    " + peer + "SecurityGroupId: " + r.groupId + "\n";
        else if (!r.prefixListId.empty())
            out += "    " + peer + "PrefixListId: " + r.prefixListId + "\n";
        else
            out += "    " + std::string("CidrIp") + ": "
                   + (r.cidr ? r.cidr->toString() : "0.0.0.0/0") + "\n";
    }
    return out;
}

std::string aclCli(const NetworkAcl &acl, const ModelFix &fix)
{
    std::string out;
    for (const auto &e : fix.aclEntries) {
        out += "aws ec2 create-network-acl-entry --network-acl-id " + acl.id
               + (e.egress ? " --egress" : " --ingress") + " --rule-number "
               + std::to_string(e.ruleNumber) + " --protocol " + protocolWord(e.protocol);
        if (e.protocol != -1)
            out += " --port-range From=" + std::to_string(e.ports.lo)
                   + ",To=" + std::to_string(e.ports.hi);
        out += " --cidr-block " + e.cidr.toString() + " --rule-action "
               + (e.allow ? "allow" : "deny") + "\n";
    }
    return out;
}

std::string sgCli(const SecurityGroup &sg, const ModelFix &fix)
{
    std::string out;
    for (const auto &r : fix.sgRules) {
        std::string permission = "IpProtocol=" + protocolWord(r.protocol);
        if (r.protocol != -1)
            permission += ",FromPort=" + std::to_string(r.ports.lo)
                          + ",ToPort=" + std::to_string(r.ports.hi);
        if (!r.groupId.empty())
            permission += ",UserIdGroupPairs=[{GroupId=" + r.groupId + "}]";
        else if (!r.prefixListId.empty())
            permission += ",PrefixListIds=[{PrefixListId=" + r.prefixListId + "}]";
        else
            permission += ",IpRanges=[{CidrIp=" + (r.cidr ? r.cidr->toString() : "0.0.0.0/0")
                          + "}]";
        out += "aws ec2 authorize-security-group-" + std::string(fix.egress ? "egress" : "ingress")
               + " --group-id " + sg.id + " --ip-permissions '" + permission + "'\n";
    }
    return out;
}

// The route's target as Terraform, CloudFormation and the AWS CLI name its attribute.
std::array<std::string, 3> routeTargetNames(RouteTarget target)
{
    switch (target) {
    case RouteTarget::NatGateway: return {"nat_gateway_id", "NatGatewayId", "--nat-gateway-id"};
    case RouteTarget::TransitGateway:
        return {"transit_gateway_id", "TransitGatewayId", "--transit-gateway-id"};
    case RouteTarget::Peering:
        return {"vpc_peering_connection_id", "VpcPeeringConnectionId",
                "--vpc-peering-connection-id"};
    default: return {"gateway_id", "GatewayId", "--gateway-id"};
    }
}

std::string routeCode(const RouteTable &table, const ModelFix &fix, FixLanguage language)
{
    std::string out;
    for (const auto &r : fix.routes) {
        const std::string dst = r.destination ? r.destination->toString() : "0.0.0.0/0";
        const auto names = routeTargetNames(r.target);
        if (language == FixLanguage::Terraform)
            out += "resource \"aws_route\" \"" + baseName(table.name, table.id) + "_"
                   + label(dst, false) + "\" {\n  route_table_id         = "
                   + hclReference(table, "aws_route_table", "default_route_table_id") + "\n"
                   + "  destination_cidr_block = \"" + dst + "\"\n  " + names[0] + " = \""
                   + r.targetId + "\"\n}\n";
        else if (language == FixLanguage::CloudFormation)
            out += label(table.name.empty() ? table.id : table.name, true) + "Route"
                   + label(dst, true) + ":\n  Type: AWS::EC2::Route\n  Properties:\n"
                   + "    RouteTableId: " + cfnReference(table) + "\n"
                   + "    DestinationCidrBlock: " + dst + "\n    " + names[1] + ": "
                   + r.targetId + "\n";
        else
            out += "aws ec2 create-route --route-table-id " + table.id
                   + " --destination-cidr-block " + dst + " " + names[2] + " " + r.targetId
                   + "\n";
    }
    return out;
}

std::string targetGroupReference(const Design &design, const Listener &l, bool hcl)
{
    const auto *tg = design.find<TargetGroup>(l.targetGroupId);
    if (!tg)
        return hcl ? "\"" + l.targetGroupId + "\"" : l.targetGroupId;
    return hcl ? hclReference(*tg, "aws_lb_target_group", "") : cfnReference(*tg);
}

std::string classicListenerCode(const LoadBalancer &lb, const ListenerFix &f,
                                FixLanguage language)
{
    const std::string port = std::to_string(f.listener.port);
    const std::string backend = std::to_string(f.listener.backendPort());
    if (language == FixLanguage::Terraform)
        return "# add to the listeners of " + lb.name + " (aws_elb):\nlistener {\n"
               + "  lb_port           = " + port + "\n  lb_protocol       = \"tcp\"\n"
               + "  instance_port     = " + backend + "\n  instance_protocol = \"tcp\"\n}\n";
    if (language == FixLanguage::CloudFormation)
        return "# add to Listeners of " + lb.name + " (AWS::ElasticLoadBalancing::LoadBalancer):"
               "\n- LoadBalancerPort: " + port + "\n  Protocol: TCP\n  InstancePort: " + backend
               + "\n  InstanceProtocol: TCP\n";
    return "aws elb create-load-balancer-listeners --load-balancer-name " + lb.name
           + " --listeners Protocol=TCP,LoadBalancerPort=" + port
           + ",InstanceProtocol=TCP,InstancePort=" + backend + "\n";
}

std::string listenerCode(const Design &design, const LoadBalancer &lb, const ModelFix &fix,
                         FixLanguage language)
{
    std::string out;
    for (const auto &f : fix.listeners) {
        const std::string port = std::to_string(f.listener.port);
        if (lb.isClassic())
            out += classicListenerCode(lb, f, language);
        else if (language == FixLanguage::Terraform)
            out += "resource \"aws_lb_listener\" \"" + baseName(lb.name, lb.id) + "_" + port
                   + "\" {\n  load_balancer_arn = " + hclReference(lb, "aws_lb", "") + "\n"
                   + "  port              = " + port + "\n  protocol          = \"TCP\"\n"
                   + "  default_action {\n    type             = \"forward\"\n"
                   + "    target_group_arn = " + targetGroupReference(design, f.listener, true)
                   + "\n  }\n}\n";
        else if (language == FixLanguage::CloudFormation)
            out += label(lb.name.empty() ? lb.id : lb.name, true) + "Listener" + port
                   + ":\n  Type: AWS::ElasticLoadBalancingV2::Listener\n  Properties:\n"
                   + "    LoadBalancerArn: " + cfnReference(lb) + "\n    Port: " + port
                   + "\n    Protocol: TCP\n    DefaultActions:\n      - Type: forward\n"
                   + "        TargetGroupArn: " + targetGroupReference(design, f.listener, false)
                   + "\n";
        else
            out += "aws elbv2 create-listener --load-balancer-arn " + lb.id
                   + " --protocol TCP --port " + port
                   + " --default-actions Type=forward,TargetGroupArn=" + f.listener.targetGroupId
                   + "\n";
    }
    return out;
}

std::string attachmentCode(const ModelFix &fix, FixLanguage language)
{
    const bool appliance = fix.kind == ModelFix::Kind::EnableApplianceMode;
    std::string subnets;
    for (const auto &id : fix.attachmentSubnets)
        subnets += (subnets.empty() ? "" : " ") + id;
    if (language == FixLanguage::Terraform)
        return "# in the aws_ec2_transit_gateway_vpc_attachment " + fix.resource + ":\n"
               + (appliance ? "appliance_mode_support = \"enable\"\n"
                            : "# add to subnet_ids: " + subnets + "\n");
    if (language == FixLanguage::CloudFormation)
        return "# in the AWS::EC2::TransitGatewayVpcAttachment " + fix.resource + ":\n"
               + (appliance ? "Options:\n  ApplianceModeSupport: enable\n"
                            : "# add to SubnetIds: " + subnets + "\n");
    return "aws ec2 modify-transit-gateway-vpc-attachment --transit-gateway-attachment-id "
           + fix.resource
           + (appliance ? std::string(" --options ApplianceModeSupport=enable")
                        : " --add-subnet-ids " + subnets)
           + "\n";
}

} // namespace

std::string_view toString(FixLanguage language)
{
    switch (language) {
    case FixLanguage::Terraform: return "hcl";
    case FixLanguage::CloudFormation: return "yaml";
    case FixLanguage::AwsCli: return "aws-cli";
    }
    return "aws-cli";
}

FixLanguage fixLanguageFor(const Design &design)
{
    if (design.origin == "terraform")
        return FixLanguage::Terraform;
    if (design.origin == "cloudformation")
        return FixLanguage::CloudFormation;
    return FixLanguage::AwsCli;
}

std::optional<ModelFix> fixForTrace(const Simulator &simulator, const Trace &trace)
{
    if (!trace.blockedAt)
        return std::nullopt;
    const std::vector<MatrixRow> rows{
        {trace.query.from, trace.query.to, trace.query.port, trace.verdict, trace.blockedAt}};
    const auto groups = groupBlockers(rows);
    if (groups.empty())
        return std::nullopt;
    return planFix(simulator, rows, groups.front());
}

FixCode fixCode(const Design &design, const ModelFix &fix, FixLanguage language)
{
    FixCode code{language, {}};
    switch (fix.kind) {
    case ModelFix::Kind::AddAclEntries:
        if (const auto *acl = design.find<NetworkAcl>(fix.resource))
            code.text = language == FixLanguage::Terraform        ? aclTerraform(*acl, fix)
                        : language == FixLanguage::CloudFormation ? aclCloudFormation(*acl, fix)
                                                                  : aclCli(*acl, fix);
        break;
    case ModelFix::Kind::AddSgRules:
        if (const auto *sg = design.find<SecurityGroup>(fix.resource))
            code.text = language == FixLanguage::Terraform        ? sgTerraform(*sg, fix)
                        : language == FixLanguage::CloudFormation ? sgCloudFormation(*sg, fix)
                                                                  : sgCli(*sg, fix);
        break;
    case ModelFix::Kind::AddListeners:
        if (const auto *lb = design.find<LoadBalancer>(fix.resource))
            code.text = listenerCode(design, *lb, fix, language);
        break;
    case ModelFix::Kind::AddRoutes:
        if (const auto *table = design.find<RouteTable>(fix.resource))
            code.text = routeCode(*table, fix, language);
        break;
    case ModelFix::Kind::AddServerPorts: // the server's own configuration: no AWS code
        break;
    case ModelFix::Kind::AddAttachmentSubnets:
    case ModelFix::Kind::EnableApplianceMode:
        code.text = attachmentCode(fix, language);
        break;
    }
    return code;
}

std::optional<FixCode> fixCodeForTrace(const Simulator &simulator, const Trace &trace)
{
    const auto fix = fixForTrace(simulator, trace);
    if (!fix)
        return std::nullopt;
    auto code = fixCode(simulator.design(), *fix, fixLanguageFor(simulator.design()));
    if (code.text.empty())
        return std::nullopt;
    return code;
}

} // namespace mailpath::core
