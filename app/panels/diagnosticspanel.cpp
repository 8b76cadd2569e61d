#include "diagnosticspanel.h"

#include <QApplication>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailpath::app {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QIcon severityIcon(core::Severity severity)
{
    const auto pixmap = severity == core::Severity::Error     ? QStyle::SP_MessageBoxCritical
                        : severity == core::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                              : QStyle::SP_MessageBoxInformation;
    return QApplication::style()->standardIcon(pixmap);
}

/** file:line:column with the file's name only; the full path goes to the tooltip. */
QString fileLocation(const core::Diagnostic &d)
{
    if (d.file.empty())
        return {};
    QString text = QFileInfo(qs(d.file)).fileName();
    if (text.isEmpty())
        text = qs(d.file);
    if (d.line > 0)
        text += QStringLiteral(":%1:%2").arg(d.line).arg(d.column);
    return text;
}

} // namespace

DiagnosticsPanel::DiagnosticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_title->setWordWrap(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Severity"), tr("Message"), tr("Where")});
    m_tree->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, resourceRole).toString();
        if (!id.isEmpty())
            emit resourceActivated(id);
    });
    clear();
}

void DiagnosticsPanel::setDiagnostics(const core::Diagnostics &diagnostics, const QString &title)
{
    m_tree->clear();
    QList<QTreeWidgetItem *> items;
    int counts[3] = {0, 0, 0};
    for (const auto &d : diagnostics) {
        ++counts[int(d.severity)];
        auto *item = new QTreeWidgetItem;
        item->setIcon(SeverityColumn, severityIcon(d.severity));
        item->setText(SeverityColumn, qs(std::string(core::toString(d.severity))));
        item->setText(MessageColumn, qs(d.message));
        item->setToolTip(MessageColumn, qs(d.message));
        const QString file = fileLocation(d);
        item->setText(WhereColumn, d.resource.empty() ? file : qs(d.resource));
        item->setToolTip(WhereColumn, d.line > 0 ? QStringLiteral("%1:%2:%3")
                                                       .arg(qs(d.file))
                                                       .arg(d.line)
                                                       .arg(d.column)
                                                 : qs(d.file));
        item->setData(0, resourceRole, qs(d.resource));
        items << item;
    }
    m_tree->addTopLevelItems(items);
    m_tree->resizeColumnToContents(SeverityColumn);
    m_tree->resizeColumnToContents(WhereColumn);
    m_title->setText(
        diagnostics.empty()
            ? tr("%1: no diagnostics.").arg(title)
            : tr("%1: %2 error(s), %3 warning(s), %4 note(s). Double-click a row with a resource "
                 "id to select it.")
                  .arg(title)
                  .arg(counts[int(core::Severity::Error)])
                  .arg(counts[int(core::Severity::Warning)])
                  .arg(counts[int(core::Severity::Info)]));
}

void DiagnosticsPanel::clear()
{
    m_tree->clear();
    m_title->setText(tr("Diagnostics of the last AWS import appear here."));
}

int DiagnosticsPanel::rowCount() const
{
    return m_tree->topLevelItemCount();
}

QTreeWidgetItem *DiagnosticsPanel::row(int index) const
{
    return m_tree->topLevelItem(index);
}

QString DiagnosticsPanel::summary() const
{
    return m_title->text();
}

} // namespace mailpath::app
