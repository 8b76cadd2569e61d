#include "comparepanel.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailpath::app {

namespace {

constexpr int debounceMillis = 250;
// An edit should not wait longer than this for the comparison to follow it.
constexpr qint64 followLimitMillis = 250;

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString kindTitle(core::FlowChangeKind kind)
{
    switch (kind) {
    case core::FlowChangeKind::NewlyBlocked: return ComparePanel::tr("Newly blocked");
    case core::FlowChangeKind::Repaired: return ComparePanel::tr("Repaired");
    case core::FlowChangeKind::BlockChanged: return ComparePanel::tr("Blocked elsewhere");
    case core::FlowChangeKind::Added: return ComparePanel::tr("New flows");
    case core::FlowChangeKind::Removed: return ComparePanel::tr("Flows gone");
    }
    return {};
}

QString rowText(const core::MatrixRow &row, bool exists)
{
    if (!exists)
        return QStringLiteral("—");
    if (!row.blockedAt)
        return ComparePanel::tr("delivered");
    return ComparePanel::tr("blocked: %1 at %2 (%3)")
        .arg(qs(core::toString(row.blockedAt->reason)), qs(row.blockedAt->resource),
             qs(core::toString(row.blockedAt->direction)));
}

QColor kindColour(core::FlowChangeKind kind)
{
    switch (kind) {
    case core::FlowChangeKind::NewlyBlocked: return QColor(0xc6, 0x28, 0x28);
    case core::FlowChangeKind::Repaired: return QColor(0x2e, 0x7d, 0x32);
    default: return {};
    }
}

} // namespace

ComparePanel::ComparePanel(core::Design &design, QWidget *parent)
    : QWidget(parent)
    , m_design(design)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_header = new QLabel(this);
    m_status = new QLabel(this);
    m_refresh = new QPushButton(tr("Refresh"), this);
    bar->addWidget(m_header);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_refresh);
    layout->addLayout(bar);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("Flow"), tr("Port"), tr("Before"), tr("After")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMillis);
    connect(&m_debounce, &QTimer::timeout, this, &ComparePanel::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &ComparePanel::refresh);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ComparePanel::changeSelected);
    m_design.addObserver(this);
    setBaseline(nullptr, {});
}

ComparePanel::~ComparePanel()
{
    m_design.removeObserver(this);
}

void ComparePanel::setBaseline(BaselineSource source, const QString &label)
{
    m_source = std::move(source);
    m_baseline.reset();
    m_baselineLabel = label;
    m_follow = true;
    m_header->setText(m_source ? tr("Compared with %1.").arg(label)
                               : tr("Nothing to compare with: save or open a design first."));
    m_refresh->setEnabled(bool(m_source));
    designChanged();
}

void ComparePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ComparePanel::designChanged()
{
    m_stale = true;
    if (isVisible() && m_follow)
        m_debounce.start();
    else if (isVisible())
        m_status->setText(tr("The design changed: press Refresh to compare again."));
}

void ComparePanel::refresh()
{
    m_debounce.stop();
    m_stale = false;
    m_diff = {};
    if (!m_baseline && m_source) {
        m_baseline = m_source();
        if (!m_baseline)
            m_header->setText(tr("Nothing to compare with: save or open a design first."));
    }
    if (m_baseline) {
        QElapsedTimer clock;
        clock.start();
        m_diff = core::diffFlows(*m_baseline, m_design, {}, {}, core::smtpPorts());
        m_follow = clock.elapsed() <= followLimitMillis;
    }
    fill();
}

void ComparePanel::fill()
{
    m_tree->clear();
    std::map<core::FlowChangeKind, QTreeWidgetItem *> groups;
    for (const auto &change : m_diff.changes) {
        auto *&group = groups[change.kind];
        if (!group) {
            group = new QTreeWidgetItem(m_tree);
            group->setFirstColumnSpanned(true);
            group->setData(0, Qt::UserRole, -1);
        }
        const bool before = change.kind != core::FlowChangeKind::Added;
        const bool after = change.kind != core::FlowChangeKind::Removed;
        const auto &row = after ? change.after : change.before;
        const auto &names = after ? m_design : *m_baseline;
        auto *item = new QTreeWidgetItem(group, {qs(names.displayName(row.from))
                                                     + QStringLiteral(" → ")
                                                     + qs(names.displayName(row.to)),
                                                 QString::number(row.port),
                                                 rowText(change.before, before),
                                                 rowText(change.after, after)});
        item->setData(0, Qt::UserRole, int(&change - m_diff.changes.data()));
        for (int column : {2, 3}) {
            const auto &side = column == 2 ? change.before : change.after;
            if (side.blockedAt)
                item->setToolTip(column, qs(side.blockedAt->detail + "\n" + side.blockedAt->fix));
        }
        if (const QColor c = kindColour(change.kind); c.isValid())
            item->setForeground(3, c);
    }
    for (auto &[kind, group] : groups) {
        group->setText(0, tr("%1 (%2)").arg(kindTitle(kind)).arg(group->childCount()));
        group->setForeground(0, kindColour(kind));
        group->setExpanded(kind != core::FlowChangeKind::Added
                           && kind != core::FlowChangeKind::Removed);
    }
    if (!m_baseline)
        m_status->clear();
    else if (m_diff.changes.empty())
        m_status->setText(tr("Flows compared: %1; none changed.").arg(m_diff.flows));
    else
        m_status->setText(tr("Flows compared: %1; changed: %2%3.")
                              .arg(m_diff.flows)
                              .arg(m_diff.changes.size())
                              .arg(m_follow ? QString()
                                            : tr(" (large design: press Refresh after edits)")));
}

void ComparePanel::changeSelected()
{
    const auto *item = m_tree->currentItem();
    const int index = item ? item->data(0, Qt::UserRole).toInt() : -1;
    if (index < 0 || size_t(index) >= m_diff.changes.size()
        || m_diff.changes[size_t(index)].kind == core::FlowChangeKind::Removed) {
        emit traceRequested(std::nullopt);
        return;
    }
    const auto &row = m_diff.changes[size_t(index)].after;
    core::Query query;
    query.from = row.from;
    query.to = row.to;
    query.port = row.port;
    emit traceRequested(core::Simulator(m_design).trace(query));
}

} // namespace mailpath::app
