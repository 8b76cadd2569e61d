#include "livematrix.h"

#include "compiled.h"
#include "parallel.h"

#include <algorithm>
#include <iterator>
#include <numeric>
#include <thread>
#include <unordered_map>

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
                       unsigned threads, const Progress &progress)
    : m_design(std::make_unique<Design>(design))
    , m_sources(std::move(sources))
    , m_sinks(std::move(sinks))
    , m_ports(std::move(ports))
{
    m_simulator = std::make_unique<Simulator>(*m_design);
    walkAll(threads, progress);
}

LiveMatrix::~LiveMatrix() = default;

void LiveMatrix::walkCells(const size_t *cells, size_t count,
                           std::vector<std::string_view> *consulted)
{
    const size_t source = cells[0] / m_sinks.size();
    std::vector<const std::string *> sinks(count);
    for (size_t k = 0; k < count; ++k)
        sinks[k] = &m_sinks[cells[k] % m_sinks.size()];
    std::vector<std::string_view> bySource; // resolving the source: part of every cell's walk
    DependencyRecorder recorder(bySource);
    m_simulator->traceVerdicts(m_sources[source], sinks, m_ports, [&](size_t k) {
        MatrixRow *first = m_rows.data() + cells[k] * m_ports.size();
        for (size_t j = 0; j < m_ports.size(); ++j) {
            auto &row = first[j];
            row.from = m_sources[source];
            row.to = *sinks[k];
            row.port = m_ports[j];
            row.verdict = Verdict::Delivered;
            row.blockedAt.reset();
        }
        consulted[k].insert(consulted[k].end(), bySource.begin(), bySource.end());
        recorder.redirect(consulted[k]);
        return first;
    });
}

void LiveMatrix::forget(size_t cell)
{
    for (const std::string *id : m_consulted[cell]) {
        auto &list = m_cellsUsing[*id];
        const auto it = std::lower_bound(list.begin(), list.end(), cell);
        if (it != list.end() && *it == cell)
            list.erase(it);
    }
    m_consulted[cell].clear();
}

void LiveMatrix::remember(size_t cell, std::vector<std::string_view> consulted)
{
    // Each id is there once by address (DependencyRecorder); equal ids of other strings too.
    std::sort(consulted.begin(), consulted.end());
    consulted.erase(std::unique(consulted.begin(), consulted.end()), consulted.end());
    auto &mine = m_consulted[cell];
    if (std::equal(mine.begin(), mine.end(), consulted.begin(), consulted.end(),
                   [](const std::string *a, std::string_view b) { return *a == b; }))
        return; // the usual case after a rule edit: the same tables as before
    forget(cell);
    for (const auto id : consulted) {
        auto &[key, list] = *m_cellsUsing.try_emplace(std::string(id)).first;
        const auto it = std::lower_bound(list.begin(), list.end(), cell);
        if (it == list.end() || *it != cell)
            list.insert(it, cell);
        mine.push_back(&key);
    }
}

void LiveMatrix::walkAll(unsigned threads, const Progress &progress)
{
    constexpr size_t chunk = 256; // sources; progress and cancel granularity
    const size_t sinks = m_sinks.size();
    m_complete = false;
    m_rows.assign(m_sources.size() * sinks * m_ports.size(), MatrixRow{});
    m_cellsUsing.clear();
    m_consulted.assign(m_sources.size() * sinks, {});
    m_rowGroup.assign(m_rows.size(), noGroup);
    m_sinkLists.clear();
    for (const auto &sink : m_sinks)
        m_sinkLists.push_back({sink});
    std::vector<std::vector<std::string_view>> consulted(m_rows.empty() ? 0 : chunk * sinks);
    std::vector<size_t> cells(m_rows.empty() ? 0 : chunk * sinks);
    for (size_t first = 0; !m_rows.empty() && first < m_sources.size(); first += chunk) {
        const size_t n = std::min(chunk, m_sources.size() - first);
        std::iota(cells.begin(), cells.end(), first * sinks);
        parallelFor(n, threads, [&](size_t k) {
            walkCells(&cells[k * sinks], sinks, &consulted[k * sinks]);
        });
        for (size_t c = 0; c < n * sinks; ++c) { // ids still point into this design
            remember(first * sinks + c, std::move(consulted[c]));
            consulted[c].clear();
        }
        if (progress && !progress(first + n, m_sources.size()))
            return;
    }
    m_groups = groupBlockers(m_rows);
    m_groupIndex.clear();
    for (size_t i = 0; i < m_groups.size(); ++i)
        m_groupIndex.emplace(GroupKey{m_groups[i].resource, m_groups[i].reason}, i);
    indexRowGroups();
    rebuildSummary();
    m_complete = true;
}

