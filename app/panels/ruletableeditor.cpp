#include "ruletableeditor.h"

#include "ruledelegate.h"
#include "rulepresets.h"
#include "tablehelpers.h"

#include "app/commands/addroutecommand.h"
#include "app/commands/editrulescommand.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace mailpath::app {

using namespace core;
using Json = nlohmann::json;

namespace {

QString protocolText(int protocol)
{
    switch (protocol) {
    case -1: return QStringLiteral("all");
    case 6: return QStringLiteral("tcp");
    case 17: return QStringLiteral("udp");
    case 1: return QStringLiteral("icmp");
    default: return QString::number(protocol);
    }
}

std::optional<int> parseProtocol(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == "all" || t == "-1" || t == "*")
        return -1;
    if (t == "tcp")
        return 6;
    if (t == "udp")
        return 17;
    if (t == "icmp")
        return 1;
    bool ok = false;
    const int n = t.toInt(&ok);
    if (ok && n >= 0 && n <= 255)
        return n;
    return std::nullopt;
}

QString jsonText(const Json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_null())
        return {};
    return QString::fromStdString(value.dump());
}

bool isAcl(RuleTableEditor::Preset p)
{
    return p == RuleTableEditor::Preset::AclInbound || p == RuleTableEditor::Preset::AclOutbound;
}

} // namespace

