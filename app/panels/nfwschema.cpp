// The inspector's table of an AWS Network Firewall's rule groups: one row per group, its
// 5-tuple stateful rules and its domain list written as text and validated like ACL rows.

#include "recordschemas.h"
#include "tablehelpers.h"

#include "core/sim/nfwpolicy.h"

#include <QCoreApplication>

namespace mailpath::app {

using namespace core;
using Json = nlohmann::json;
using Column = RecordTableEditor::Column;

namespace {

QString rulesText(const Json &row)
{
    QStringList out;
    for (const auto &r : row.value("statefulRules", Json::array()))
        out << qs(statefulRuleText(r.get<NfwStatefulRule>()));
    return out.join("; ");
}

QString applyRules(const QString &text, Json &row, const Json &)
{
    Json rules = Json::array();
    for (const auto &part : text.split(';', Qt::SkipEmptyParts)) {
        std::string why;
        const auto rule = parseStatefulRule(part.trimmed().toStdString(), &why);
        if (!rule)
            return tr("\"%1\": %2.").arg(part.trimmed(), qs(why));
        rules.push_back(*rule);
    }
    row["statefulRules"] = rules;
    return {};
}

QString domainsText(const Json &row)
{
    QStringList domains;
    for (const auto &d : row.value("domains", Json::array()))
        domains << qs(d.get<std::string>());
    const auto type = qs(row.value("domainListType", std::string()));
    return domains.isEmpty() ? QString() : type + ": " + domains.join(", ");
}

QString applyDomains(const QString &text, Json &row, const Json &)
{
    if (text.trimmed().isEmpty()) {
        row["domains"] = Json::array();
        row["domainListType"] = "";
        return {};
    }
    const auto colon = text.indexOf(':');
    const QString type = text.left(colon).trimmed().toUpper();
    if (colon < 0 || (type != "ALLOWLIST" && type != "DENYLIST" && type != "REJECTLIST"
                      && type != "ALERTLIST"))
        return tr("Write ALLOWLIST: or DENYLIST: followed by domains, e.g. "
                  "ALLOWLIST: email-smtp.us-east-1.amazonaws.com, .example.com");
    Json domains = Json::array();
    for (const auto &d : text.mid(colon + 1).split(',', Qt::SkipEmptyParts))
        domains.push_back(d.trimmed().toStdString());
    row["domains"] = domains;
    row["domainListType"] = type.toStdString();
    row["domainTargetTypes"] = Json::array({"TLS_SNI"});
    return {};
}

} // namespace

RecordTableEditor::Schema nfwRuleGroupSchema()
{
    Column name{tr("Rule group"), [](const Json &row) { return qs(row.value("name", "")); },
                [](const QString &text, Json &row, const Json &) -> QString {
                    if (text.trimmed().isEmpty())
                        return tr("A rule group needs a name.");
                    row["name"] = text.trimmed().toStdString();
                    return {};
                }};
    Column priority{tr("Priority"),
                    [](const Json &row) { return QString::number(row.value("priority", 0)); },
                    [](const QString &text, Json &row, const Json &) -> QString {
                        bool ok = false;
                        const int n = text.toInt(&ok);
                        if (!ok || n < 1 || n > 65535)
                            return tr("\"%1\" is not a priority from 1 to 65535.").arg(text);
                        row["priority"] = n;
                        return {};
                    }};
    Column type{tr("Type"), [](const Json &row) { return qs(row.value("type", "")); }};
    Column rules{tr("Stateful rules"), rulesText, applyRules,
                 tr("ACTION PROTOCOL SOURCE PORT -> DESTINATION PORT, separated by ';', e.g. "
                    "DROP TCP $HOME_NET ANY -> ANY 587")};
    Column domains{tr("Domain list (TLS SNI)"), domainsText, applyDomains,
                   tr("ALLOWLIST: or DENYLIST: then domains; a leading dot covers subdomains")};
    auto newRow = [](const Json &) {
        return Json{{"name", "rules"}, {"type", "STATEFUL"}, {"priority", 100},
                    {"statefulRules", Json::array()}, {"statelessRules", Json::array()},
                    {"domains", Json::array()}, {"domainTargetTypes", Json::array()},
                    {"domainListType", ""}, {"rulesString", ""}};
    };
    // Stateless groups and Suricata rule strings are shown, edited in the snapshot.
    auto fixed = [](const Json &row) {
        return row.value("type", "") != "STATEFUL" || !row.value("rulesString", "").empty();
    };
    return {"ruleGroups", tr("rule group"), {name, type, priority, rules, domains}, newRow, fixed};
}

} // namespace mailpath::app
