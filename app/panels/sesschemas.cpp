#include "sesschemas.h"

#include "app/canvas/dnsrecordmenu.h"
#include "tablehelpers.h"

#include <QCoreApplication>

namespace mailpath::app {

using namespace core;
using Json = nlohmann::json;
using Column = RecordTableEditor::Column;

namespace {

Column textColumn(const QString &header, const char *key, const QString &tip, bool required)
{
    return {header, [key](const Json &row) { return qs(row.value(key, std::string())); },
            [key, header, required](const QString &text, Json &row, const Json &) -> QString {
                if (required && text.trimmed().isEmpty())
                    return tr("%1 cannot be empty.").arg(header);
                row[key] = text.trimmed().toStdString();
                return {};
            },
            tip};
}

Column choiceColumn(const QString &header, const char *key, const QStringList &choices)
{
    return {header, [key](const Json &row) { return qs(row.value(key, std::string())); },
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

Column boolColumn(const QString &header, const char *key)
{
    return {header, [key](const Json &row) { return row.value(key, true) ? "true" : "false"; },
            [key, header](const QString &text, Json &row, const Json &) -> QString {
                if (text != "true" && text != "false")
                    return tr("%1: true or false.").arg(header);
                row[key] = text == "true";
                return {};
            },
            "true | false"};
}

Column tokensColumn()
{
    return {tr("DKIM tokens"),
            [](const Json &row) {
                QStringList tokens;
                for (const auto &t : row.value("dkimTokens", Json::array()))
                    tokens << qs(t.get<std::string>());
                return tokens.join(", ");
            },
            [](const QString &text, Json &row, const Json &) -> QString {
                Json tokens = Json::array();
                for (const auto &t : text.split(',', Qt::SkipEmptyParts))
                    tokens.push_back(t.trimmed().toStdString());
                if (!tokens.empty() && tokens.size() != 3)
                    return tr("Easy DKIM has three tokens, not %1.").arg(tokens.size());
                row["dkimTokens"] = tokens;
                return {};
            },
            tr("the three Easy DKIM tokens, comma-separated")};
}

} // namespace

RecordTableEditor::Schema sesIdentitySchema()
{
    auto newRow = [](const Json &) {
        return Json{{"name", "example.com"}, {"verificationStatus", "PENDING"},
                    {"dkimStatus", ""}, {"dkimTokens", Json::array()},
                    {"verificationToken", ""}, {"mailFromDomain", ""}, {"configurationSet", ""}};
    };
    return {"identities", tr("identity"),
            {textColumn(tr("Identity"), "name", tr("a domain or an e-mail address"), true),
             choiceColumn(tr("Verification"), "verificationStatus",
                          {"SUCCESS", "PENDING", "FAILED", "TEMPORARY_FAILURE", "NOT_STARTED"}),
             tokensColumn(),
             textColumn(tr("MAIL FROM domain"), "mailFromDomain",
                        tr("custom MAIL FROM (bounce) domain; empty: amazonses.com"), false),
             textColumn(tr("Configuration set"), "configurationSet",
                        tr("the identity's default configuration set"), false)},
            newRow};
}

RecordTableEditor::Schema sesConfigurationSetSchema()
{
    auto newRow = [](const Json &) {
        return Json{{"name", "default"}, {"tlsPolicy", "OPTIONAL"}, {"sendingEnabled", true}};
    };
    return {"configurationSets", tr("configuration set"),
            {textColumn(tr("Name"), "name", {}, true),
             choiceColumn(tr("TLS policy"), "tlsPolicy", {"REQUIRE", "OPTIONAL"}),
             boolColumn(tr("Sending enabled"), "sendingEnabled")},
            newRow};
}

RecordTableEditor::Schema sesReceiptFilterSchema()
{
    Column cidr{tr("CIDR"), [](const Json &row) { return qs(row.value("cidr", std::string())); },
                [](const QString &text, Json &row, const Json &) -> QString {
                    if (!Cidr::parse(text.trimmed().toStdString()))
                        return tr("\"%1\" is not an IPv4 CIDR.").arg(text);
                    row["cidr"] = text.trimmed().toStdString();
                    return {};
                },
                tr("the senders the filter matches")};
    auto newRow = [](const Json &) {
        return Json{{"name", "filter"}, {"policy", "Block"}, {"cidr", "0.0.0.0/0"}};
    };
    return {"receiptFilters", tr("receipt filter"),
            {textColumn(tr("Name"), "name", {}, true),
             choiceColumn(tr("Policy"), "policy", {"Block", "Allow"}), cidr},
            newRow};
}

QString sesDnsSummary(const Design &design, const std::string &sesId)
{
    const auto *ses = design.find<SesEndpoint>(sesId);
    if (!ses)
        return {};
    std::vector<DnsCheck> checks;
    for (const auto &identity : ses->identities) {
        auto more = dnsChecks(design, *ses, identity);
        checks.insert(checks.end(), more.begin(), more.end());
    }
    return dnsCheckHtml(checks);
}

} // namespace mailpath::app
