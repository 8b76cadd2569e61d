#include "duplicateplan.h"

#include "deleteresourcescommand.h"

#include "core/model/addressplanner.h"

#include <QObject>

#include <set>

namespace mailpath::app {

using namespace core;
using Json = nlohmann::json;

namespace {

/** Kinds a copy can take: boxes inside a VPC and the nodes in them. */
bool copyable(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Vpc:
    case ResourceKind::RouteTable:
    case ResourceKind::NetworkAcl:
    case ResourceKind::SecurityGroup:
    case ResourceKind::InternetGateway:
    case ResourceKind::TgwAttachment:
    case ResourceKind::TgwRouteTable:
    case ResourceKind::PrefixList:
    case ResourceKind::HostedZone: return false;
    default: return true;
    }
}

/** Replaces every string equal to an old id by its new id, anywhere in json. */
void remap(Json &json, const std::map<std::string, std::string> &ids)
{
    if (json.is_string()) {
        if (const auto it = ids.find(json.get<std::string>()); it != ids.end())
            json = it->second;
    } else if (json.is_array() || json.is_object()) {
        for (auto &item : json)
            remap(item, ids);
    }
}

/** Paste order: boxes before what lies in them, interfaces before what uses their address. */
int rank(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Subnet: return 0;
    case ResourceKind::NetworkInterface: return 1;
    case ResourceKind::SmtpServer: return 3;
    default: return 2;
    }
}

void renumber(Design &scratch, AddressPlanner &planner, ResourceKind kind, Json &json)
{
    auto fresh = [&](const std::string &subnet) -> Json {
        const auto ip = planner.nextFreeIp(subnet);
        if (!ip)
            return nullptr;
        planner.reserve(*ip);
        return ip->to_string();
    };
    auto publicIp = [&] {
        const Ipv4 ip = planner.nextPublicIp();
        planner.reserve(ip);
        return Json(ip.to_string());
    };
    switch (kind) {
    case ResourceKind::Subnet:
        if (const auto cidr = planner.nextSubnetCidr(json.value("vpcId", std::string())))
            json["cidr"] = cidr->toString();
        break;
    case ResourceKind::NetworkInterface:
        json["privateIps"] = Json::array({fresh(json.value("subnetId", std::string()))});
        if (!json.value("publicIp", Json()).is_null())
            json["publicIp"] = publicIp();
        break;
    case ResourceKind::NatGateway:
        json["privateIp"] = fresh(json.value("subnetId", std::string()));
        if (!json.value("publicIp", Json()).is_null())
            json["publicIp"] = publicIp();
        break;
    case ResourceKind::InternetHost:
        for (auto &address : json["addresses"])
            address = publicIp();
        break;
    case ResourceKind::SmtpServer: {
        const auto *host = scratch.find<Instance>(json.value("hostId", std::string()));
        const auto *eni = host && !host->eniIds.empty() ? scratch.find<Eni>(host->eniIds.front())
                                                        : nullptr;
        if (eni)
            json["address"] = eni->primaryIp().to_string();
        else if (!host)
            json["address"] = publicIp();
        break;
    }
    default: break;
    }
}

} // namespace

Json CopiedResources::toJson() const
{
    Json out{{"resources", Json::array()}, {"layouts", Json::object()}};
    for (const auto &[kind, json] : resources)
        out["resources"].push_back({{"kind", std::string(kindName(kind))}, {"json", json}});
    for (const auto &[key, layout] : layouts)
        out["layouts"][key] = layout;
    return out;
}

std::optional<CopiedResources> CopiedResources::fromJson(const Json &json)
{
    try {
        CopiedResources copied;
        for (const auto &entry : json.at("resources")) {
            const auto kind = kindFromName(entry.at("kind").get<std::string>());
            if (!kind)
                return std::nullopt;
            copied.resources.emplace_back(*kind, entry.at("json"));
        }
        for (const auto &[key, layout] : json.at("layouts").items())
            copied.layouts[key] = layout.get<NodeLayout>();
        return copied;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

CopiedResources copyResources(const Design &design, const std::vector<std::string> &keys)
{
    std::vector<std::string> chosen;
    for (const auto &key : keys)
        if (design.kindOf(key) && copyable(*design.kindOf(key)))
            chosen.push_back(key);
    auto ids = DeleteResourcesCommand::closure(design, chosen);
    std::set<std::string> set(ids.begin(), ids.end());
    for (const auto &[id, server] : design.all<SmtpServer>())
        if (set.count(server.hostId))
            set.insert(id);
    CopiedResources copied;
    for (const auto &id : set) {
        const auto kind = *design.kindOf(id);
        if (!copyable(kind))
            continue;
        copied.resources.emplace_back(kind, design.resourceJson(id));
        if (const auto *layout = design.layoutOf(id))
            copied.layouts[id] = *layout;
    }
    return copied;
}

ResourceBundle pasteBundle(const Design &design, const CopiedResources &copied, QPointF offset)
{
    ResourceBundle bundle;
    bundle.text = QObject::tr("Paste");
    std::map<std::string, std::string> ids;
    for (const auto &[kind, json] : copied.resources)
        ids[json.value("id", std::string())] = design.generateId(kind);
    auto ordered = copied.resources;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &a, const auto &b) { return rank(a.first) < rank(b.first); });
    Design scratch = design; // the planner sees what is pasted so far
    AddressPlanner planner(scratch);
    for (auto [kind, json] : ordered) {
        const std::string oldId = json.value("id", std::string());
        remap(json, ids);
        for (const char *parent : {"vpcId", "subnetId"})
            if (json.contains(parent) && json[parent].is_string()
                && !json[parent].get<std::string>().empty()
                && !scratch.contains(json[parent].get<std::string>())) {
                bundle.error = QObject::tr("%1 no longer exists; nothing was pasted.")
                                   .arg(QString::fromStdString(json[parent].get<std::string>()));
                return bundle;
            }
        renumber(scratch, planner, kind, json);
        scratch.putResourceJson(kind, json);
        bundle.resources.emplace_back(kind, json);
        if (const auto layout = copied.layouts.find(oldId); layout != copied.layouts.end()) {
            NodeLayout moved = layout->second;
            const bool nested = std::any_of(copied.layouts.begin(), copied.layouts.end(),
                                            [&](const auto &other) {
                                                return other.first != oldId
                                                       && design.containerOf(oldId) == other.first;
                                            });
            if (!nested) {
                moved.x += offset.x();
                moved.y += offset.y();
            }
            bundle.layouts[ids[oldId]] = moved;
        }
        if (bundle.primaryId.empty() || rank(kind) == 0)
            bundle.primaryId = ids[oldId];
    }
    if (bundle.resources.empty())
        bundle.error = QObject::tr("Nothing to paste: copy subnets or resources inside a VPC.");
    return bundle;
}

} // namespace mailpath::app
