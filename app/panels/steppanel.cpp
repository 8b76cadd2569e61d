#include "steppanel.h"

#include "app/base/reasontext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QHeaderView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailpath::app {

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

/** "ip:port" with the parts that changed from `before` in bold orange. */
QString headerText(const core::Header &h)
{
    return qs(h.srcText()) + QStringLiteral(" → ") + qs(h.dstText());
}

QString endpointHtml(const core::Ipv4 &ip, const core::PortRange &ports, const core::Ipv4 &oldIp,
                     const core::PortRange &oldPorts)
{
    auto mark = [](const QString &text, bool changed) {
        return changed ? QStringLiteral("<b style='color:#c75300;background:#fff1e0'>%1</b>").arg(text)
                       : text;
    };
    return mark(qs(ip.to_string()), ip != oldIp) + QLatin1Char(':')
           + mark(qs(ports.toString()), ports != oldPorts);
}

} // namespace

StepPanel::StepPanel(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    auto button = [&](QStyle::StandardPixmap icon, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    button(QStyle::SP_MediaSkipBackward, tr("First hop"), [this] { setStep(0); });
    button(QStyle::SP_MediaSeekBackward, tr("Previous hop"), [this] { setStep(m_step - 1); });
    m_play = button(QStyle::SP_MediaPlay, tr("Play"), [this] {
        if (m_timer->isActive()) {
            m_timer->stop();
        } else {
            if (m_step >= int(m_hops.size()) - 1)
                setStep(0);
            m_timer->start(700);
        }
        m_play->setIcon(style()->standardIcon(m_timer->isActive() ? QStyle::SP_MediaPause
                                                                  : QStyle::SP_MediaPlay));
    });
    button(QStyle::SP_MediaSeekForward, tr("Next hop"), [this] { setStep(m_step + 1); });
    button(QStyle::SP_MediaSkipForward, tr("Last hop"), [this] { setStep(int(m_hops.size()) - 1); });
    m_slider = new QSlider(Qt::Horizontal, this);
    bar->addWidget(m_slider, 1);
    layout->addLayout(bar);
    m_title = new QLabel(this);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_header);
    m_events = new QTreeWidget(this);
    m_events->setObjectName(QStringLiteral("hopEvents"));
    m_events->setHeaderLabels({tr("#"), tr("Component"), tr("Action"), tr("Header in"),
                               tr("Header out")});
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->header()->setStretchLastSection(true);
    layout->addWidget(m_events, 1);
    connect(m_events, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).isValid())
            setStep(item->data(0, Qt::UserRole).toInt());
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) { setStep(v); });
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_step >= int(m_hops.size()) - 1) {
            m_timer->stop();
            m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
            return;
        }
        setStep(m_step + 1);
    });
    updateView();
}

void StepPanel::setHops(std::vector<MappedHop> hops, const std::vector<QString> &names)
{
    m_hops.clear();
    for (const auto &h : hops)
        m_hops.push_back({*h.hop, h.reply, h.failed});
    m_names = names;
    fillEvents();
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, std::max(0, int(m_hops.size()) - 1));
    m_step = m_hops.empty() ? -1 : std::clamp(m_step, 0, int(m_hops.size()) - 1);
    m_slider->setValue(std::max(0, m_step));
    updateView();
    emit stepChanged(m_step);
}

void StepPanel::setTrace(const core::Design &design, const core::Trace *trace)
{
    if (!trace) {
        setHops({}, {});
        return;
    }
    // The same walk order and failed hop as the canvas's mapping; anchors are not needed here.
    auto hops = mapTrace(design, *trace, [](const std::string &) { return false; });
    std::vector<QString> names;
    for (const auto &h : hops) {
        QString name = QString::fromStdString(design.displayName(h.hop->resource));
        const auto kind = h.hop->kind; // "default" names a group, an ACL and a table alike
        if (kind == core::ResourceKind::SecurityGroup || kind == core::ResourceKind::NetworkAcl
            || kind == core::ResourceKind::RouteTable)
            name += QStringLiteral(" · ") + QString::fromUtf8(core::kindName(kind).data());
        names.push_back(name);
    }
    setHops(std::move(hops), names);
}

