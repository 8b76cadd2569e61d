// AWS Network Firewall (describe-firewall, describe-firewall-policy, describe-rule-group, one
// raw response per item, R15.16-R15.18) and GWLB endpoint services
// (describe-vpc-endpoint-service-configurations). Firewalls, policies and rule groups refer to
// each other by ARN; linkNfw() joins them once every file is read.

#include "awscontext.h"

#include <algorithm>

namespace mailpath::core::aws {

namespace {

namespace nfwKey {
constexpr std::string_view firewall = "Firewall";
constexpr std::string_view status = "FirewallStatus";
constexpr std::string_view arn = "FirewallArn";
constexpr std::string_view name = "FirewallName";
constexpr std::string_view policyArn = "FirewallPolicyArn";
constexpr std::string_view syncStates = "SyncStates";
constexpr std::string_view attachment = "Attachment";
constexpr std::string_view endpointId = "EndpointId";
constexpr std::string_view policy = "FirewallPolicy";
constexpr std::string_view policyResponse = "FirewallPolicyResponse";
constexpr std::string_view ruleGroup = "RuleGroup";
constexpr std::string_view ruleGroupResponse = "RuleGroupResponse";
constexpr std::string_view rulesSource = "RulesSource";
} // namespace nfwKey

std::vector<Cidr> addresses(const Json &match, std::string_view key)
{
    std::vector<Cidr> out;
    for (const auto &a : list(match, key))
        if (auto c = cidr(a, "AddressDefinition"))
            out.push_back(*c);
    return out;
}

std::vector<PortRange> ports(const Json &match, std::string_view key)
{
    std::vector<PortRange> out;
    for (const auto &p : list(match, key))
        out.push_back({uint16_t(integer(p, "FromPort").value_or(0)),
                       uint16_t(integer(p, "ToPort").value_or(65535))});
    return out;
}

NfwStatelessRule statelessRule(const Json &item)
{
    NfwStatelessRule r;
    r.priority = int(integer(item, "Priority").value_or(1));
    const Json *def = child(item, "RuleDefinition");
    if (!def)
        throw ShapeError("missing required RuleDefinition");
    const auto actions = texts(*def, "Actions");
    r.action = actions.empty() ? "aws:drop" : actions.front();
    if (const Json *m = child(*def, "MatchAttributes")) {
        r.sources = addresses(*m, "Sources");
        r.destinations = addresses(*m, "Destinations");
        r.sourcePorts = ports(*m, "SourcePorts");
        r.destinationPorts = ports(*m, "DestinationPorts");
        for (const auto &p : list(*m, "Protocols"))
            if (p.is_number_integer())
                r.protocols.push_back(p.get<int>());
    }
    return r;
}

NfwStatefulRule statefulRule(const Json &item)
{
    NfwStatefulRule r;
    r.action = requiredText(item, "Action");
    const Json *h = child(item, "Header");
    if (!h)
        throw ShapeError("missing required Header");
    r.protocol = text(*h, "Protocol");
    r.source = text(*h, "Source");
    r.sourcePort = text(*h, "SourcePort");
    r.direction = text(*h, "Direction");
    r.destination = text(*h, "Destination");
    r.destinationPort = text(*h, "DestinationPort");
    for (const auto &o : list(item, "RuleOptions"))
        if (text(o, "Keyword") == "sid")
            r.sid = texts(o, "Settings").empty() ? "" : texts(o, "Settings").front();
    return r;
}

/** Reads each rule; a broken one names its place ("StatefulRules[2]: ..."). */
template<typename Rules, typename F>
void eachRule(const Rules &rules, std::string_view key, F &&read)
{
    size_t i = 0;
    for (const auto &r : rules) {
        try {
            read(r);
        } catch (const ShapeError &e) {
            throw ShapeError(std::string(key) + '[' + std::to_string(i) + "]: " + e.what());
        }
        ++i;
    }
}

void readRulesSource(const Json &source, NfwRuleGroup &g)
{
    g.rulesString = text(source, "RulesString");
    eachRule(list(source, "StatefulRules"), "StatefulRules",
             [&](const Json &r) { g.statefulRules.push_back(statefulRule(r)); });
    if (const Json *list_ = child(source, "RulesSourceList")) {
        g.domains = texts(*list_, "Targets");
        g.domainTargetTypes = texts(*list_, "TargetTypes");
        g.domainListType = text(*list_, "GeneratedRulesType");
    }
    if (const Json *sl = child(source, "StatelessRulesAndCustomActions"))
        eachRule(list(*sl, "StatelessRules"), "StatelessRules",
                 [&](const Json &r) { g.statelessRules.push_back(statelessRule(r)); });
}

/** A policy's rule group references, by ARN (kept in name until linkNfw resolves them). */
void readReferences(const Json &policy, std::string_view key, std::string_view type,
                    NetworkFirewall &fw)
{
    for (const auto &ref : list(policy, key)) {
        NfwRuleGroup g;
        g.name = requiredText(ref, "ResourceArn");
        g.type = std::string(type);
        g.priority = int(integer(ref, "Priority").value_or(0));
        fw.ruleGroups.push_back(std::move(g));
    }
}

/** Like forEachResource, for responses whose id sits one level down. */
template<typename F>
void eachItem(const Json &array, std::string_view key, F &&read)
{
    if (!array.is_array())
        throw ShapeError(std::string(key) + ": expected an array, found "
                         + std::string(array.type_name()));
    for (size_t i = 0; i < array.size(); ++i) {
        const std::string where = std::string(key) + '[' + std::to_string(i) + ']';
        if (!array[i].is_object())
            throw ShapeError(where + ": expected an object, found "
                             + std::string(array[i].type_name()));
        try {
            read(array[i]);
        } catch (const ShapeError &e) {
            throw ShapeError(where + ": " + e.what());
        }
    }
}

const Json &required(const Json &object, std::string_view key)
{
    const Json *found = child(object, key);
    if (!found)
        throw ShapeError("missing required " + std::string(key));
    return *found;
}

/** One describe-rule-group response (R15.18). */
void readRuleGroup(const Json &item, ImportContext &context)
{
    if (!item.is_object())
        throw ShapeError("expected an object, found " + std::string(item.type_name()));
    const Json *response = &required(item, nfwKey::ruleGroupResponse);
    NfwRuleGroup g;
    g.name = requiredText(*response, "RuleGroupName");
    g.type = text(*response, "Type");
    const Json &group = required(item, nfwKey::ruleGroup);
    if (const Json *source = child(group, nfwKey::rulesSource)) {
        if (!source->is_object())
            throw ShapeError("RulesSource: expected an object, found "
                             + std::string(source->type_name()));
        readRulesSource(*source, g);
    }
    context.pending.nfwRuleGroups.push_back(
        {context.file, requiredText(*response, "RuleGroupArn"), std::move(g)});
}

} // namespace

void readNetworkFirewalls(const Json &array, ImportContext &context)
{
    eachItem(array, "NetworkFirewalls", [&](const Json &item) {
        const Json &f = required(item, nfwKey::firewall);
        NetworkFirewall fw;
        // Keyed by ARN like the load balancers: unique across accounts and Regions.
        fw.id = text(f, nfwKey::arn).empty() ? requiredText(f, nfwKey::name) : text(f, nfwKey::arn);
        fw.name = text(f, nfwKey::name);
        fw.tags = tags(f);
        fw.vpcId = requiredText(f, key::vpcId);
        if (const Json *status = child(item, nfwKey::status)) {
            fw.state = text(*status, "Status");
            if (const Json *sync = child(*status, nfwKey::syncStates))
                for (const auto &[zone, state] : sync->items()) {
                    const Json *att = child(state, nfwKey::attachment);
                    if (!att || text(*att, nfwKey::endpointId).empty())
                        continue;
                    context.seeZone(zone);
                    fw.endpoints.push_back({zone, text(*att, key::subnetId),
                                            text(*att, nfwKey::endpointId)});
                }
        }
        if (fw.endpoints.empty())
            context.warn(fw.id, "no firewall endpoint in FirewallStatus.SyncStates: routes to "
                                "its endpoints cannot be followed");
        context.pending.firewallPolicies.push_back({context.file, fw.id, text(f, nfwKey::policyArn)});
        context.add(std::move(fw));
    });
}

void readNetworkFirewallPolicies(const Json &array, ImportContext &context)
{
    eachItem(array, "NetworkFirewallPolicies", [&](const Json &item) {
        const Json *response = &required(item, nfwKey::policyResponse);
        const Json &p = required(item, nfwKey::policy);
        NetworkFirewall fw; // carries the policy's fields only
        fw.policyName = text(*response, "FirewallPolicyName");
        fw.statelessDefaultActions = texts(p, "StatelessDefaultActions");
        fw.statelessFragmentDefaultActions = texts(p, "StatelessFragmentDefaultActions");
        fw.statefulDefaultActions = texts(p, "StatefulDefaultActions");
        if (const Json *engine = child(p, "StatefulEngineOptions"); engine && !text(*engine, "RuleOrder").empty())
            fw.ruleOrder = text(*engine, "RuleOrder");
        if (const Json *vars = child(p, "PolicyVariables"))
            if (const Json *rv = child(*vars, "RuleVariables"))
                if (const Json *home = child(*rv, "HOME_NET"))
                    for (const auto &c : texts(*home, "Definition"))
                        if (auto parsed = Cidr::parse(c))
                            fw.homeNet.push_back(*parsed);
        readReferences(p, "StatelessRuleGroupReferences", "STATELESS", fw);
        readReferences(p, "StatefulRuleGroupReferences", "STATEFUL", fw);
        context.pending.nfwPolicies.push_back(
            {context.file, requiredText(*response, "FirewallPolicyArn"), std::move(fw)});
    });
}

void readNetworkFirewallRuleGroups(const Json &array, ImportContext &context)
{
    if (!array.is_array())
        throw ShapeError("NetworkFirewallRuleGroups: expected an array, found "
                         + std::string(array.type_name()));
    // One broken rule group is left out with an error naming it; the others still count.
    for (size_t i = 0; i < array.size(); ++i) {
        const Json &item = array[i];
        const Json *response = item.is_object() ? child(item, nfwKey::ruleGroupResponse) : nullptr;
        const std::string arn = response ? text(*response, "RuleGroupArn") : std::string();
        try {
            readRuleGroup(item, context);
        } catch (const ShapeError &e) {
            context.note(Severity::Error, arn,
                         "NetworkFirewallRuleGroups[" + std::to_string(i) + "]"
                             + (arn.empty() ? "" : " (" + arn + ")") + ": " + e.what()
                             + "; this rule group is left out");
            if (!arn.empty())
                context.pending.brokenRuleGroups.push_back({context.file, arn, e.what()});
        }
    }
}

void readEndpointServiceConfigurations(const Json &array, ImportContext &context)
{
    forEachResource(array, "ServiceConfigurations", "ServiceName",
                    [&](const Json &item, const std::string &serviceName) {
        for (const auto &arn : texts(item, "GatewayLoadBalancerArns"))
            context.pending.gwlbServices.push_back({context.file, serviceName, arn});
    });
}

void linkNfw(ImportContext &context)
{
    auto &p = context.pending;
    for (const auto &link : p.firewallPolicies) {
        const auto policy = std::find_if(p.nfwPolicies.begin(), p.nfwPolicies.end(),
                                         [&](const auto &x) { return x.parentId == link.value; });
        if (policy == p.nfwPolicies.end()) {
            context.warn(link.parentId, "firewall policy " + link.value + " not in the snapshot: "
                                        "AWS's defaults assumed (everything to the stateful "
                                        "engine, unmatched traffic passes)");
            continue;
        }
        context.design.update<NetworkFirewall>(link.parentId, [&](NetworkFirewall &fw) {
            const auto endpoints = fw.endpoints;
            auto read = policy->value;
            read.ruleGroups.clear();
            for (const auto &ref : policy->value.ruleGroups) {
                const auto group = std::find_if(p.nfwRuleGroups.begin(), p.nfwRuleGroups.end(),
                                                [&](const auto &g) { return g.parentId == ref.name; });
                if (group == p.nfwRuleGroups.end()) {
                    const auto broken = std::find_if(
                        p.brokenRuleGroups.begin(), p.brokenRuleGroups.end(),
                        [&](const auto &b) { return b.parentId == ref.name; });
                    if (broken != p.brokenRuleGroups.end())
                        context.note(Severity::Error, fw.id,
                                     "rule group " + ref.name + " could not be read (" +
                                         broken->value + "): verdicts through this firewall "
                                         "leave its rules out", broken->file);
                    else
                        context.warn(fw.id, "rule group " + ref.name
                                                + " not in the snapshot: left out");
                    continue;
                }
                auto g = group->value;
                g.priority = ref.priority;
                read.ruleGroups.push_back(std::move(g));
            }
            fw.policyName = read.policyName;
            fw.ruleGroups = std::move(read.ruleGroups);
            if (!read.statelessDefaultActions.empty())
                fw.statelessDefaultActions = read.statelessDefaultActions;
            if (!read.statelessFragmentDefaultActions.empty())
                fw.statelessFragmentDefaultActions = read.statelessFragmentDefaultActions;
            fw.statefulDefaultActions = read.statefulDefaultActions;
            fw.ruleOrder = read.ruleOrder;
            fw.homeNet = read.homeNet;
            fw.endpoints = endpoints;
        });
    }
    // GWLB endpoints: the service name leads to the Gateway Load Balancer (R16.2).
    for (const auto &[id, ep] : context.design.all<VpcEndpoint>()) {
        if (ep.endpointType != "GatewayLoadBalancer")
            continue;
        for (const auto &service : p.gwlbServices)
            if (service.parentId == ep.serviceName)
                context.design.update<VpcEndpoint>(id, [&](VpcEndpoint &e) {
                    e.loadBalancerId = service.value;
                });
    }
}

} // namespace mailpath::core::aws
