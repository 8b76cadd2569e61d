#include "livematrix.h"

#include "compiled.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace mailpath::core {

namespace {

// The parts of a rule table that are its rules; everything else (VPC, associations,
// main/default) decides which subnets it applies to, and a change there re-wires paths.
nlohmann::json withoutRules(nlohmann::json json)
{
    if (json.is_object())
        for (const char *key : {"entries", "routes", "ingress", "egress"})
            json.erase(key);
    return json;
}

// Only the rules move into the copy: the compiled network keys its tables by views of the
// ids in it, so the objects themselves (and their id strings) must stay where they are.
void copyRules(const Design &from, Design &to, const std::string &id)
{
    if (const auto *acl = from.find<NetworkAcl>(id))
        to.update<NetworkAcl>(id, [&](NetworkAcl &a) { a.entries = acl->entries; });
    else if (const auto *rt = from.find<RouteTable>(id))
        to.update<RouteTable>(id, [&](RouteTable &r) { r.routes = rt->routes; });
    else if (const auto *sg = from.find<SecurityGroup>(id))
        to.update<SecurityGroup>(id, [&](SecurityGroup &g) {
            g.ingress = sg->ingress;
            g.egress = sg->egress;
        });
}

} // namespace

LiveMatrix::LiveMatrix(const Design &design, std::vector<std::string> sources,
                       std::vector<std::string> sinks, std::vector<uint16_t> ports,
                       unsigned threads)
    : m_design(std::make_unique<Design>(design))
    , m_sources(std::move(sources))
    , m_sinks(std::move(sinks))
    , m_ports(std::move(ports))
{
    m_simulator = std::make_unique<Simulator>(*m_design);
    walkAll(threads);
}

LiveMatrix::~LiveMatrix() = default;

void LiveMatrix::walkSource(size_t source, std::vector<std::string_view> &consulted) const
{
    const size_t perSource = m_sinks.size() * m_ports.size();
    MatrixRow *first = const_cast<MatrixRow *>(m_rows.data()) + source * perSource;
    for (size_t i = 0; i < m_sinks.size(); ++i)
        for (size_t j = 0; j < m_ports.size(); ++j) {
            auto &row = first[i * m_ports.size() + j];
            row = MatrixRow{m_sources[source], m_sinks[i], m_ports[j], Verdict::Delivered, {}};
        }
    const DependencyRecorder recorder(consulted);
    m_simulator->traceVerdicts(m_sources[source], m_sinks, m_ports, first);
}

void LiveMatrix::remember(size_t source, const std::vector<std::string_view> &consulted)
{
    std::vector<std::string_view> unique = consulted;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (const auto id : unique) {
        auto &sources = m_sourcesUsing[std::string(id)];
        if (sources.empty() || sources.back() != source)
            sources.push_back(source);
    }
}

void LiveMatrix::walkAll(unsigned threads)
{
    m_rows.assign(m_sources.size() * m_sinks.size() * m_ports.size(), MatrixRow{});
    m_sourcesUsing.clear();
    if (m_rows.empty())
        return;
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::min<unsigned>(threads, unsigned(m_sources.size()));
    std::vector<std::vector<std::string_view>> consulted(m_sources.size());
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t s = next.fetch_add(1); s < m_sources.size(); s = next.fetch_add(1))
            walkSource(s, consulted[s]);
    };
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < threads; ++i)
        pool.emplace_back(work);
    work();
    for (auto &t : pool)
        t.join();
    for (size_t s = 0; s < m_sources.size(); ++s) // ids still point into this design
        remember(s, consulted[s]);
}

bool LiveMatrix::rulesOnlyChanged(const Design &current, const std::string &id) const
{
    const auto kind = current.kindOf(id);
    if (!kind || kind != m_design->kindOf(id))
        return false;
    if (*kind != ResourceKind::NetworkAcl && *kind != ResourceKind::RouteTable
        && *kind != ResourceKind::SecurityGroup)
        return false;
    return withoutRules(current.resourceJson(id)) == withoutRules(m_design->resourceJson(id));
}

LiveMatrix::Update LiveMatrix::update(const Design &current, const std::vector<std::string> &changed)
{
    std::vector<std::string> tables(changed);
    std::sort(tables.begin(), tables.end());
    tables.erase(std::unique(tables.begin(), tables.end()), tables.end());
    const bool local = std::all_of(tables.begin(), tables.end(), [&](const std::string &id) {
        return rulesOnlyChanged(current, id);
    });
    if (!local) {
        m_simulator.reset();
        *m_design = current;
        m_simulator = std::make_unique<Simulator>(*m_design);
        walkAll(0);
        return {m_sources.size(), true};
    }
    std::vector<size_t> sources;
    for (const auto &id : tables) {
        copyRules(current, *m_design, id);
        m_simulator->refreshRules(id);
        if (const auto it = m_sourcesUsing.find(id); it != m_sourcesUsing.end())
            sources.insert(sources.end(), it->second.begin(), it->second.end());
    }
    std::sort(sources.begin(), sources.end());
    sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
    std::vector<std::string_view> consulted;
    for (const size_t s : sources) {
        consulted.clear();
        walkSource(s, consulted);
        remember(s, consulted);
    }
    return {sources.size(), false};
}

} // namespace mailpath::core
