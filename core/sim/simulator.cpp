#include "simulator.h"

#include "../io/designchecks.h"
#include "compiled.h"
#include "resolve.h"

#include <algorithm>

namespace mailpath::core {

Simulator::Simulator(const Design &design)
    : m_design(design)
    , m_net(std::make_unique<CompiledNetwork>(design))
{}

Simulator::~Simulator() = default;

bool Simulator::refreshRules(std::string_view id)
{
    return m_net->refreshRules(id);
}

namespace {
Trace unresolved(Trace trace, const std::string &what, const Message &error)
{
    trace.verdict = Verdict::Blocked;
    trace.blockedAt = BlockedAt{what, ResourceKind::NetworkInterface, Direction::Forward,
                                ReasonCode::UnknownEndpoint, {}, {}, {}, {}};
    trace.blockedAt->setTexts(error, {texts::unresolvedFix});
    return trace;
}
} // namespace

Trace Simulator::trace(const Query &query) const
{
    return trace(query, TraceOptions{});
}

Trace Simulator::trace(const Query &query, const TraceOptions &options) const
{
    Trace trace;
    trace.query = query;
    const EndpointResolver resolver(*m_net);
    Site source;
    Message error;
    if (!resolver.resolveSource(query.from, source, error))
        return unresolved(std::move(trace), query.from, error);
    Ipv4 destination;
    std::string label;
    if (!resolver.resolveDestination(query.to, source, destination, label, error))
        return unresolved(std::move(trace), query.to, error);
    Walker walker(*m_net, trace, query, options);
    walker.run(source, destination);
    if (options.recordHops) // matrix rows carry no notes
        noteUntrusted(trace, untrustedResources(m_design));
    return trace;
}

void Simulator::traceVerdicts(const std::string &from, const std::vector<std::string> &to,
                              const std::vector<uint16_t> &ports, MatrixRow *rows) const
{
    std::vector<const std::string *> sinks;
    sinks.reserve(to.size());
    for (const auto &sink : to)
        sinks.push_back(&sink);
    traceVerdicts(from, sinks, ports, [&](size_t i) { return rows + i * ports.size(); });
}

void Simulator::traceVerdicts(const std::string &from, const std::vector<const std::string *> &to,
                              const std::vector<uint16_t> &ports, const SinkRows &rowsOf) const
{
    const EndpointResolver resolver(*m_net);
    const TraceOptions options{false};
    Site source;
    Message error;
    const bool sourceOk = resolver.resolveSource(from, source, error);
    const Message sourceError = error;
    Query query;
    query.from = from;
    for (size_t i = 0; i < to.size(); ++i) {
        MatrixRow *rows = rowsOf(i);
        query.to = *to[i];
        Ipv4 destination;
        std::string label;
        error = Message();
        const bool destinationOk = sourceOk
                                   && resolver.resolveDestination(*to[i], source, destination,
                                                                  label, error);
        for (size_t j = 0; j < ports.size(); ++j) {
            query.port = ports[j];
            Trace trace;
            if (!sourceOk) {
                trace = unresolved(std::move(trace), from, sourceError);
            } else if (!destinationOk) {
                trace = unresolved(std::move(trace), *to[i], error);
            } else {
                Walker walker(*m_net, trace, query, options);
                walker.run(source, destination);
            }
            rows[j].verdict = trace.verdict;
            rows[j].blockedAt = std::move(trace.blockedAt);
        }
    }
}

std::vector<std::string> Simulator::defaultSources() const
{
    std::vector<std::string> sources;
    for (const auto &[id, eni] : m_design.all<Eni>()) {
        if (!isWorkload(eni.role))
            continue;
        const auto it = m_net->instanceByEni.find(eni.id);
        const bool primary = it != m_net->instanceByEni.end() && !it->second->eniIds.empty()
                             && it->second->eniIds.front() == eni.id;
        if (it != m_net->instanceByEni.end() && !primary)
            continue;
        sources.push_back(primary ? it->second->id : eni.id);
    }
    std::sort(sources.begin(), sources.end());
    return sources;
}

std::vector<std::string> Simulator::defaultSinks() const
{
    std::vector<std::string> sinks;
    for (const auto &[id, ses] : m_design.all<SesEndpoint>())
        sinks.push_back(id);
    if (sinks.empty()) {
        std::vector<std::string> regions;
        for (const auto &[id, vpc] : m_design.all<Vpc>())
            if (!vpc.region.empty()
                && std::find(regions.begin(), regions.end(), vpc.region) == regions.end())
                regions.push_back(vpc.region);
        for (const auto &region : regions)
            if (m_net->sesForRegion(region))
                sinks.push_back("email-smtp." + region + ".amazonaws.com");
    }
    for (const auto &[id, server] : m_design.all<SmtpServer>())
        sinks.push_back(id);
    for (const auto &[id, lb] : m_design.all<LoadBalancer>())
        for (const auto &listener : lb.listeners)
            if (listener.port == 25 || listener.port == 587 || listener.port == 465) {
                sinks.push_back(id);
                break;
            }
    std::sort(sinks.begin(), sinks.end());
    return sinks;
}

} // namespace mailpath::core
