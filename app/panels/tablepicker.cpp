#include "tablepicker.h"

#include "core/model/kindtraits.h"
#include "tablehelpers.h"

#include "app/commands/addroutecommand.h"
#include "app/commands/associatetablecommand.h"
#include "app/commands/createtablecommand.h"
#include "app/commands/deletetablecommand.h"
#include "app/commands/setsecuritygroupscommand.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace mailpath::app {

using namespace core;

namespace {

/** The VPC's tables of kind, sorted by shown name; default ACL / main table first. */
std::vector<std::pair<std::string, QString>> tablesOf(const Design &design, ResourceKind kind,
                                                      const std::string &vpc)
{
    std::vector<std::tuple<bool, QString, std::string>> rows;
    auto add = [&](const std::string &id, bool first, const QString &suffix) {
        rows.emplace_back(!first, qs(design.displayName(id)) + suffix, id);
    };
    if (kind == ResourceKind::NetworkAcl)
        for (const auto &[id, acl] : design.all<NetworkAcl>())
            if (acl.vpcId == vpc)
                add(id, acl.isDefault, acl.isDefault ? QObject::tr(" (default)") : QString());
    if (kind == ResourceKind::RouteTable)
        for (const auto &[id, rt] : design.all<RouteTable>())
            if (rt.vpcId == vpc)
                add(id, rt.main, rt.main ? QObject::tr(" (main)") : QString());
    if (kind == ResourceKind::SecurityGroup)
        for (const auto &[id, sg] : design.all<SecurityGroup>())
            if (sg.vpcId == vpc)
                add(id, false, QString());
    std::sort(rows.begin(), rows.end());
    std::vector<std::pair<std::string, QString>> out;
    for (auto &[notFirst, label, id] : rows)
        out.emplace_back(id, label);
    return out;
}

QString kindLabel(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::NetworkAcl: return QObject::tr("network ACL");
    case ResourceKind::RouteTable: return QObject::tr("route table");
    default: return QObject::tr("security group");
    }
}

} // namespace

bool TablePicker::handles(const Design &design, const std::string &subject)
{
    return design.find<Subnet>(subject)
           || !SetSecurityGroupsCommand::holderOf(design, subject).empty();
}

TablePicker::TablePicker(Design &design, QUndoStack *undoStack, std::string subject,
                         QWidget *parent)
    : QWidget(parent)
    , m_design(design)
    , m_undoStack(undoStack)
    , m_subject(std::move(subject))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);
    if (m_design.find<Subnet>(m_subject)) {
        addTableRow(form, ResourceKind::NetworkAcl, tr("Network ACL:"));
        addTableRow(form, ResourceKind::RouteTable, tr("Route table:"));
    } else {
        addGroupList(form);
    }
    m_error = makeErrorLabel(this);
    outer->addWidget(m_error);
    refresh();
}

std::string TablePicker::vpc() const
{
    if (const auto *subnet = m_design.find<Subnet>(m_subject))
        return subnet->vpcId;
    return SetSecurityGroupsCommand::vpcOf(m_design, m_subject);
}

void TablePicker::addTableRow(QFormLayout *form, ResourceKind kind, const QString &label)
{
    Row row{kind};
    auto *line = new QHBoxLayout;
    row.combo = new QComboBox(this);
    row.combo->setObjectName(kind == ResourceKind::NetworkAcl ? "aclPicker" : "routeTablePicker");
    row.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.combo->setMinimumContentsLength(14); // a table's name, not its first letters
    line->addWidget(row.combo, 1);
    row.create = new QPushButton(tr("New…"), this);
    row.create->setAutoDefault(false);
    row.create->setToolTip(tr("Create a %1 in this VPC and associate this subnet with it")
                               .arg(kindLabel(kind)));
    line->addWidget(row.create);
    addToolButton(this, line, tr("Open"), tr("Show this %1 on its own (rename it there)")
                                              .arg(kindLabel(kind)),
                  [this, kind] { emit openRequested(currentTable(kind)); });
    addToolButton(this, line, tr("Delete"), tr("Delete this %1").arg(kindLabel(kind)),
                  [this, kind] {
                      const std::string id = currentTable(kind);
                      const QString why = DeleteTableCommand::refusal(m_design, id);
                      showErrorText(why);
                      if (why.isEmpty())
                          m_undoStack->push(new DeleteTableCommand(m_design, id));
                  });
    form->addRow(label, line);
    m_rows.push_back(row);
    connect(row.combo, &QComboBox::activated, this, [this, row](int index) { choose(row, index); });
    connect(row.create, &QPushButton::clicked, this, [this, kind] { createTable(kind); });
}

