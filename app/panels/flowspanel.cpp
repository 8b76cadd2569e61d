#include "flowspanel.h"

#include "app/base/reasontext.h"

#include "endpointdelegate.h"
#include "ruledelegate.h"

#include "app/canvas/readablenames.h"
#include "app/commands/editflowscommand.h"
#include "app/flows/flowrunner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace mailpath::app {

using namespace core;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

FlowsPanel::FlowsPanel(Design &design, QUndoStack *undoStack, FlowRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_design(design)
    , m_undoStack(undoStack)
    , m_runner(runner)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Flow"), tr("From"), tr("To"), tr("Port"),
                                        tr("MAIL FROM"), tr("RCPT TO"), tr("Expect"),
                                        tr("Verdict"), tr("As expected")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *cells = new RuleDelegate(m_table); // typing replaces; Expect is a drop-down
    cells->setChoices(ExpectColumn, {QStringLiteral("delivered"), QStringLiteral("blocked")});
    m_table->setItemDelegate(cells);
    auto *endpoints = new EndpointDelegate(m_design, m_table);
    m_table->setItemDelegateForColumn(FromColumn, endpoints);
    m_table->setItemDelegateForColumn(ToColumn, endpoints);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add flow"), this);
    auto *remove = new QPushButton(tr("Remove flow"), this);
    m_status = new QLabel(this);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(m_status);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &FlowsPanel::addFlow);
    connect(remove, &QPushButton::clicked, this, &FlowsPanel::removeFlow);
    connect(m_table, &QTableWidget::cellChanged, this, &FlowsPanel::cellEdited);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int, int) {
        m_current = row;
        emit flowSelected(row);
    });
    connect(m_runner, &FlowRunner::resultsChanged, this, &FlowsPanel::refresh);
    refresh();
}

void FlowsPanel::markMissingEnd(int row, const FlowResult &result)
{
    const auto &blocked = result.trace ? result.trace->blockedAt : std::nullopt;
    if (!blocked || blocked->reason != core::ReasonCode::UnknownEndpoint)
        return;
    // The end whose resource was deleted: struck out in red, with why.
    auto *end = m_table->item(row, blocked->resource == result.flow.from ? FromColumn : ToColumn);
    QFont font = end->font();
    font.setStrikeOut(true);
    end->setFont(font);
    end->setForeground(QColor(0xd1, 0x1f, 0x2f));
    end->setToolTip(tr("%1 names nothing in the design (deleted?)").arg(end->text()));
}

void FlowsPanel::refresh()
{
    const QSignalBlocker blocker(m_table);
    const auto &results = m_runner->results();
    m_table->setRowCount(int(results.size()));
    int delivered = 0, asExpected = 0;
    for (int r = 0; r < int(results.size()); ++r) {
        const auto &result = results[size_t(r)];
        const auto &f = result.flow;
        const QStringList texts = {qs(f.name.empty() ? f.id : f.name),
                                   readableName(m_design, f.from), readableName(m_design, f.to),
                                   QString::number(f.port), qs(f.mailFrom), qs(f.rcptTo),
                                   qs(f.expect), result.verdictText(),
                                   result.matches ? tr("yes") : tr("NO")};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(texts[c]);
            if (c >= VerdictColumn)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(r, c, item);
        }
        m_table->item(r, FromColumn)->setToolTip(qs(f.from));
        m_table->item(r, ToColumn)->setToolTip(qs(f.to));
        const bool ok = result.trace && result.trace->delivered();
        delivered += ok;
        asExpected += result.matches;
        auto *verdict = m_table->item(r, VerdictColumn);
        verdict->setForeground(ok ? QColor(0x1d, 0x8f, 0x3a) : QColor(0xd1, 0x1f, 0x2f));
        verdict->setBackground(ok ? QColor(0xe6, 0xf4, 0xea) : QColor(0xfd, 0xe7, 0xe9));
        if (result.trace && result.trace->blockedAt) {
            const auto &b = *result.trace->blockedAt;
            std::string tip = detailText(b).toStdString() + "\n" + tr("Fix: ").toStdString()
                              + fixText(b).toStdString();
            for (const auto &also : result.trace->alsoBlocked) // walked on past the first
                tip += "\n" + tr("Also blocked (%1): %2 at %3. Fix: %4")
                                  .arg(directionText(also.direction),
                                       QString::fromUtf8(toString(also.reason).data()),
                                       QString::fromStdString(also.resource), fixText(also))
                                  .toStdString();
            verdict->setToolTip(withNames(m_design, tip));
        }
        if (!result.error.isEmpty())
            verdict->setToolTip(result.error);
        auto *match = m_table->item(r, MatchColumn);
        match->setForeground(result.matches ? QColor(0x1d, 0x8f, 0x3a) : QColor(0xd1, 0x1f, 0x2f));
        if (!f.note.empty())
            m_table->item(r, NameColumn)->setToolTip(qs(f.note));
        markMissingEnd(r, result);
    }
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%1 of %2 delivered, %3 as expected · simulated in %4 ms")
                          .arg(delivered)
                          .arg(results.size())
                          .arg(asExpected)
                          .arg(double(m_runner->lastRunMicros()) / 1000.0, 0, 'f', 1));
    if (m_current >= int(results.size()))
        m_current = int(results.size()) - 1;
    if (m_current < 0 && !results.empty()) // show a path right away after opening a design
        m_current = 0;
    if (m_current >= 0)
        m_table->setCurrentCell(m_current, 0);
    // No flowSelected here: whoever shows the path follows FlowRunner::resultsChanged itself.
}

