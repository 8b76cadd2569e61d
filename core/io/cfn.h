#pragma once

// Internal to the CloudFormation reader: intrinsic functions resolved offline, and the
// translation of resource types into the provider-shaped resources the mapper reads.

#include "iacmap.h"
#include "iacsource.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace mailpath::core::cfn {

using Json = nlohmann::json;

class Resolver
{
public:
    Resolver(const Json &root, const IacOptions &options, std::string region,
             iac::DescribeBuilder &notes);

    /** The value with every intrinsic function applied; where names it in diagnostics. */
    Json resolve(const Json &value, const std::string &where);
    /** A condition by name (false for unknown names, with a diagnostic). */
    bool condition(const std::string &name, const std::string &where);
    /** A resource's id: a placeholder from its logical id and type. */
    std::string idOf(const std::string &logicalId) const;
    const std::string &region() const { return m_region; }

private:
    Json apply(const std::string &fn, const Json &arg, const std::string &where, int depth);
    Json resolveAt(const Json &value, const std::string &where, int depth);
    Json ref(const std::string &name, const std::string &where);
    Json getAtt(const Json &arg, const std::string &where, int depth);
    Json sub(const Json &arg, const std::string &where, int depth);
    Json findInMap(const Json &arg, const std::string &where, int depth);
    Json cidr(const Json &arg, const std::string &where, int depth);
    bool evaluate(const Json &value, const std::string &where, int depth);
    Json unresolved(const std::string &what, const std::string &where);

    const Json &m_root;
    std::string m_region;
    iac::DescribeBuilder &m_notes;
    std::map<std::string, Json> m_parameters;
    std::map<std::string, std::string> m_ids;
    std::map<std::string, bool> m_conditions;
    std::set<std::string> m_evaluating;
    std::set<std::string> m_reported;
};

/** The Terraform type a CloudFormation type maps to; empty when not modelled. */
std::string providerType(const std::string &cfnType);

/**
 * The provider-shaped resources of one CloudFormation resource (a target group with
 * Targets gives attachments too); props are already resolved.
 */
std::vector<iac::IacResource> translate(const std::string &logicalId, const std::string &cfnType,
                                        const Json &props, const std::string &id);

/** A value that stands for AWS::NoValue until removed from its object or list. */
bool isNoValue(const Json &value);

} // namespace mailpath::core::cfn
