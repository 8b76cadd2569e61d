#include "diagramedges.h"

#include "diagramtree.h"

#include <algorithm>
#include <map>

namespace mailpath::core {

namespace {

constexpr size_t maxDestinations = 3;

bool insideVpc(layoutdetail::ParentResolver &parents, const std::string &key,
               const std::string &vpcId)
{
    std::string current = key;
    for (int depth = 0; depth < 8 && !current.empty(); ++depth) {
        if (current == vpcId)
            return true;
        current = parents.parentOf(current);
    }
    return false;
}

void appendUnique(std::vector<std::string> &into, const std::vector<std::string> &items)
{
    for (const auto &item : items)
        if (std::find(into.begin(), into.end(), item) == into.end())
            into.push_back(item);
}

std::vector<std::string> splitLabel(const std::string &label)
{
    std::vector<std::string> parts;
    size_t start = 0;
    while (start < label.size()) {
        const auto end = std::min(label.find(", ", start), label.size());
        if (label[start] != '+') // "+N": parts the per-subnet label already left out
            parts.push_back(label.substr(start, end - start));
        start = end + 2;
    }
    return parts;
}

std::string bundleLabel(size_t subnets, const std::vector<std::string> &destinations)
{
    std::string label = std::to_string(subnets) + " subnets";
    for (size_t i = 0; i < destinations.size() && i < maxDestinations; ++i)
        label += (i ? ", " : ": ") + destinations[i];
    if (destinations.size() > maxDestinations)
        label += ", +" + std::to_string(destinations.size() - maxDestinations);
    return label;
}

} // namespace

std::vector<DiagramEdge> bundleFanOut(const Design &design, std::vector<DiagramEdge> edges,
                                      const BundleOptions &options)
{
    layoutdetail::ParentResolver parents(design);
    std::map<std::pair<std::string, std::string>, std::vector<size_t>> groups;
    for (size_t i = 0; i < edges.size(); ++i) {
        const auto &edge = edges[i];
        const auto *subnet = design.find<Subnet>(edge.from);
        if (edge.kind != EdgeKind::Route || !subnet || subnet->vpcId.empty()
            || std::find(options.keepSubnets.begin(), options.keepSubnets.end(), edge.from)
                   != options.keepSubnets.end()
            || insideVpc(parents, edge.to, subnet->vpcId))
            continue;
        groups[{subnet->vpcId, edge.to}].push_back(i);
    }
    std::vector<bool> drop(edges.size(), false);
    for (const auto &[key, members] : groups) {
        if (members.size() < std::max<size_t>(options.minSubnets, 2))
            continue;
        DiagramEdge bundle{key.first, key.second, EdgeKind::Route, {}, {}, members.size()};
        std::vector<std::string> destinations;
        for (const size_t i : members) {
            appendUnique(destinations, splitLabel(edges[i].label));
            appendUnique(bundle.modelIds, edges[i].modelIds);
            drop[i] = true;
        }
        bundle.label = bundleLabel(members.size(), destinations);
        drop[members.front()] = false;
        edges[members.front()] = std::move(bundle);
    }
    std::vector<DiagramEdge> result;
    result.reserve(edges.size());
    for (size_t i = 0; i < edges.size(); ++i)
        if (!drop[i])
            result.push_back(std::move(edges[i]));
    return result;
}

} // namespace mailpath::core
