#pragma once

// Internal to core/layout: the nesting of drawn keys, built once per layout pass.

#include "../model/design.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace mailpath::core::layoutdetail {

/**
 * Answers "who is the layout parent of this key" with indices built on first use, so that
 * a whole-design pass stays linear while a single lookup stays cheap.
 */
class ParentResolver
{
public:
    explicit ParentResolver(const Design &design) : m_design(design) {}

    std::string parentOf(std::string_view key);
    std::string regionOfVpc(const Vpc &vpc);
    std::string regionOfTgw(std::string_view key);

private:
    void buildVpcRegions();
    void buildGatewayHomes();

    const Design &m_design;
    bool m_haveVpcRegions = false;
    bool m_haveGatewayHomes = false;
    bool m_haveDrawnRegions = false;
    std::unordered_set<std::string> m_drawnRegions;             //!< regions with a VPC
    std::unordered_map<std::string, std::string> m_vpcRegion;   //!< from subnets' AZs
    std::unordered_map<std::string, std::string> m_cgwOnPrem;   //!< customer gateway -> on-prem
};

/** Children per parent key ("" is the top level), each list in a stable order. */
struct DiagramTree
{
    std::vector<std::string> keys;
    std::unordered_map<std::string, std::string> parent;
    std::unordered_map<std::string, std::vector<std::string>> children;

    const std::vector<std::string> &childrenOf(const std::string &key) const;
};

DiagramTree buildDiagramTree(const Design &design);

/** "us-west-2a" -> "us-west-2"; empty when the zone name has no letter suffix. */
std::string regionFromZone(std::string_view zone);

} // namespace mailpath::core::layoutdetail
