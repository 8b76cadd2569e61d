#include "recordschemas.h"

#include "tablehelpers.h"

#include <QCoreApplication>

#include <set>

namespace mailpath::app {

using namespace core;
using Json = nlohmann::json;
using Column = RecordTableEditor::Column;

namespace {

QString textOf(const Json &row, const char *key)
{
    const Json v = row.value(key, Json());
    return v.is_string() ? qs(v.get<std::string>()) : v.is_null() ? QString() : qs(v.dump());
}

std::optional<int> portOf(const QString &text, int lowest)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n >= lowest && n <= 65535 ? std::optional<int>(n) : std::nullopt;
}

Column portColumn(const QString &tip, bool unique)
{
    return {tr("Port"), [](const Json &row) {
                const int port = row.value("port", 0);
                return port ? QString::number(port) : QString();
            },
            [unique](const QString &text, Json &row, const Json &resource) -> QString {
                const auto port = text.isEmpty() && !unique ? std::optional<int>(0) : portOf(text, 1);
                if (!port)
                    return tr("\"%1\" is not a port from 1 to 65535.").arg(text);
                if (unique && *port != row.value("port", 0))
                    for (const auto &other : resource.value("listeners", Json::array()))
                        if (other.value("port", 0) == *port)
                            return tr("The load balancer already listens on %1.").arg(*port);
                row["port"] = *port;
                return {};
            },
            tip};
}

Column choiceColumn(const QString &header, const char *key, const QStringList &choices)
{
    return {header, [key](const Json &row) { return textOf(row, key); },
            [key, header, choices](const QString &text, Json &row, const Json &) -> QString {
                for (const auto &c : choices)
                    if (c.compare(text, Qt::CaseInsensitive) == 0) {
                        row[key] = c.toStdString();
                        return {};
                    }
                return tr("%1: one of %2.").arg(header, choices.join(", "));
            },
            choices.join(" | ")};
}

/** A target group of the load balancer's VPC, by id or by name. */
const TargetGroup *targetGroupNamed(const Design &design, const std::string &vpcId,
                                    const std::string &text, QString *error)
{
    const TargetGroup *found = design.find<TargetGroup>(text);
    for (const auto &[id, tg] : design.all<TargetGroup>())
        if (!found && tg.name == text)
            found = &tg;
    if (!found)
        *error = tr("\"%1\" is not a target group of this design.").arg(qs(text));
    else if (!vpcId.empty() && found->vpcId != vpcId)
        *error = tr("Target group %1 is in %2, not in the load balancer's VPC %3.")
                     .arg(qs(found->name), qs(found->vpcId), qs(vpcId));
    return error->isEmpty() ? found : nullptr;
}

/** Resolves typed target text for the group's target type; sets id and AZ of the row. */
QString applyTarget(const Design &design, const std::string &type, const QString &text, Json &row)
{
    const std::string s = text.toStdString();
    const Eni *eni = design.find<Eni>(s);
    std::string id = s;
    std::string subnetId;
    if (type == "instance") {
        if (eni && !eni->instanceId.empty())
            id = eni->instanceId; // an instance target is registered by its instance id
        const auto *instance = design.find<Instance>(id);
        if (!instance)
            return tr("\"%1\" is not an instance (i-…) of this design; instance targets take "
                      "instance ids.").arg(text);
        subnetId = instance->subnetId;
    } else if (type == "ip") {
        if (eni) {
            id = ipv4Text(eni->primaryIp()); // an ip target is registered by address
            subnetId = eni->subnetId;
        } else if (!parseIpv4(s)) {
            return tr("\"%1\" is not an IPv4 address or a network interface (eni-…).").arg(text);
        }
    } else if (!design.find<LoadBalancer>(s)) {
        return tr("\"%1\" is not a load balancer of this design.").arg(text);
    }
    row["id"] = id;
    if (const auto *subnet = design.find<Subnet>(subnetId))
        row["availabilityZone"] = subnet->availabilityZone;
    return {};
}

std::string tgwOf(const Design &design, const std::string &rtId)
{
    const auto *rt = design.find<TgwRouteTable>(rtId);
    return rt ? rt->transitGatewayId : std::string();
}

} // namespace

RecordTableEditor::Schema listenerSchema(const Design &design, const std::string &lbId)
{
    const auto *lb = design.find<LoadBalancer>(lbId);
    const std::string vpcId = lb ? lb->vpcId : std::string();
    Column group{tr("Target group"),
                 [&design](const Json &row) {
                     const std::string id = row.value("targetGroupId", std::string());
                     const auto *tg = design.find<TargetGroup>(id);
                     return tg ? qs(tg->name) : qs(id);
                 },
                 [&design, vpcId](const QString &text, Json &row, const Json &) -> QString {
                     QString error;
                     if (const auto *tg = targetGroupNamed(design, vpcId, text.toStdString(), &error))
                         row["targetGroupId"] = tg->id;
                     return error;
                 },
                 tr("the target group's name or ARN")};
    auto newRow = [&design, vpcId](const Json &resource) {
        std::string firstGroup;
        for (const auto &[id, tg] : design.all<TargetGroup>())
            if (tg.vpcId == vpcId && firstGroup.empty())
                firstGroup = id;
        int port = 587;
        for (const auto &l : resource.value("listeners", Json::array()))
            port = std::max(port, l.value("port", 0) + 1);
        return Json{{"port", std::min(port, 65535)}, {"protocol", "TCP"},
                    {"targetGroupId", firstGroup}};
    };
    return {"listeners", tr("listener"),
            {choiceColumn(tr("Protocol"), "protocol", {"TCP", "TLS", "UDP", "TCP_UDP"}),
             portColumn(tr("the port clients connect to"), true), group},
            newRow};
}

