#include "tgwlinktable.h"

#include "tablehelpers.h"

#include "app/commands/setpropertycommand.h"

#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mailpath::app {

using namespace core;

TgwLinkTable::TgwLinkTable(Design &design, QUndoStack *undoStack, std::string resourceId,
                           QWidget *parent)
    : QWidget(parent)
    , m_design(design)
    , m_undoStack(undoStack)
    , m_id(std::move(resourceId))
    , m_byRouteTable(design.kindOf(m_id) == ResourceKind::TgwRouteTable)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table = makeEditorTable({m_byRouteTable ? tr("Attachment") : tr("Route table"),
                               tr("Associated"), tr("Propagates")},
                              this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    connect(m_table, &QTableWidget::cellChanged, this, &TgwLinkTable::itemChanged);
    refresh();
}

QString TgwLinkTable::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::vector<TgwLinkTable::Link> TgwLinkTable::links() const
{
    std::vector<Link> result;
    std::string tgwId;
    if (const auto *rt = m_design.find<TgwRouteTable>(m_id))
        tgwId = rt->transitGatewayId;
    else if (const auto *att = m_design.find<TgwAttachment>(m_id))
        tgwId = att->transitGatewayId;
    if (m_byRouteTable) {
        for (const auto &[id, att] : m_design.all<TgwAttachment>())
            if (att.transitGatewayId == tgwId)
                result.push_back({id, m_id});
    } else {
        for (const auto &[id, rt] : m_design.all<TgwRouteTable>())
            if (rt.transitGatewayId == tgwId)
                result.push_back({m_id, id});
    }
    return result;
}

std::vector<std::string> TgwLinkTable::watchedIds() const
{
    std::vector<std::string> ids;
    for (const auto &link : links())
        ids.push_back(m_byRouteTable ? link.attachmentId : link.routeTableId);
    return ids;
}

bool TgwLinkTable::associated(const Link &link) const
{
    const auto *att = m_design.find<TgwAttachment>(link.attachmentId);
    if (!att)
        return false;
    if (!att->associationRouteTableId.empty())
        return att->associationRouteTableId == link.routeTableId;
    const auto *tgw = m_design.find<TransitGateway>(att->transitGatewayId);
    return tgw && tgw->defaultAssociationRouteTableId == link.routeTableId;
}

bool TgwLinkTable::propagates(const Link &link) const
{
    const auto *rt = m_design.find<TgwRouteTable>(link.routeTableId);
    return rt
           && std::find(rt->propagationAttachmentIds.begin(), rt->propagationAttachmentIds.end(),
                        link.attachmentId)
                  != rt->propagationAttachmentIds.end();
}

void TgwLinkTable::refresh()
{
    const QSignalBlocker blocker(m_table);
    const auto rows = links();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const std::string &other = m_byRouteTable ? rows[size_t(r)].attachmentId
                                                  : rows[size_t(r)].routeTableId;
        auto *name = new QTableWidgetItem(QString::fromStdString(m_design.displayName(other)));
        name->setToolTip(QString::fromStdString(other));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(r, NameColumn, name);
        const bool state[] = {associated(rows[size_t(r)]), propagates(rows[size_t(r)])};
        for (int c : {int(AssociatedColumn), int(PropagatesColumn)}) {
            auto *box = new QTableWidgetItem;
            box->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            box->setCheckState(state[c - 1] ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(r, c, box);
        }
    }
    fitColumns(m_table);
    m_error->hide();
}

QString TgwLinkTable::setLink(int row, Column column, bool on)
{
    const auto rows = links();
    if (row < 0 || row >= int(rows.size()) || column == NameColumn)
        return tr("No such link.");
    const Link &link = rows[size_t(row)];
    std::string id, pointer;
    nlohmann::json value;
    if (column == AssociatedColumn) {
        if (associated(link) == on)
            return {};
        const auto *att = m_design.find<TgwAttachment>(link.attachmentId);
        const auto *tgw = m_design.find<TransitGateway>(att->transitGatewayId);
        if (!on && tgw && tgw->defaultAssociationRouteTableId == link.routeTableId)
            return tr("%1 is the transit gateway's default association route table; associate "
                      "the attachment with another route table instead.")
                .arg(QString::fromStdString(m_design.displayName(link.routeTableId)));
        id = link.attachmentId;
        pointer = "/associationRouteTableId";
        value = on ? link.routeTableId : std::string();
    } else {
        if (propagates(link) == on)
            return {};
        auto list = m_design.find<TgwRouteTable>(link.routeTableId)->propagationAttachmentIds;
        if (on)
            list.push_back(link.attachmentId);
        else
            list.erase(std::find(list.begin(), list.end(), link.attachmentId));
        id = link.routeTableId;
        pointer = "/propagationAttachmentIds";
        value = list;
    }
    const QString error = SetPropertyCommand::validate(m_design, id, pointer, value);
    if (error.isEmpty())
        m_undoStack->push(new SetPropertyCommand(m_design, id, pointer, value));
    return error;
}

void TgwLinkTable::itemChanged(int row, int column)
{
    auto *item = m_table->item(row, column);
    if (!item || column == NameColumn)
        return;
    const QString error = setLink(row, Column(column), item->checkState() == Qt::Checked);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty()) {
        const QSignalBlocker blocker(m_table);
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    }
}

} // namespace mailpath::app