void FlowsPanel::selectFlow(int index)
{
    m_table->setCurrentCell(index, 0);
    m_current = index;
    emit flowSelected(index);
}

QString FlowsPanel::currentFlowId() const
{
    const auto &flows = m_design.flows();
    if (m_current < 0 || m_current >= int(flows.size()))
        return {};
    return qs(flows[size_t(m_current)].id);
}

void FlowsPanel::cellEdited(int row, int column)
{
    auto flows = m_design.flows();
    if (row < 0 || row >= int(flows.size()))
        return;
    auto &f = flows[size_t(row)];
    const QString text = m_table->item(row, column)->text().trimmed();
    switch (column) {
    case NameColumn: f.name = text.toStdString(); break;
    case FromColumn:
    case ToColumn: {
        std::string &endpoint = column == FromColumn ? f.from : f.to;
        if (text == readableName(m_design, endpoint))
            return; // the shown name, unchanged
        if (text.isEmpty()) {
            m_status->setText(tr("<span style='color:#d11f2f'>A flow needs a %1: a name, an SES "
                                 "host or an IPv4 address.</span>")
                                  .arg(column == FromColumn ? tr("source") : tr("destination")));
            const QSignalBlocker blocker(m_table);
            m_table->item(row, column)->setBackground(QColor(0xff, 0xd6, 0xd6));
            return;
        }
        endpoint = resolveEndpoint(m_design, text);
        break;
    }
    case PortColumn: {
        bool ok = false;
        const int port = text.toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            m_status->setText(tr("<span style='color:#d11f2f'>A port is a number from 1 to 65535.</span>"));
            const QSignalBlocker blocker(m_table);
            m_table->item(row, column)->setBackground(QColor(0xff, 0xd6, 0xd6));
            return;
        }
        f.port = uint16_t(port);
        break;
    }
    case MailFromColumn:
    case RcptToColumn: // the SMTP envelope SES checks; empty: no envelope
        (column == MailFromColumn ? f.mailFrom : f.rcptTo) = text.toStdString();
        break;
    case ExpectColumn:
        if (text != "delivered" && text != "blocked") {
            m_status->setText(tr("<span style='color:#d11f2f'>Expect: delivered or blocked.</span>"));
            const QSignalBlocker blocker(m_table);
            m_table->item(row, column)->setBackground(QColor(0xff, 0xd6, 0xd6));
            return;
        }
        f.expect = text.toStdString();
        break;
    default: return;
    }
    m_undoStack->push(new EditFlowsCommand(m_design, std::move(flows), tr("Edit flow")));
}

void FlowsPanel::addFlow()
{
    addFlowBetween({}, {});
}

void FlowsPanel::addFlowBetween(const std::string &from, const std::string &to)
{
    auto flows = m_design.flows();
    ExpectedFlow flow;
    for (size_t n = flows.size() + 1; flow.id.empty(); ++n) {
        const std::string id = "flow-" + std::to_string(n);
        if (std::none_of(flows.begin(), flows.end(), [&](const auto &f) { return f.id == id; }))
            flow.id = id;
    }
    flow.name = flow.id;
    flow.from = from;
    flow.to = to;
    // A useful start: a sending workload (a task, a function, an instance serving no SMTP)
    // towards the first SMTP sink.
    std::set<std::string> servers;
    for (const auto &[id, smtp] : m_design.all<SmtpServer>())
        servers.insert(smtp.hostId);
    for (const auto &[id, eni] : m_design.all<Eni>())
        if (flow.from.empty() && eni.instanceId.empty()
            && (eni.role == EniRole::Fargate || eni.role == EniRole::Lambda) && id != flow.to)
            flow.from = id;
    for (const auto &[id, inst] : m_design.all<Instance>())
        if (flow.from.empty() && !servers.count(id) && id != flow.to)
            flow.from = id;
    for (const auto &[id, inst] : m_design.all<Instance>())
        if (flow.from.empty() && id != flow.to)
            flow.from = id;
    for (const auto &[id, ses] : m_design.all<SesEndpoint>())
        if (flow.to.empty())
            flow.to = ses.hostName();
    for (const auto &[id, smtp] : m_design.all<SmtpServer>())
        if (flow.to.empty())
            flow.to = id;
    flows.push_back(flow);
    m_undoStack->push(new EditFlowsCommand(m_design, std::move(flows), tr("Add flow")));
    selectFlow(int(m_design.flows().size()) - 1);
}

void FlowsPanel::removeFlow()
{
    auto flows = m_design.flows();
    if (m_current < 0 || m_current >= int(flows.size()))
        return;
    flows.erase(flows.begin() + m_current);
    m_undoStack->push(new EditFlowsCommand(m_design, std::move(flows), tr("Remove flow")));
}

} // namespace mailpath::app