void StepPanel::setStep(int step)
{
    if (m_hops.empty())
        return;
    step = std::clamp(step, 0, int(m_hops.size()) - 1);
    if (step == m_step)
        return;
    m_step = step;
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(step);
    updateView();
    emit stepChanged(step);
}

void StepPanel::fillEvents()
{
    const QSignalBlocker blocker(m_events);
    m_events->clear();
    m_eventItems.clear();
    QTreeWidgetItem *group = nullptr;
    for (size_t i = 0; i < m_hops.size(); ++i) {
        const auto &h = m_hops[i];
        if (i == 0 || h.reply != m_hops[i - 1].reply) {
            group = new QTreeWidgetItem(m_events, {h.reply ? tr("Return") : tr("Forward")});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
        }
        const QString name = i < m_names.size() ? m_names[i] : qs(h.hop.resource);
        auto *item = new QTreeWidgetItem(m_events, {QString::number(i + 1), name,
                                                    qs(std::string(core::actionText(h.hop.action))),
                                                    headerText(h.hop.in),
                                                    headerText(h.hop.out)});
        item->setData(0, Qt::UserRole, int(i));
        item->setToolTip(1, qs(h.hop.resource) + QStringLiteral(" · ")
                                + qs(std::string(core::kindName(h.hop.kind))));
        if (h.failed)
            for (int c = 0; c < item->columnCount(); ++c)
                item->setForeground(c, QColor(0xd1, 0x1f, 0x2f));
        m_eventItems.push_back(item);
    }
    for (int c = 0; c < 4; ++c)
        m_events->resizeColumnToContents(c);
}

QString StepPanel::headerHtml() const
{
    if (m_step < 0 || m_step >= int(m_hops.size()))
        return {};
    const core::Hop &hop = m_hops[size_t(m_step)].hop;
    const auto &in = hop.in;
    const auto &out = hop.out;
    QString html = QStringLiteral("<table cellspacing='4'>"
                                  "<tr><td><b>in</b></td><td>%1</td><td>→</td><td>%2</td></tr>")
                       .arg(endpointHtml(in.src, in.srcPorts, in.src, in.srcPorts),
                            endpointHtml(in.dst, in.dstPorts, in.dst, in.dstPorts));
    html += QStringLiteral("<tr><td><b>out</b></td><td>%1</td><td>→</td><td>%2</td></tr></table>")
                .arg(endpointHtml(out.src, out.srcPorts, in.src, in.srcPorts),
                     endpointHtml(out.dst, out.dstPorts, in.dst, in.dstPorts));
    if (!hop.rule.empty())
        html += QStringLiteral("<div>rule: %1</div>").arg(qs(hop.rule).toHtmlEscaped());
    if (!hop.note.empty())
        html += QStringLiteral("<div><i>%1</i></div>").arg(noteText(hop).toHtmlEscaped());
    return html;
}

void StepPanel::updateView()
{
    if (m_step < 0 || m_step >= int(m_hops.size())) {
        m_title->setText(tr("Select a flow to step through its hops."));
        m_header->clear();
        return;
    }
    const auto &mapped = m_hops[size_t(m_step)];
    const core::Hop &hop = mapped.hop;
    const QString name = size_t(m_step) < m_names.size() ? m_names[size_t(m_step)]
                                                         : qs(hop.resource);
    const QString colour = mapped.failed ? QStringLiteral("#d11f2f") : QStringLiteral("#1d8f3a");
    m_title->setText(QStringLiteral("<b>%1/%2</b> %3 · <b>%4</b> (%5) · "
                                    "<span style='color:%6'><b>%7</b></span>")
                         .arg(m_step + 1)
                         .arg(m_hops.size())
                         .arg(mapped.reply ? tr("return") : tr("forward"), name.toHtmlEscaped(),
                              qs(std::string(core::kindName(hop.kind))), colour,
                              qs(std::string(core::actionText(hop.action))).toHtmlEscaped()));
    m_header->setText(headerHtml());
    if (size_t(m_step) < m_eventItems.size()) {
        const QSignalBlocker blocker(m_events);
        m_events->setCurrentItem(m_eventItems[size_t(m_step)]);
    }
}

} // namespace mailpath::app
