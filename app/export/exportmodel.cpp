#include "exportmodel.h"

#include "app/base/reasontext.h"

#include "app/canvas/nodelook.h"
#include "exportstyle.h"

#include "core/layout/autolayout.h"
#include "core/sim/simulator.h"

#include <cmath>
#include <set>

namespace mailpath::app {

using namespace core;

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString kindTitle(ResourceKind kind)
{
    return qs(kindTraits(kind).title);
}

QString containerTitle(const Design &design, const std::string &key)
{
    if (isRegionKey(key))
        return QObject::tr("Region");
    if (isAzKey(key))
        return QObject::tr("Availability Zone");
    const auto kind = design.kindOf(key);
    if (kind == ResourceKind::Vpc)
        return QObject::tr("VPC");
    if (kind == ResourceKind::Subnet)
        return isPublicSubnet(design, key) ? QObject::tr("Public subnet")
                                           : QObject::tr("Private subnet");
    return QObject::tr("On-premises network");
}

QString edgeTitle(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Route: return QObject::tr("Route");
    case EdgeKind::TgwAttachment: return QObject::tr("TGW attachment");
    case EdgeKind::Peering: return QObject::tr("Peering");
    case EdgeKind::Vpn: return QObject::tr("VPN");
    case EdgeKind::Target: return QObject::tr("LB target");
    }
    return {};
}

} // namespace

QRectF absoluteRect(const Design &design, const std::string &key)
{
    const auto *layout = design.layoutOf(key);
    if (!layout)
        return {};
    QRectF r(layout->x, layout->y, layout->width, layout->height);
    for (auto parent = layoutParentOf(design, key); !parent.empty();
         parent = layoutParentOf(design, parent))
        if (const auto *p = design.layoutOf(parent))
            r.translate(p->x, p->y);
    return r;
}

QColor containerFill(const Design &design, const std::string &key)
{
    // As the canvas paints it: the tint over whatever the enclosing containers show.
    const auto parent = layoutParentOf(design, key);
    const QColor below = parent.empty() ? QColor(Qt::white) : containerFill(design, parent);
    const auto look = lookFor(design, key);
    if (look.dashed)
        return below;
    const double a = (look.collapsed ? 40 : 18) / 255.0;
    const auto mix = [a](int under, int over) { return int(std::lround(under * (1 - a) + over * a)); };
    return QColor(mix(below.red(), look.accent.red()), mix(below.green(), look.accent.green()),
                  mix(below.blue(), look.accent.blue()));
}

QRectF diagramBounds(const Design &design)
{
    QRectF bounds;
    for (const auto &key : diagramKeys(design))
        bounds = bounds.united(absoluteRect(design, key));
    return bounds;
}

std::vector<QPointF> toPoints(const Polyline &line)
{
    std::vector<QPointF> points;
    points.reserve(line.size());
    for (const auto &p : line)
        points.emplace_back(p.x, p.y);
    return points;
}

QRectF toRect(const GeoRect &r)
{
    return QRectF(r.x, r.y, r.width, r.height);
}

FlowPath flowPath(const Design &design, const Trace &trace)
{
    const auto geometry = computeDiagramGeometry(design, &trace);
    FlowPath path;
    if (!geometry.flow)
        return path;
    for (const auto &hop : geometry.flow->hops)
        path.segments.push_back({hop.from, hop.to, hop.reply, hop.failed, toPoints(hop.points)});
    path.failedKey = geometry.flow->failedKey;
    return path;
}

QString blockedNote(const Design &design, const Trace &trace)
{
    if (!trace.blockedAt)
        return {};
    const auto &b = *trace.blockedAt;
    const QString where = design.contains(b.resource) ? qs(design.displayName(b.resource))
                                                      : qs(b.resource);
    QString text = QObject::tr("Blocked at %1 (%2): %3")
                       .arg(where, directionText(b.direction), qs(toString(b.reason)));
    if (!b.detail.empty())
        text += QStringLiteral("\n") + detailText(b);
    if (!b.fix.empty())
        text += QStringLiteral("\n") + QObject::tr("Fix: %1").arg(fixText(b));
    return text;
}