RuleTableEditor::RuleTableEditor(Design &design, QUndoStack *undoStack, std::string resourceId,
                                 Preset preset, QWidget *parent)
    : QWidget(parent)
    , m_design(design)
    , m_undoStack(undoStack)
    , m_id(std::move(resourceId))
    , m_preset(preset)
{
    switch (preset) {
    case Preset::Routes:
        m_arrayKey = "routes";
        m_columns = {{tr("Destination"), Column::RouteDestination, "destination"},
                     {tr("Target"), Column::RouteTarget, "targetId"}};
        break;
    case Preset::SgIngress:
    case Preset::SgEgress:
        m_arrayKey = preset == Preset::SgIngress ? "ingress" : "egress";
        m_columns = {{tr("Protocol"), Column::Protocol, "protocol"},
                     {tr("Ports"), Column::Ports, "ports"},
                     {preset == Preset::SgIngress ? tr("Source") : tr("Destination"), Column::Peer, "cidr"},
                     {tr("Description"), Column::Text, "description"}};
        break;
    case Preset::AclInbound:
    case Preset::AclOutbound:
        m_arrayKey = "entries";
        m_columns = {{tr("Rule #"), Column::RuleNumber, "ruleNumber"},
                     {tr("Protocol"), Column::Protocol, "protocol"},
                     {tr("Ports"), Column::Ports, "ports"},
                     {preset == Preset::AclInbound ? tr("Source") : tr("Destination"), Column::Cidr, "cidr"},
                     {tr("Action"), Column::Action, "allow"}};
        break;
    case Preset::FirewallRules:
        m_arrayKey = "rules";
        m_columns = {{tr("Source"), Column::Cidr, "source"},
                     {tr("Destination"), Column::Cidr, "destination"},
                     {tr("Ports"), Column::Ports, "ports"},
                     {tr("Action"), Column::Action, "allow"},
                     {tr("Description"), Column::Text, "description"}};
        break;
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QStringList headers;
    for (const auto &c : m_columns)
        headers << c.header;
    m_table = makeEditorTable(headers, this);
    auto *delegate = new RuleDelegate(m_table);
    for (int c = 0; c < int(m_columns.size()); ++c) {
        if (m_columns[size_t(c)].kind == Column::Protocol)
            delegate->setChoices(c, {"tcp", "udp", "icmp", "all"});
        if (m_columns[size_t(c)].kind == Column::Action)
            delegate->setChoices(c, {"allow", "deny"});
    }
    m_table->setItemDelegate(delegate);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    addToolButton(this, buttons, tr("Add"), tr("Add a rule"), [this] { addRule(); });
    addPresetButton(buttons);
    addToolButton(this, buttons, tr("Remove"), tr("Remove the selected rule"),
                  [this] { removeRule(); });
    addToolButton(this, buttons, tr("Up"), tr("Move the selected rule up (ACLs: swap rule numbers)"),
                  [this] { moveRule(-1); });
    addToolButton(this, buttons, tr("Down"), tr("Move the selected rule down"),
                  [this] { moveRule(1); });
    buttons->addStretch();
    layout->addLayout(buttons);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    connect(m_table, &QTableWidget::cellChanged, this, &RuleTableEditor::cellEdited);
    refresh();
}

QString RuleTableEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::vector<size_t> RuleTableEditor::rowIndices(const Json &resource) const
{
    std::vector<size_t> rows;
    if (!resource.contains(m_arrayKey))
        return rows;
    const auto &array = resource.at(m_arrayKey);
    for (size_t i = 0; i < array.size(); ++i) {
        if (isAcl(m_preset) && array[i].value("egress", false) != (m_preset == Preset::AclOutbound))
            continue;
        rows.push_back(i);
    }
    if (isAcl(m_preset))
        std::stable_sort(rows.begin(), rows.end(), [&](size_t a, size_t b) {
            return array[a].value("ruleNumber", 0) < array[b].value("ruleNumber", 0);
        });
    return rows;
}

QString RuleTableEditor::cellText(const Json &rule, const ColumnSpec &column) const
{
    switch (column.kind) {
    case Column::RuleNumber: return QString::number(rule.value("ruleNumber", 0));
    case Column::Protocol: return protocolText(rule.value("protocol", -1));
    case Column::Ports:
        if (rule.value("protocol", 0) == -1 && m_preset != Preset::FirewallRules)
            return QStringLiteral("all");
        return jsonText(rule.value(column.key, Json()));
    case Column::Peer:
        for (const char *key : {"groupId", "prefixListId"})
            if (!rule.value(key, std::string()).empty())
                return jsonText(rule.at(key));
        return jsonText(rule.value("cidr", Json()));
    case Column::Action:
        return rule.value(column.key, true) ? QStringLiteral("allow") : QStringLiteral("deny");
    case Column::RouteDestination:
        if (!rule.value("destinationPrefixListId", std::string()).empty())
            return jsonText(rule.at("destinationPrefixListId"));
        return jsonText(rule.value("destination", Json()));
    case Column::RouteTarget: {
        QString text = jsonText(rule.value("targetId", Json()));
        if (rule.value("blackhole", false))
            text += tr(" (blackhole)");
        return text;
    }
    case Column::Cidr:
    case Column::Text: return jsonText(rule.value(column.key, Json()));
    }
    return {};
}

void RuleTableEditor::refresh()
{
    const QSignalBlocker blocker(m_table);
    const Json resource = m_design.resourceJson(m_id);
    const auto rows = rowIndices(resource);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const Json &rule = resource.at(m_arrayKey)[rows[size_t(r)]];
        for (int c = 0; c < int(m_columns.size()); ++c) {
            auto *item = new QTableWidgetItem(cellText(rule, m_columns[size_t(c)]));
            if (m_preset == Preset::Routes && rule.value("target", std::string()) == "local")
                item->setFlags(item->flags() & ~Qt::ItemIsEditable); // the local route is fixed
            m_table->setItem(r, c, item);
        }
    }
    fitColumns(m_table);
    m_error->hide();
}