void LiveMatrix::rebuildSummary()
{
    m_counts.clear();
    m_delivered = 0;
    if (m_rows.empty())
        return;
    for (const auto &sink : m_sinks)
        for (const auto port : m_ports)
            m_counts.push_back({sink, port, 0, 0});
    for (size_t cell = 0; cell < m_consulted.size(); ++cell)
        count(cell, +1);
}

void LiveMatrix::count(size_t cell, int sign)
{
    const size_t ports = m_ports.size();
    for (size_t j = 0; j < ports; ++j) {
        const bool delivered = m_rows[cell * ports + j].verdict == Verdict::Delivered;
        auto &c = m_counts[(cell % m_sinks.size()) * ports + j];
        size_t &n = delivered ? c.delivered : c.blocked;
        n = sign > 0 ? n + 1 : n - 1;
        if (delivered)
            m_delivered = sign > 0 ? m_delivered + 1 : m_delivered - 1;
    }
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

bool LiveMatrix::isLocal(const Design &current, const std::vector<std::string> &changed) const
{
    return std::all_of(changed.begin(), changed.end(), [&](const std::string &id) {
        return rulesOnlyChanged(current, id);
    });
}

std::vector<size_t> LiveMatrix::cellsUsing(const std::vector<std::string> &tables) const
{
    std::vector<size_t> cells;
    for (const auto &id : tables)
        if (const auto it = m_cellsUsing.find(id); it != m_cellsUsing.end())
            cells.insert(cells.end(), it->second.begin(), it->second.end());
    std::sort(cells.begin(), cells.end());
    cells.erase(std::unique(cells.begin(), cells.end()), cells.end());
    return cells;
}

LiveMatrix::Update LiveMatrix::update(const Design &current, const std::vector<std::string> &changed,
                                      unsigned threads)
{
    std::vector<std::string> tables(changed);
    std::sort(tables.begin(), tables.end());
    tables.erase(std::unique(tables.begin(), tables.end()), tables.end());
    if (!isLocal(current, tables)) {
        m_simulator.reset();
        *m_design = current;
        m_simulator = std::make_unique<Simulator>(*m_design);
        walkAll(0);
        return {m_sources.size(), m_rows.size(), true, m_groups.size()};
    }
    for (const auto &id : tables) {
        copyRules(current, *m_design, id);
        m_simulator->refreshRules(id);
    }
    Update update;
    const auto cells = cellsUsing(tables);
    update.flowsWalked = cells.size() * m_ports.size();
    for (size_t k = 0; k < cells.size(); ++k)
        update.sourcesWalked += k == 0 || cells[k] / m_sinks.size() != cells[k - 1] / m_sinks.size();
    if (cells.empty())
        return update;
    std::vector<bool> walked(m_consulted.size());
    for (const size_t c : cells) {
        walked[c] = true;
        count(c, -1);
    }
    auto touched = groupsOf(cells); // before their rows are walked again
    rewalk(cells, threads);
    for (const size_t c : cells)
        count(c, +1);
    regroup(cells, walked, std::move(touched), update);
    return update;
}

void LiveMatrix::rewalk(const std::vector<size_t> &cells, unsigned threads)
{
    // A few cells are walked sooner than a thread starts.
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::min<unsigned>(threads, unsigned(cells.size() / 64 + 1));
    // One work item per source: its cells are walked with the source resolved once.
    std::vector<size_t> starts;
    for (size_t k = 0; k < cells.size(); ++k)
        if (k == 0 || cells[k] / m_sinks.size() != cells[k - 1] / m_sinks.size())
            starts.push_back(k);
    starts.push_back(cells.size());
    std::vector<std::vector<std::string_view>> consulted(cells.size());
    parallelFor(starts.size() - 1, threads, [&](size_t s) {
        walkCells(&cells[starts[s]], starts[s + 1] - starts[s], &consulted[starts[s]]);
    });
    for (size_t k = 0; k < cells.size(); ++k)
        remember(cells[k], std::move(consulted[k]));
}

std::vector<size_t> LiveMatrix::groupsOf(const std::vector<size_t> &cells) const
{
    std::vector<size_t> groups;
    const size_t ports = m_ports.size();
    for (const size_t c : cells)
        for (size_t r = c * ports; r < (c + 1) * ports; ++r)
            if (m_rowGroup[r] != noGroup)
                groups.push_back(m_rowGroup[r]);
    return groups;
}

void LiveMatrix::indexRowGroups()
{
    m_rowGroup.assign(m_rows.size(), noGroup);
    for (size_t g = 0; g < m_groups.size(); ++g)
        for (const size_t r : m_groups[g].rows)
            m_rowGroup[r] = uint32_t(g);
}

size_t LiveMatrix::groupFor(const BlockedAt &b)
{
    const auto it = m_groupIndex.find(GroupKeyView{b.resource, b.reason});
    if (it != m_groupIndex.end())
        return it->second;
    auto &g = m_groups.emplace_back();
    g.resource = b.resource;
    g.reason = b.reason;
    m_groupIndex.emplace(GroupKey{b.resource, b.reason}, m_groups.size() - 1);
    return m_groups.size() - 1;
}

void LiveMatrix::regroup(const std::vector<size_t> &cells, const std::vector<bool> &walked,
                         std::vector<size_t> touched, Update &update)
{
    // The walked cells' new blocked rows, per group, ascending.
    std::unordered_map<size_t, std::vector<size_t>> added;
    const size_t ports = m_ports.size();
    for (const size_t c : cells)
        for (size_t r = c * ports; r < (c + 1) * ports; ++r) {
            const auto &b = m_rows[r].blockedAt;
            if (m_rows[r].verdict != Verdict::Blocked || !b) {
                m_rowGroup[r] = noGroup;
                continue;
            }
            size_t g = m_rowGroup[r]; // mostly the group the row was in before
            if (g == noGroup || m_groups[g].reason != b->reason
                || m_groups[g].resource != b->resource)
                g = groupFor(*b);
            m_rowGroup[r] = uint32_t(g);
            added[g].push_back(r);
            touched.push_back(g);
        }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    for (const size_t g : touched) {
        auto &group = m_groups[g];
        std::vector<size_t> rows;
        std::copy_if(group.rows.begin(), group.rows.end(), std::back_inserter(rows),
                     [&](size_t r) { return !walked[r / ports]; });
        const auto &in = added[g];
        std::vector<size_t> merged(rows.size() + in.size());
        std::merge(rows.begin(), rows.end(), in.begin(), in.end(), merged.begin());
        if (merged != group.rows) {
            group.rows = std::move(merged);
            group.fix.reset(); // to be evaluated again
            group.unblocked.reset();
            group.unblockedElsewhere = 0;
            ++update.groupsChanged;
        }
        if (group.rows.empty())
            continue;
        const auto &first = *m_rows[group.rows.front()].blockedAt; // as groupBlockers names it
        group.kind = first.kind;
        group.direction = first.direction;
        group.fixText = first.fix;
        group.fixMessage = first.fixMessage;
    }
    if (update.groupsChanged)
        rank();
}

void LiveMatrix::rank()
{
    for (const auto &g : m_groups)
        if (g.rows.empty())
            m_groupIndex.erase(m_groupIndex.find(GroupKeyView{g.resource, g.reason}));
    std::erase_if(m_groups, [](const BlockerGroup &g) { return g.rows.empty(); });
    std::sort(m_groups.begin(), m_groups.end(), [](const auto &a, const auto &b) {
        if (a.rows.size() != b.rows.size())
            return a.rows.size() > b.rows.size();
        return std::tie(a.resource, a.reason) < std::tie(b.resource, b.reason);
    });
    for (size_t i = 0; i < m_groups.size(); ++i)
        m_groupIndex.find(GroupKeyView{m_groups[i].resource, m_groups[i].reason})->second = i;
    indexRowGroups();
}

void LiveMatrix::setFix(size_t group, std::optional<ModelFix> fix,
                        std::optional<UnblockCount> count)
{
    auto &g = m_groups.at(group);
    g.fix = std::move(fix);
    g.unblocked = count ? std::optional<size_t>(count->inGroup) : std::nullopt;
    g.unblockedElsewhere = count ? count->elsewhere : 0;
}

} // namespace mailpath::core
