#include "ordering.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/cuthill_mckee_ordering.hpp>

#include <map>
#include <unordered_map>

namespace mailpath::core::layoutdetail {

namespace {

using Graph = boost::adjacency_list<
    boost::setS, boost::vecS, boost::undirectedS,
    boost::property<boost::vertex_color_t, boost::default_color_type,
                    boost::property<boost::vertex_degree_t, int>>>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

void addTgwCliques(const Design &design, const std::unordered_map<std::string, Vertex> &index,
                   Graph &graph)
{
    std::map<std::string, std::vector<Vertex>> byTgw;
    for (const auto &[id, att] : design.all<TgwAttachment>())
        if (const auto it = index.find(att.resourceId); it != index.end())
            byTgw[att.transitGatewayId].push_back(it->second);
    constexpr size_t maxClique = 48; // beyond this a chain keeps the graph linear in size
    for (const auto &[tgw, vpcs] : byTgw)
        for (size_t i = 0; i < vpcs.size(); ++i)
            for (size_t j = i + 1; j < vpcs.size() && (j == i + 1 || vpcs.size() <= maxClique); ++j)
                if (vpcs[i] != vpcs[j])
                    boost::add_edge(vpcs[i], vpcs[j], graph);
}

} // namespace

std::vector<std::string> orderByConnectivity(const Design &design,
                                             const std::vector<std::string> &vpcIds)
{
    if (vpcIds.size() < 3)
        return vpcIds;
    std::unordered_map<std::string, Vertex> index;
    for (size_t i = 0; i < vpcIds.size(); ++i)
        index.emplace(vpcIds[i], Vertex(i));
    Graph graph(vpcIds.size());
    for (const auto &[id, pcx] : design.all<PeeringConnection>()) {
        const auto a = index.find(pcx.requesterVpcId), b = index.find(pcx.accepterVpcId);
        if (a != index.end() && b != index.end() && a->second != b->second)
            boost::add_edge(a->second, b->second, graph);
    }
    addTgwCliques(design, index, graph);
    if (boost::num_edges(graph) == 0)
        return vpcIds;

    std::vector<Vertex> order(vpcIds.size());
    boost::cuthill_mckee_ordering(graph, order.rbegin(), boost::get(boost::vertex_color, graph),
                                  boost::make_degree_map(graph));
    std::vector<std::string> result;
    result.reserve(order.size());
    for (const auto v : order)
        result.push_back(vpcIds[v]);
    return result;
}

} // namespace mailpath::core::layoutdetail