std::optional<Json> RuleTableEditor::editedJson(int row, int column, const QString &input,
                                               QString *error) const
{
    Json resource = m_design.resourceJson(m_id);
    const auto rows = rowIndices(resource);
    if (row < 0 || row >= int(rows.size()) || column < 0 || column >= int(m_columns.size())) {
        *error = tr("No such rule.");
        return std::nullopt;
    }
    Json &rule = resource[m_arrayKey][rows[size_t(row)]];
    const ColumnSpec &spec = m_columns[size_t(column)];
    const QString text = input.trimmed();
    const std::string s = text.toStdString();
    switch (spec.kind) {
    case Column::RuleNumber: {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok || n < 1 || n > 32766) {
            *error = tr("A rule number is a whole number from 1 to 32766.");
            return std::nullopt;
        }
        for (size_t other : rows)
            if (other != rows[size_t(row)] && resource[m_arrayKey][other].value("ruleNumber", 0) == n) {
                *error = tr("Rule number %1 is already used in this direction.").arg(n);
                return std::nullopt;
            }
        rule["ruleNumber"] = n;
        break;
    }
    case Column::Protocol: {
        const auto p = parseProtocol(text);
        if (!p) {
            *error = tr("Protocol: tcp, udp, icmp, all, or a number from 0 to 255.");
            return std::nullopt;
        }
        rule["protocol"] = *p;
        break;
    }
    case Column::Ports: {
        const auto range = PortRange::parse(s);
        if (!range || range->lo > range->hi) {
            *error = tr("Ports: a port (587), a range (1024-65535) or all; ports go up to 65535.");
            return std::nullopt;
        }
        rule[spec.key] = Json(*range);
        break;
    }
    case Column::Cidr: {
        const auto cidr = Cidr::parse(s);
        if (!cidr || !text.contains('/')) {
            *error = tr("\"%1\" is not an IPv4 CIDR such as 10.0.0.0/16.").arg(text);
            return std::nullopt;
        }
        rule[spec.key] = cidr->toString();
        break;
    }
    case Column::Peer: {
        rule["cidr"] = nullptr;
        rule["groupId"] = "";
        rule["prefixListId"] = "";
        if (text.startsWith("sg-")) {
            rule["groupId"] = s;
        } else if (text.startsWith("pl-")) {
            rule["prefixListId"] = s;
        } else if (const auto cidr = Cidr::parse(s); cidr && text.contains('/')) {
            rule["cidr"] = cidr->toString();
        } else {
            *error = tr("\"%1\" is neither a CIDR, a security group (sg-…) nor a prefix list (pl-…).")
                         .arg(text);
            return std::nullopt;
        }
        break;
    }
    case Column::Action: {
        if (text.compare("allow", Qt::CaseInsensitive) && text.compare("deny", Qt::CaseInsensitive)) {
            *error = tr("Action: allow or deny.");
            return std::nullopt;
        }
        rule[spec.key] = text.compare("allow", Qt::CaseInsensitive) == 0;
        break;
    }
    case Column::RouteDestination: {
        if (text.startsWith("pl-")) {
            rule["destination"] = nullptr;
            rule["destinationPrefixListId"] = s;
        } else if (const auto cidr = Cidr::parse(s); cidr && text.contains('/')) {
            rule["destination"] = cidr->toString();
            rule["destinationPrefixListId"] = "";
        } else {
            *error = tr("Destination: a CIDR such as 0.0.0.0/0, or a prefix list id.");
            return std::nullopt;
        }
        break;
    }
    case Column::RouteTarget: {
        const auto target = AddRouteCommand::routeTargetOf(m_design, s);
        if (!target) {
            *error = tr("\"%1\" is not a gateway, NAT gateway, transit gateway, peering, VPN "
                        "gateway or network interface of this design.").arg(text);
            return std::nullopt;
        }
        rule["target"] = Json(*target);
        rule["targetId"] = s;
        rule["blackhole"] = false;
        break;
    }
    case Column::Text: rule[spec.key] = s; break;
    }
    try {
        Design scratch;
        scratch.putResourceJson(*m_design.kindOf(m_id), resource);
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
    return resource;
}

void RuleTableEditor::push(const Json &after, const QString &text)
{
    m_undoStack->push(new EditRulesCommand(m_design, m_id, after, text));
}

void RuleTableEditor::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void RuleTableEditor::cellEdited(int row, int column)
{
    auto *item = m_table->item(row, column);
    if (!item)
        return;
    QString error;
    const auto after = editedJson(row, column, item->text(), &error);
    if (!after) {
        markInvalid(item, error);
        showError(error);
        return; // the model keeps its value; the cell keeps the text to fix
    }
    showError({});
    push(*after, tr("Edit rule of %1").arg(QString::fromStdString(m_design.displayName(m_id))));
}

