#include "deleteresourcescommand.h"

#include <algorithm>
#include <set>

namespace mailpath::app {

using namespace core;

std::vector<std::string> DeleteResourcesCommand::closure(const Design &design,
                                                         const std::vector<std::string> &ids)
{
    std::set<std::string> result;
    for (const auto &id : ids) {
        if (!design.contains(id))
            continue;
        result.insert(id);
        for (auto &child : design.descendantsOf(id))
            result.insert(child);
        // An instance's ENIs are part of it even when the ENI is not drawn.
        if (const auto *inst = design.find<Instance>(id))
            result.insert(inst->eniIds.begin(), inst->eniIds.end());
    }
    return {result.begin(), result.end()};
}

std::vector<std::string> DeleteResourcesCommand::touchedKeys(const Design &design,
                                                             const std::vector<std::string> &removed)
{
    std::set<std::string> keys(removed.begin(), removed.end());
    auto isRemoved = [&](const std::string &id) { return keys.count(id) > 0; };
    auto refersToRemoved = [&](const std::vector<std::string> &ids) {
        return std::any_of(ids.begin(), ids.end(), isRemoved);
    };
    std::set<std::string> extra;
    for (const auto &[id, rt] : design.all<RouteTable>())
        if (refersToRemoved(rt.subnetIds))
            extra.insert(id);
    for (const auto &[id, acl] : design.all<NetworkAcl>())
        if (refersToRemoved(acl.subnetIds))
            extra.insert(id);
    for (const auto &[id, net] : design.all<OnPremNetwork>())
        if (isRemoved(net.firewallId))
            extra.insert(id);
    keys.insert(extra.begin(), extra.end());
    return {keys.begin(), keys.end()};
}

DeleteResourcesCommand::DeleteResourcesCommand(Design &design, const std::vector<std::string> &ids,
                                               QUndoCommand *parent)
    : SnapshotCommand(design, touchedKeys(design, closure(design, ids)), parent)
    , m_removed(closure(design, ids))
{
    if (ids.size() == 1)
        setText(QObject::tr("Delete %1").arg(QString::fromStdString(design.displayName(ids[0]))));
    else
        setText(QObject::tr("Delete %n items", nullptr, int(ids.size())));
}

void DeleteResourcesCommand::perform(Design &design)
{
    std::set<std::string> removed(m_removed.begin(), m_removed.end());
    auto prune = [&](std::vector<std::string> &ids) {
        const auto before = ids.size();
        ids.erase(std::remove_if(ids.begin(), ids.end(),
                                 [&](const std::string &s) { return removed.count(s) > 0; }),
                  ids.end());
        return before != ids.size();
    };
    for (const auto &id : m_removed)
        design.remove(id);
    std::vector<std::string> routeTables, acls;
    for (const auto &[id, rt] : design.all<RouteTable>())
        routeTables.push_back(id);
    for (const auto &[id, acl] : design.all<NetworkAcl>())
        acls.push_back(id);
    for (const auto &id : routeTables) {
        auto rt = *design.find<RouteTable>(id);
        if (prune(rt.subnetIds))
            design.put(std::move(rt));
    }
    for (const auto &id : acls) {
        auto acl = *design.find<NetworkAcl>(id);
        if (prune(acl.subnetIds))
            design.put(std::move(acl));
    }
    std::vector<std::string> networks;
    for (const auto &[id, net] : design.all<OnPremNetwork>())
        if (removed.count(net.firewallId))
            networks.push_back(id);
    for (const auto &id : networks)
        design.update<OnPremNetwork>(id, [](OnPremNetwork &n) { n.firewallId.clear(); });
}

} // namespace mailpath::app
