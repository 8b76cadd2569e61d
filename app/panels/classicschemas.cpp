#include "classicschemas.h"

#include "tablehelpers.h"

#include <QCoreApplication>

namespace mailpath::app {

using namespace core;
using Json = nlohmann::json;
using Column = RecordTableEditor::Column;

namespace {

QString intText(const Json &row, const char *key)
{
    const int value = row.value(key, 0);
    return value ? QString::number(value) : QString();
}

Column port(const QString &header, const char *key, bool optional, const QString &tip)
{
    return {header, [key](const Json &row) { return intText(row, key); },
            [key, optional](const QString &text, Json &row, const Json &) -> QString {
                bool ok = false;
                const int n = text.toInt(&ok);
                if (optional && text.isEmpty()) {
                    row[key] = 0;
                    return {};
                }
                if (!ok || n < 1 || n > 65535)
                    return tr("\"%1\" is not a port from 1 to 65535.").arg(text);
                row[key] = n;
                return {};
            },
            tip};
}

Column choice(const QString &header, const char *key, const QStringList &choices)
{
    return {header,
            [key](const Json &row) { return qs(row.value(key, std::string())); },
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

} // namespace

RecordTableEditor::Schema classicListenerSchema()
{
    auto newRow = [](const Json &resource) {
        int next = 25;
        for (const auto &l : resource.value("listeners", Json::array()))
            next = std::max(next, l.value("port", 0) + 1);
        return Json{{"port", std::min(next, 65535)}, {"protocol", "TCP"}, {"targetGroupId", ""},
                    {"instancePort", 0}, {"instanceProtocol", ""}};
    };
    return {"listeners", tr("listener"),
            {choice(tr("Protocol"), "protocol", {"TCP", "SSL", "HTTP", "HTTPS"}),
             port(tr("Port"), "port", false, tr("the port clients connect to")),
             port(tr("Instance port"), "instancePort", true, tr("empty: the same port"))},
            newRow};
}

RecordTableEditor::Schema classicInstanceSchema(const Design &design, const std::string &lbId)
{
    Column instance{tr("Instance"), [](const Json &row) { return qs(row.value("id", std::string())); },
                    [&design](const QString &text, Json &row, const Json &) -> QString {
                        if (!design.find<Instance>(text.toStdString()))
                            return tr("\"%1\" is not an instance of this design.").arg(text);
                        row["id"] = text.toStdString();
                        return {};
                    },
                    tr("an instance id (i-…)")};
    auto newRow = [&design, lbId](const Json &resource) {
        const auto *lb = design.find<LoadBalancer>(lbId);
        for (const auto &[id, inst] : design.all<Instance>()) {
            bool taken = false;
            for (const auto &t : resource.value("instances", Json::array()))
                taken = taken || t.value("id", std::string()) == id;
            if (!taken && lb && inst.vpcId == lb->vpcId)
                return Json{{"id", id}, {"port", 0}, {"availabilityZone", inst.availabilityZone},
                            {"health", "healthy"}};
        }
        return Json{{"id", ""}, {"port", 0}, {"availabilityZone", ""}, {"health", "healthy"}};
    };
    return {"instances", tr("instance"),
            {instance, choice(tr("Health"), "health", {"healthy", "unhealthy", "unavailable"})},
            newRow};
}

} // namespace mailpath::app
