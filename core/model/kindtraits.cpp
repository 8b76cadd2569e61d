#include "kindtraits.h"

#include <algorithm>
#include <array>
#include <set>

namespace mailpath::core {

namespace {

template<size_t... I>
constexpr auto traitsTable(std::index_sequence<I...>)
{
    // The store tuple and the enum must list kinds in the same order.
    static_assert(((std::tuple_element_t<I, AllResourceTypes>::kind == ResourceKind(I)) && ...));
    return std::array<const KindTraits *, sizeof...(I)>{
        &std::tuple_element_t<I, AllResourceTypes>::traits...};
}

constexpr auto traitsOfKind = traitsTable(
    std::make_index_sequence<std::tuple_size_v<AllResourceTypes>>{});
static_assert(traitsOfKind.size() == resourceKindCount);

// Explicit associations win over the VPC-wide table (main route table, default ACL).
template<typename T, typename IsVpcWide>
const T *effective(const Design &design, std::string_view subnetId, IsVpcWide isVpcWide)
{
    const auto *subnet = design.find<Subnet>(subnetId);
    if (!subnet)
        return nullptr;
    const T *vpcWide = nullptr;
    for (const auto &[id, table] : design.all<T>()) {
        const auto &ids = table.subnetIds;
        if (std::find(ids.begin(), ids.end(), subnetId) != ids.end())
            return &table;
        if (!vpcWide && isVpcWide(table) && table.vpcId == subnet->vpcId)
            vpcWide = &table;
    }
    return vpcWide;
}

template<typename T, typename IsVpcWide>
std::vector<std::string> usingSubnets(const Design &design, const T &table, IsVpcWide isVpcWide)
{
    std::vector<std::string> result = table.subnetIds;
    if (!isVpcWide(table))
        return result;
    std::set<std::string> explicitly;
    for (const auto &[id, other] : design.all<T>())
        explicitly.insert(other.subnetIds.begin(), other.subnetIds.end());
    for (const auto &[id, subnet] : design.all<Subnet>())
        if (subnet.vpcId == table.vpcId && !explicitly.count(id))
            result.push_back(id);
    return result;
}

template<typename T, typename IsVpcWide, typename Slot>
void assignAll(const Design &design, std::unordered_map<std::string, SubnetTables> &out,
               IsVpcWide isVpcWide, Slot slot)
{
    std::unordered_map<std::string, const T *> vpcWide;
    for (const auto &[id, table] : design.all<T>()) {
        for (const auto &subnetId : table.subnetIds)
            if (auto it = out.find(subnetId); it != out.end() && !(it->second.*slot))
                it->second.*slot = &table;
        if (isVpcWide(table))
            vpcWide.try_emplace(table.vpcId, &table);
    }
    for (auto &[id, tables] : out) {
        if (tables.*slot)
            continue;
        const auto it = vpcWide.find(design.find<Subnet>(id)->vpcId);
        if (it != vpcWide.end())
            tables.*slot = it->second;
    }
}

const auto isMain = [](const RouteTable &rt) { return rt.main; };
const auto isDefault = [](const NetworkAcl &acl) { return acl.isDefault; };

} // namespace

const KindTraits &kindTraits(ResourceKind kind)
{
    return *traitsOfKind[size_t(kind)];
}

std::string containerOf(const Design &design, std::string_view id)
{
    const auto kind = design.kindOf(id);
    if (!kind || !kindTraits(*kind).containers)
        return {};
    for (const auto &candidate : kindTraits(*kind).containers(design, id))
        if (!candidate.empty() && design.contains(candidate))
            return candidate;
    return {};
}

std::string subnetOf(const Design &design, std::string_view id)
{
    std::string key = containerOf(design, id);
    for (int depth = 0; depth < 8 && !key.empty(); ++depth) { // bounded: no cycle can hang
        if (design.kindOf(key) == ResourceKind::Subnet)
            return key;
        key = containerOf(design, key);
    }
    return {};
}

bool isContainerKind(ResourceKind kind)
{
    return kindTraits(kind).diagram == DiagramRole::Container;
}

std::optional<RouteTarget> routeTargetOf(const Design &design, std::string_view id)
{
    const auto kind = design.kindOf(id);
    if (!kind)
        return std::nullopt;
    const auto &traits = kindTraits(*kind);
    if (traits.routable && !traits.routable(design, id))
        return std::nullopt;
    return traits.routeTarget;
}

std::string kindSubtitle(const Design &design, std::string_view id)
{
    const auto kind = design.kindOf(id);
    if (!kind || !kindTraits(*kind).subtitle)
        return std::string(id);
    return kindTraits(*kind).subtitle(design, id);
}

std::string effectiveRouteTable(const Design &design, std::string_view subnetId)
{
    const auto *rt = effective<RouteTable>(design, subnetId, isMain);
    return rt ? rt->id : std::string();
}

std::string effectiveNetworkAcl(const Design &design, std::string_view subnetId)
{
    const auto *acl = effective<NetworkAcl>(design, subnetId, isDefault);
    return acl ? acl->id : std::string();
}

std::vector<std::string> subnetsUsing(const Design &design, const RouteTable &table)
{
    return usingSubnets(design, table, isMain);
}

std::vector<std::string> subnetsUsing(const Design &design, const NetworkAcl &acl)
{
    return usingSubnets(design, acl, isDefault);
}

std::unordered_map<std::string, SubnetTables> subnetTables(const Design &design)
{
    std::unordered_map<std::string, SubnetTables> result;
    for (const auto &[id, subnet] : design.all<Subnet>())
        result.try_emplace(id);
    assignAll<RouteTable>(design, result, isMain, &SubnetTables::routeTable);
    assignAll<NetworkAcl>(design, result, isDefault, &SubnetTables::acl);
    return result;
}

} // namespace mailpath::core