void TablePicker::addGroupList(QFormLayout *form)
{
    auto *column = new QVBoxLayout;
    m_groups = new QListWidget(this);
    m_groups->setObjectName("securityGroupPicker");
    m_groups->setMaximumHeight(96);
    column->addWidget(m_groups);
    m_newGroup = new QPushButton(tr("New…"), this);
    m_newGroup->setAutoDefault(false);
    m_newGroup->setToolTip(tr("Create a security group in this VPC and attach it here"));
    column->addWidget(m_newGroup, 0, Qt::AlignLeft);
    form->addRow(tr("Security groups:"), column);
    connect(m_groups, &QListWidget::itemChanged, this, [this] { groupToggled(); });
    connect(m_groups, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        emit openRequested(item->data(Qt::UserRole).toString().toStdString());
    });
    connect(m_newGroup, &QPushButton::clicked, this,
            [this] { createTable(ResourceKind::SecurityGroup); });
}

QComboBox *TablePicker::combo(ResourceKind kind) const
{
    for (const auto &row : m_rows)
        if (row.kind == kind)
            return row.combo;
    return nullptr;
}

QPushButton *TablePicker::newButton(ResourceKind kind) const
{
    if (kind == ResourceKind::SecurityGroup)
        return m_newGroup;
    for (const auto &row : m_rows)
        if (row.kind == kind)
            return row.create;
    return nullptr;
}

std::string TablePicker::currentTable(ResourceKind kind) const
{
    if (kind == ResourceKind::NetworkAcl)
        return core::effectiveNetworkAcl(m_design, m_subject);
    return AddRouteCommand::routeTableOf(m_design, m_subject);
}

void TablePicker::refresh()
{
    for (const auto &row : m_rows)
        fillCombo(row);
    if (m_groups)
        fillGroups();
}

void TablePicker::fillCombo(const Row &row)
{
    const QSignalBlocker blocker(row.combo);
    row.combo->clear();
    const std::string current = currentTable(row.kind);
    for (const auto &[id, label] : tablesOf(m_design, row.kind, vpc())) {
        row.combo->addItem(label, qs(id));
        row.combo->setItemData(row.combo->count() - 1, qs(id), Qt::ToolTipRole);
        if (id == current)
            row.combo->setCurrentIndex(row.combo->count() - 1);
    }
    row.combo->setToolTip(qs(current));
}

void TablePicker::fillGroups()
{
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    const auto attached = SetSecurityGroupsCommand::groupsOf(m_design, m_subject);
    for (const auto &[id, label] : tablesOf(m_design, ResourceKind::SecurityGroup, vpc())) {
        auto *item = new QListWidgetItem(label, m_groups);
        item->setData(Qt::UserRole, qs(id));
        item->setToolTip(qs(id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on = std::find(attached.begin(), attached.end(), id) != attached.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

void TablePicker::choose(const Row &row, int index)
{
    const std::string id = row.combo->itemData(index).toString().toStdString();
    if (id.empty() || id == currentTable(row.kind))
        return;
    const QString why = AssociateTableCommand::refusal(m_design, m_subject, id);
    showErrorText(why);
    if (why.isEmpty())
        m_undoStack->push(new AssociateTableCommand(m_design, m_subject, id));
}

void TablePicker::groupToggled()
{
    std::vector<std::string> groups = SetSecurityGroupsCommand::groupsOf(m_design, m_subject);
    for (int i = 0; i < m_groups->count(); ++i) {
        const auto *item = m_groups->item(i);
        const std::string id = item->data(Qt::UserRole).toString().toStdString();
        const auto it = std::find(groups.begin(), groups.end(), id);
        if (item->checkState() == Qt::Checked && it == groups.end())
            groups.push_back(id);
        else if (item->checkState() != Qt::Checked && it != groups.end())
            groups.erase(it);
    }
    if (groups != SetSecurityGroupsCommand::groupsOf(m_design, m_subject))
        m_undoStack->push(new SetSecurityGroupsCommand(m_design, m_subject, groups));
}

std::string TablePicker::createTable(ResourceKind kind)
{
    const std::string suffix = kind == ResourceKind::NetworkAcl   ? "-acl"
                               : kind == ResourceKind::RouteTable ? "-rt"
                                                                  : "-sg";
    std::string name = m_design.displayName(m_subject) + suffix;
    auto *command = new CreateTableCommand(m_design, kind, vpc(), name, m_subject);
    const std::string id = command->createdId();
    m_undoStack->push(command);
    return id;
}

void TablePicker::showErrorText(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

} // namespace mailpath::app