std::vector<ExportFlow> exportFlows(const Design &design, const std::optional<Trace> &chosen)
{
    std::vector<ExportFlow> flows;
    const auto sameQuery = [](const Query &a, const Query &b) {
        return a.from == b.from && a.to == b.to && a.port == b.port;
    };
    if (chosen) {
        ExportFlow f{QObject::tr("Flow: %1").arg(qs(chosen->query.from) + QStringLiteral(" → ")
                                                   + qs(chosen->query.to)
                                                   + QStringLiteral(":%1").arg(chosen->query.port)),
                     *chosen, true, false};
        for (const auto &flow : design.flows())
            if (sameQuery(flowQuery(flow), chosen->query)) {
                f.name = QObject::tr("Flow: %1").arg(qs(flow.name.empty() ? flow.id : flow.name));
                f.expectedBlocked = flow.expect == "blocked";
            }
        flows.push_back(std::move(f));
    }
    const Simulator simulator(design);
    for (const auto &flow : design.flows()) {
        const Query query = flowQuery(flow);
        if (chosen && sameQuery(query, chosen->query))
            continue;
        flows.push_back({QObject::tr("Flow: %1").arg(qs(flow.name.empty() ? flow.id : flow.name)),
                         simulator.trace(query), false, flow.expect == "blocked"});
    }
    return flows;
}

QString provenance(const Design &design)
{
    std::set<std::string> accounts, regions;
    for (const auto &[id, vpc] : design.all<Vpc>()) {
        if (!vpc.accountId.empty())
            accounts.insert(vpc.accountId);
        if (!vpc.region.empty())
            regions.insert(vpc.region);
    }
    const auto join = [](const std::set<std::string> &set) {
        QStringList list;
        for (const auto &s : set)
            list << qs(s);
        return list.join(QStringLiteral(", "));
    };
    QStringList parts;
    if (!accounts.empty())
        parts << QObject::tr("Account %1").arg(join(accounts));
    if (!regions.empty())
        parts << QObject::tr("Region %1").arg(join(regions));
    return parts.join(QStringLiteral(" · "));
}

QColor edgeColor(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Route: return colors::route;
    case EdgeKind::TgwAttachment: return colors::attachment;
    case EdgeKind::Peering: return colors::peering;
    case EdgeKind::Target: return colors::target;
    case EdgeKind::Vpn: return colors::vpn;
    }
    return colors::ink;
}

Qt::PenStyle edgePen(EdgeKind kind)
{
    return kind == EdgeKind::Vpn || kind == EdgeKind::Peering ? Qt::DashDotLine : Qt::SolidLine;
}

std::vector<LegendItem> legendItems(const Design &design, bool withFlow)
{
    std::vector<LegendItem> items;
    std::set<ResourceKind> kinds;
    std::set<QString> boxes;
    for (const auto &key : diagramKeys(design)) {
        if (isContainerKey(design, key)) {
            const auto look = lookFor(design, key);
            const QString text = containerTitle(design, key);
            if (boxes.insert(text).second)
                items.push_back({LegendItem::Box, text, {}, look.accent,
                                 look.dashed ? QColor() : containerFill(design, key),
                                 look.dashed ? Qt::DashLine : Qt::SolidLine});
        } else if (const auto kind = design.kindOf(key); kind && kinds.insert(*kind).second) {
            items.push_back({LegendItem::Icon, kindTitle(*kind), iconFor(design, key), {}, {}});
        }
    }
    std::set<EdgeKind> edgeKinds;
    for (const auto &edge : diagramEdges(design))
        edgeKinds.insert(edge.kind);
    for (const auto kind : edgeKinds)
        items.push_back({LegendItem::Line, edgeTitle(kind), {}, edgeColor(kind), {},
                         edgePen(kind)});
    if (withFlow) {
        items.push_back({LegendItem::Line, QObject::tr("Flow, forward"), {}, colors::pass, {}});
        items.push_back({LegendItem::Line, QObject::tr("Flow, reply"), {}, colors::pass, {}, Qt::DashLine});
        items.push_back({LegendItem::Line, QObject::tr("Failing hop"), {}, colors::fail, {}});
    }
    return items;
}

} // namespace mailpath::app
