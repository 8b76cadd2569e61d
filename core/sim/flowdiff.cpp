#include "flowdiff.h"

#include <algorithm>

namespace mailpath::core {

namespace {

void unite(std::vector<std::string> &into, const std::vector<std::string> &more)
{
    for (const auto &id : more)
        if (std::find(into.begin(), into.end(), id) == into.end())
            into.push_back(id);
}

bool unknownEnd(const MatrixRow &row)
{
    return row.verdict == Verdict::Blocked && row.blockedAt
           && row.blockedAt->reason == ReasonCode::UnknownEndpoint;
}

bool sameBlock(const BlockedAt &a, const BlockedAt &b)
{
    return a.resource == b.resource && a.reason == b.reason && a.direction == b.direction;
}

std::optional<FlowChangeKind> classify(const MatrixRow &before, const MatrixRow &after)
{
    if (unknownEnd(before) != unknownEnd(after))
        return unknownEnd(before) ? FlowChangeKind::Added : FlowChangeKind::Removed;
    if (unknownEnd(before))
        return std::nullopt;
    if (before.verdict != after.verdict)
        return before.verdict == Verdict::Delivered ? FlowChangeKind::NewlyBlocked
                                                    : FlowChangeKind::Repaired;
    if (before.verdict == Verdict::Blocked && before.blockedAt && after.blockedAt
        && !sameBlock(*before.blockedAt, *after.blockedAt))
        return FlowChangeKind::BlockChanged;
    return std::nullopt;
}

} // namespace

std::string_view toString(FlowChangeKind kind)
{
    switch (kind) {
    case FlowChangeKind::NewlyBlocked: return "newly-blocked";
    case FlowChangeKind::Repaired: return "repaired";
    case FlowChangeKind::BlockChanged: return "block-changed";
    case FlowChangeKind::Added: return "added";
    case FlowChangeKind::Removed: return "removed";
    }
    return "?";
}

bool FlowDiff::breaksDelivery() const
{
    return std::any_of(changes.begin(), changes.end(), [](const FlowChange &c) {
        return c.kind == FlowChangeKind::NewlyBlocked;
    });
}

FlowDiff diffFlows(const Design &before, const Design &after, std::vector<std::string> from,
                   std::vector<std::string> to, const std::vector<uint16_t> &ports,
                   unsigned threads)
{
    const Simulator simBefore(before);
    const Simulator simAfter(after);
    if (from.empty()) {
        from = simBefore.defaultSources();
        unite(from, simAfter.defaultSources());
    }
    if (to.empty()) {
        to = simBefore.defaultSinks();
        unite(to, simAfter.defaultSinks());
    }
    const auto rowsBefore = runMatrix(simBefore, from, to, ports, threads);
    const auto rowsAfter = runMatrix(simAfter, from, to, ports, threads);
    FlowDiff diff;
    diff.flows = rowsBefore.size();
    for (size_t i = 0; i < rowsBefore.size(); ++i)
        if (const auto kind = classify(rowsBefore[i], rowsAfter[i]))
            diff.changes.push_back({*kind, rowsBefore[i], rowsAfter[i]});
    std::stable_sort(diff.changes.begin(), diff.changes.end(),
                     [](const FlowChange &a, const FlowChange &b) { return a.kind < b.kind; });
    return diff;
}

} // namespace mailpath::core