Json RuleTableEditor::withNewRule() const
{
    Json resource = m_design.resourceJson(m_id);
    Json rule;
    switch (m_preset) {
    case Preset::Routes: {
        rule = Json{{"destination", "0.0.0.0/0"}, {"target", "other"}, {"targetId", ""},
                    {"blackhole", true}};
        break;
    }
    case Preset::SgIngress:
    case Preset::SgEgress:
        rule = Json{{"protocol", 6}, {"ports", "587"}, {"cidr", "0.0.0.0/0"}};
        break;
    case Preset::AclInbound:
    case Preset::AclOutbound: {
        int highest = 0;
        for (size_t i : rowIndices(resource))
            highest = std::max(highest, resource[m_arrayKey][i].value("ruleNumber", 0));
        // The usual missing rule: the ephemeral port range of replies.
        rule = Json{{"ruleNumber", std::min(32766, highest + 10)},
                    {"egress", m_preset == Preset::AclOutbound},
                    {"protocol", 6},
                    {"ports", "1024-65535"},
                    {"cidr", "0.0.0.0/0"},
                    {"allow", true}};
        break;
    }
    case Preset::FirewallRules:
        rule = Json{{"source", "0.0.0.0/0"}, {"destination", "0.0.0.0/0"}, {"ports", "587"},
                    {"allow", true}};
        break;
    }
    resource[m_arrayKey].push_back(rule);
    return resource;
}

void RuleTableEditor::addPresetButton(QHBoxLayout *buttons)
{
    if (m_preset != Preset::SgIngress && m_preset != Preset::SgEgress && !isAcl(m_preset))
        return;
    auto *button = new QToolButton(this);
    button->setObjectName("presetButton");
    button->setText(tr("Preset"));
    button->setToolTip(tr("Add an allow rule for a well-known mail port or port range"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    const auto &presets = rulePresets();
    for (int i = 0; i < int(presets.size()); ++i)
        menu->addAction(presets[size_t(i)].label, this, [this, i] { addPreset(i); });
    button->setMenu(menu);
    buttons->addWidget(button);
}

Json RuleTableEditor::withPresetRules(const std::vector<QString> &ports) const
{
    Json resource = m_design.resourceJson(m_id);
    int highest = 0;
    for (size_t i : rowIndices(resource))
        highest = std::max(highest, resource[m_arrayKey][i].value("ruleNumber", 0));
    for (const auto &range : ports) {
        const bool all = range == "all";
        Json rule{{"protocol", all ? -1 : 6}, {"ports", range.toStdString()},
                  {"cidr", "0.0.0.0/0"}};
        if (isAcl(m_preset)) {
            highest = std::min(32766, highest + 10);
            rule["ruleNumber"] = highest;
            rule["egress"] = m_preset == Preset::AclOutbound;
            rule["allow"] = true;
        }
        resource[m_arrayKey].push_back(rule);
    }
    return resource;
}

void RuleTableEditor::addPreset(int preset)
{
    const auto &presets = rulePresets();
    if (preset < 0 || preset >= int(presets.size()))
        return;
    push(withPresetRules(presets[size_t(preset)].ports),
         tr("Add %1 to %2").arg(presets[size_t(preset)].label,
                                QString::fromStdString(m_design.displayName(m_id))));
}

void RuleTableEditor::addRule()
{
    push(withNewRule(), tr("Add rule to %1").arg(QString::fromStdString(m_design.displayName(m_id))));
}

void RuleTableEditor::removeRule()
{
    const int row = m_table->currentRow();
    Json resource = m_design.resourceJson(m_id);
    const auto rows = rowIndices(resource);
    if (row < 0 || row >= int(rows.size()))
        return;
    resource[m_arrayKey].erase(rows[size_t(row)]);
    push(resource, tr("Remove rule from %1").arg(QString::fromStdString(m_design.displayName(m_id))));
}

void RuleTableEditor::moveRule(int delta)
{
    const int row = m_table->currentRow();
    Json resource = m_design.resourceJson(m_id);
    const auto rows = rowIndices(resource);
    const int other = row + delta;
    if (row < 0 || other < 0 || other >= int(rows.size()) || row >= int(rows.size()))
        return;
    auto &array = resource[m_arrayKey];
    const size_t a = rows[size_t(row)], b = rows[size_t(other)];
    if (isAcl(m_preset)) // ACL order is the rule number: swap the numbers
        std::swap(array[a]["ruleNumber"], array[b]["ruleNumber"]);
    else
        std::swap(array[a], array[b]);
    push(resource, tr("Reorder rules of %1").arg(QString::fromStdString(m_design.displayName(m_id))));
    m_table->setCurrentCell(other, 0);
}

} // namespace mailpath::app