RecordTableEditor::Schema targetSchema(const Design &design)
{
    Column target{tr("Target"), [](const Json &row) { return textOf(row, "id"); },
                  [&design](const QString &text, Json &row, const Json &resource) {
                      return applyTarget(design, resource.value("targetType", std::string()),
                                         text, row);
                  },
                  tr("instance targets: i-… or its eni-…; ip targets: an address or an eni-…")};
    Column zone{tr("AZ"), [](const Json &row) { return textOf(row, "availabilityZone"); },
                [&design](const QString &text, Json &row, const Json &) -> QString {
                    bool known = text.isEmpty() || text == "all";
                    for (const auto &[id, subnet] : design.all<Subnet>())
                        known |= qs(subnet.availabilityZone) == text;
                    if (!known)
                        return tr("\"%1\" is no Availability Zone of this design (or all).").arg(text);
                    row["availabilityZone"] = text.toStdString();
                    return {};
                },
                tr("the target's Availability Zone; all: any zone (targets outside the VPC)")};
    auto newRow = [&design](const Json &resource) {
        Json row{{"id", ""}, {"port", 0}, {"availabilityZone", ""}, {"health", "healthy"}};
        const std::string vpcId = resource.value("vpcId", std::string());
        std::set<std::string> taken;
        for (const auto &t : resource.value("targets", Json::array()))
            taken.insert(t.value("id", std::string()));
        for (const auto &[id, eni] : design.all<Eni>()) {
            const auto *subnet = design.find<Subnet>(eni.subnetId);
            if (!subnet || subnet->vpcId != vpcId || (eni.role != EniRole::Workload && eni.role != EniRole::Fargate))
                continue;
            if (applyTarget(design, resource.value("targetType", std::string()), qs(id), row).isEmpty()
                && !taken.count(row.value("id", std::string())))
                return row;
        }
        return Json{{"id", ""}, {"port", 0}, {"availabilityZone", ""}, {"health", "healthy"}};
    };
    return {"targets", tr("target"),
            {target, portColumn(tr("empty: the target group's port"), false), zone,
             choiceColumn(tr("Health"), "health",
                          {"healthy", "unhealthy", "initial", "unused", "draining", "unavailable"})},
            newRow};
}

RecordTableEditor::Schema tgwRouteSchema(const Design &design, const std::string &rtId)
{
    Column destination{tr("Destination"), [](const Json &row) { return textOf(row, "destination"); },
                       [](const QString &text, Json &row, const Json &) -> QString {
                           const auto cidr = Cidr::parse(text.toStdString());
                           if (!cidr || !text.contains('/'))
                               return tr("\"%1\" is not an IPv4 CIDR such as 172.16.0.0/16.")
                                   .arg(text);
                           row["destination"] = cidr->toString();
                           return {};
                       }};
    const std::string tgwId = tgwOf(design, rtId);
    Column target{tr("Attachment"),
                  [](const Json &row) {
                      if (row.value("blackhole", false))
                          return QStringLiteral("blackhole");
                      QStringList ids;
                      for (const auto &id : row.value("attachmentIds", Json::array()))
                          ids << qs(id.get<std::string>());
                      return ids.join(", ");
                  },
                  [&design, tgwId](const QString &text, Json &row, const Json &) -> QString {
                      if (text.compare("blackhole", Qt::CaseInsensitive) == 0) {
                          row["blackhole"] = true;
                          row["attachmentIds"] = Json::array();
                          return {};
                      }
                      const auto *att = design.find<TgwAttachment>(text.toStdString());
                      if (!att || att->transitGatewayId != tgwId)
                          return tr("\"%1\" is not an attachment of %2; type an attachment id or "
                                    "blackhole.").arg(text, qs(tgwId));
                      row["blackhole"] = false;
                      row["attachmentIds"] = Json::array({att->id});
                      return {};
                  },
                  tr("an attachment of this transit gateway, or blackhole")};
    Column kind{tr("Type"), [](const Json &row) {
                    return row.value("propagated", false) ? tr("propagated") : tr("static");
                }};
    auto newRow = [](const Json &) {
        return Json{{"destination", "0.0.0.0/0"}, {"attachmentIds", Json::array()},
                    {"blackhole", true}, {"propagated", false}};
    };
    return {"routes", tr("route"), {destination, target, kind}, newRow,
            [](const Json &row) { return row.value("propagated", false); }};
}

} // namespace mailpath::app
