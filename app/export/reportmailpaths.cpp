#include "reportmailpaths.h"

#include "app/canvas/readablenames.h"
#include "core/sim/blockers.h"

#include <QObject>

namespace mailpath::app {

using namespace core;

namespace {

constexpr size_t groupsShown = 10;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString named(const Design &design, const std::string &id)
{
    return esc(readableName(design, id))
           + (readableName(design, id) == QString::fromStdString(id)
                  ? QString()
                  : QStringLiteral(" <span style=\"color:#777\">(%1)</span>")
                        .arg(esc(QString::fromStdString(id))));
}

QString countsTable(const Design &design, const std::vector<SinkPortCount> &counts)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                                  "<thead><tr><th>Sink</th><th>Port</th><th>Delivered</th>"
                                  "<th>Blocked</th></tr></thead>");
    for (const auto &c : counts)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td>"
                               "<td align=\"right\">%4</td></tr>")
                    .arg(named(design, c.sink))
                    .arg(c.port)
                    .arg(c.delivered)
                    .arg(c.blocked);
    return html + QStringLiteral("</table>");
}

QString groupsTable(const Design &design, const std::vector<BlockerGroup> &groups)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "width=\"100%\"><thead><tr><th>#</th><th>Blocked at</th>"
                                  "<th>Reason</th><th>Flows</th><th>Fix</th></tr></thead>");
    for (size_t i = 0; i < std::min(groups.size(), groupsShown); ++i) {
        const auto &g = groups[i];
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><b>%3</b></td>"
                               "<td align=\"right\">%4</td><td>%5</td></tr>")
                    .arg(i + 1)
                    .arg(named(design, g.resource),
                         QString::fromUtf8(toString(g.reason).data()))
                    .arg(g.rows.size())
                    .arg(esc(withNames(design, g.fixText)));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString mailPathsHtml(const Design &design)
{
    const Simulator simulator(design);
    const auto sources = simulator.defaultSources();
    const auto sinks = simulator.defaultSinks();
    QString html = QStringLiteral("<h2 style=\"page-break-before:always\">%1</h2>")
                       .arg(QObject::tr("Mail paths"));
    if (sources.empty() || sinks.empty())
        return html + QStringLiteral("<p>%1</p>").arg(
                   QObject::tr("The design has no workload or no SMTP sink to walk between."));
    const auto rows = runMatrix(simulator, sources, sinks, core::smtpPorts(), 0);
    size_t delivered = 0;
    for (const auto &r : rows)
        delivered += r.verdict == Verdict::Delivered ? 1 : 0;
    const auto groups = groupBlockers(rows);
    html += QStringLiteral("<p>%1</p>")
                .arg(QObject::tr("Every workload × SMTP sink × port 25, 465, 587, 2465, 2587: "
                                 "%1 workloads, %2 sinks, %3 flows; %4 delivered, %5 blocked in "
                                 "%6 groups.")
                         .arg(sources.size())
                         .arg(sinks.size())
                         .arg(rows.size())
                         .arg(delivered)
                         .arg(rows.size() - delivered)
                         .arg(groups.size()));
    html += countsTable(design, summarizeMatrix(rows));
    if (groups.empty())
        return html;
    html += QStringLiteral("<h3>%1</h3>").arg(QObject::tr("Blockers, largest first"));
    return html + groupsTable(design, groups);
}

} // namespace mailpath::app
