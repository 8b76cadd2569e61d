// The diagram geometry (core/layout/diagramgeometry.h): routing, labels and containment
// checked as data over the templates with their flows and an imported account.

#include "core/io/designfile.h"
#include "core/io/source.h"
#include "core/layout/autolayout.h"
#include "core/layout/diagramrouting.h"
#include "core/layout/geometrycheck.h"
#include "core/sim/simulator.h"

#include <QtTest>

using namespace mailpath::core;

namespace {

// Every template shipped, so a new story is checked the day it is added.
QStringList templateNames()
{
    QStringList names;
    const QDir dir(QStringLiteral(MAILPATH_SOURCE_DIR "/resources/templates"));
    for (const QString &file : dir.entryList({QStringLiteral("*.mailpath.json")}, QDir::Files))
        names << file.chopped(int(sizeof(".mailpath.json")) - 1);
    return names;
}

const char *const hybridCloud = MAILPATH_SHARED_DIR "/aws-samples/batfish/hybrid-cloud-aws";

Design loadTemplate(const QString &name)
{
    Design design;
    InputError error;
    const QString path =
        QStringLiteral(MAILPATH_SOURCE_DIR "/resources/templates/%1.mailpath.json").arg(name);
    if (!readDesignFile(path.toStdString(), design, error))
        qFatal("cannot load %s: %s", qPrintable(name), error.toString().c_str());
    fillMissingLayout(design);
    return design;
}

Design loadHybridCloud()
{
    Design design;
    Diagnostics diagnostics;
    InputError error;
    if (!loadSource(hybridCloud, design, diagnostics, error))
        qFatal("cannot load hybrid-cloud: %s", error.toString().c_str());
    fillMissingLayout(design);
    return design;
}

Trace traceFlow(const Design &design, const ExpectedFlow &flow)
{
    Query q;
    q.from = flow.from;
    q.to = flow.to;
    q.port = flow.port;
    return Simulator(design).trace(q);
}

QString describe(const GeometryReport &r)
{
    QStringList lines;
    for (const auto &f : r.findings)
        lines << QString::fromStdString(f);
    return lines.mid(0, 12).join(QLatin1Char('\n'));
}

void verifyClean(const GeometryReport &r, const QString &what)
{
    const QString text = what + QStringLiteral(":\n") + describe(r);
    QVERIFY2(r.labelOverlaps == 0, qPrintable(text));
    QVERIFY2(r.labelsOnForeignIcons == 0, qPrintable(text));
    QVERIFY2(r.linesThroughNodes == 0, qPrintable(text));
    QVERIFY2(r.linesThroughTitles == 0, qPrintable(text));
    QVERIFY2(r.linesThroughLabels == 0, qPrintable(text));
    QVERIFY2(r.elidedLabels == 0, qPrintable(text));
    QVERIFY2(r.nodesOutsideParent == 0, qPrintable(text));
}

/** With MAILPATH_GEOMETRY_SVG=DIR, writes the geometry as a plain SVG for a look by eye. */
void dumpSvg(const DiagramGeometry &g, const QString &name)
{
    const QByteArray dir = qgetenv("MAILPATH_GEOMETRY_SVG");
    if (dir.isEmpty())
        return;
    QFile file(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::WriteOnly))
        return;
    QTextStream out(&file);
    const GeoRect b = g.bounds.adjusted(-20, -20, 20, 20);
    out << "<svg xmlns='http://www.w3.org/2000/svg' viewBox='" << b.x << ' ' << b.y << ' '
        << b.width << ' ' << b.height << "' width='" << b.width << "' height='" << b.height
        << "' font-family='DejaVu Sans'>\n";
    const auto rect = [&](const GeoRect &r, const char *style) {
        out << "<rect x='" << r.x << "' y='" << r.y << "' width='" << r.width << "' height='"
            << r.height << "' style='" << style << "'/>\n";
    };
    const auto text = [&](const TextBlock &t, size_t boldLines, double firstPt) {
        double y = t.rect.y;
        for (size_t i = 0; i < t.lines.size(); ++i) {
            const double pt = i < boldLines ? firstPt : t.pointSize;
            y += lineHeight(pt);
            out << "<text x='" << (t.alignLeft ? t.rect.x : t.rect.center().x) << "' y='"
                << y - lineHeight(pt) * 0.22 << "' font-size='" << pt * 96 / 72 << "px'"
                << (t.alignLeft ? "" : " text-anchor='middle'") << (t.bold ? " font-weight='bold'" : "")
                << ">" << QString::fromStdString(t.lines[i]).toHtmlEscaped() << "</text>\n";
        }
    };
    const auto line = [&](const Polyline &p, const char *style) {
        out << "<polyline fill='none' style='" << style << "' points='";
        for (const auto &pt : p)
            out << pt.x << ',' << pt.y << ' ';
        out << "'/>\n";
    };
    for (const auto &c : g.containers) {
        rect(c.box, "fill:#f4f8fb;stroke:#147eba");
        rect(c.iconRect, "fill:#147eba");
        text(c.title, c.title.lines.size(), c.title.pointSize);
    }
    for (const auto &n : g.nodes) {
        rect(n.iconRect, "fill:#ed7100");
        text(n.label, n.titleLines, n.titlePoints);
    }
    for (const auto &e : g.edges) {
        line(e.points, e.deleted ? "stroke:#999;stroke-dasharray:4 3" : "stroke:#6b3fc9");
        if (!e.label.lines.empty()) {
            rect(e.label.rect, "fill:white;opacity:0.85");
            text(e.label, 0, 0);
        }
    }
    if (g.flow)
        for (const auto &h : g.flow->hops)
            line(h.points, h.failed ? "stroke:#d11f2f;stroke-width:3"
                           : h.reply ? "stroke:#1d8f3a;stroke-width:3;stroke-dasharray:6 4"
                                     : "stroke:#1d8f3a;stroke-width:3");
    out << "</svg>\n";
}

const EdgeGeometry *edgeBetween(const DiagramGeometry &g, const std::string &from,
                                const std::string &to)
{
    for (const auto &e : g.edges)
        if (e.from == from && e.to == to)
            return &e;
    return nullptr;
}

bool crossesAny(const Polyline &p, const GeoRect &r)
{
    for (size_t k = 0; k + 1 < p.size(); ++k)
        if (segmentCrosses(p[k], p[k + 1], r))
            return true;
    return false;
}

bool orthogonal(const Polyline &p)
{
    for (size_t k = 0; k + 1 < p.size(); ++k)
        if (std::abs(p[k].x - p[k + 1].x) > 1e-6 && std::abs(p[k].y - p[k + 1].y) > 1e-6)
            return false;
    return true;
}

/** Routed results of two geometries are the same: points, routed flags, labels, flow. */
void compareRouting(const DiagramGeometry &a, const DiagramGeometry &b)
{
    QCOMPARE(a.edges.size(), b.edges.size());
    for (size_t i = 0; i < a.edges.size(); ++i) {
        QVERIFY(a.edges[i].points == b.edges[i].points);
        QCOMPARE(a.edges[i].routed, b.edges[i].routed);
        QVERIFY(a.edges[i].label.rect == b.edges[i].label.rect);
    }
    QCOMPARE(a.flow.has_value(), b.flow.has_value());
    if (a.flow) {
        QCOMPARE(a.flow->hops.size(), b.flow->hops.size());
        for (size_t i = 0; i < a.flow->hops.size(); ++i)
            QVERIFY(a.flow->hops[i].points == b.flow->hops[i].points);
        QVERIFY(a.flow->failedPoint == b.flow->failedPoint);
    }
    QVERIFY(a.bounds == b.bounds);
}

double lengthOf(const Polyline &p)
{
    double length = 0;
    for (size_t k = 0; k + 1 < p.size(); ++k)
        length += std::abs(p[k + 1].x - p[k].x) + std::abs(p[k + 1].y - p[k].y);
    return length;
}

} // namespace

class TestDiagramGeometry : public QObject
{
    Q_OBJECT

private slots:
    // --- the router on its own --------------------------------------------------------

    void routesAroundAnObstacle()
    {
        const GeoRect a{0, 0, 40, 40}, b{300, 0, 40, 40}, wall{120, -60, 60, 160};
        const std::vector<RouteObstacle> obstacles{{a, "a"}, {b, "b"}, {wall, "wall"}};
        const OrthogonalRouter::Endpoint from{a, false, {}}, to{b, false, {}};
        OrthogonalRouter router(obstacles, {from, to}, 8, 4);
        const Polyline p = router.route(from, to);
        QVERIFY(p.size() >= 4);
        QVERIFY(orthogonal(p));
        QVERIFY(!crossesAny(p, wall));
        QVERIFY(!crossesAny(p, a) && !crossesAny(p, b));
        // Ends on the boxes' borders.
        QVERIFY(std::abs(p.front().y - 0) < 1e-6 || std::abs(p.front().y - 40) < 1e-6
                || std::abs(p.front().x - 40) < 1e-6);
    }

    void straightWhenNothingIsInTheWay()
    {
        const GeoRect a{0, 0, 40, 40}, b{300, 0, 40, 40};
        const OrthogonalRouter::Endpoint from{a, false, {}}, to{b, false, {}};
        OrthogonalRouter router({{a, "a"}, {b, "b"}}, {from, to}, 8, 4);
        const Polyline p = router.route(from, to);
        QCOMPARE(p.size(), size_t(2)); // no bend
        QCOMPARE(p.front().x, 40.0);
        QCOMPARE(p.back().x, 300.0);
    }

    void noRouteThroughAClosedRing()
    {
        const GeoRect a{100, 100, 20, 20}, b{400, 100, 40, 40};
        std::vector<RouteObstacle> ring{{a, "a"}, {b, "b"}, {{60, 60, 100, 10}, "n"},
                                        {{60, 150, 100, 10}, "s"}, {{60, 60, 10, 100}, "w"},
                                        {{150, 60, 10, 100}, "e"}};
        const OrthogonalRouter::Endpoint from{a, false, {}}, to{b, false, {}};
        OrthogonalRouter router(ring, {from, to}, 4, 2);
        QVERIFY(router.route(from, to).empty());
    }

    void parallelRoutesGetLanes()
    {
        Polyline one{{0, 0}, {100, 0}, {100, 100}}, two{{0, 0}, {100, 0}, {100, 50}};
        nudgeIntoLanes({&one, &two}, 6, 5);
        QVERIFY(std::abs(one[0].y - two[0].y) >= 6 - 1e-9);
        Polyline three{{0, 0}, {100, 0}}, four{{0, 0}, {100, 0}};
        nudgeIntoLanes({&three, &four}, 20, 4); // never beyond the clearance
        QCOMPARE(std::abs(three[0].y - four[0].y), 8.0);
        QVERIFY(orthogonal(one) && orthogonal(two));
    }

    void offsetKeepsOrthogonalCorners()
    {
        const Polyline p{{0, 0}, {100, 0}, {100, 100}};
        const Polyline o = offsetPolyline(p, 5); // to the right of travel
        QCOMPARE(o[0].y, 5.0);
        QCOMPARE(o[1].x, 95.0);
        QCOMPARE(o[1].y, 5.0);
        QCOMPARE(o[2].x, 95.0);
    }

    void largeGridRoutesStayShortAndClear()
    {
        // 130 x 130 small blocks: a grid beyond 50,000 vertices, where the search is weighted.
        std::vector<RouteObstacle> obstacles;
        std::vector<GeoRect> blocks;
        for (int j = 0; j < 130; ++j)
            for (int i = 0; i < 130; ++i) {
                blocks.push_back({i * 60.0, j * 60.0, 30, 30});
                obstacles.push_back({blocks.back(), std::to_string(j * 130 + i)});
            }
        const OrthogonalRouter::Endpoint from{blocks.front(), false, {}};
        const OrthogonalRouter::Endpoint to{blocks.back(), false, {}};
        OrthogonalRouter router(obstacles, {from, to}, 8, 4);
        const Polyline p = router.route(from, to);
        QVERIFY(p.size() >= 2);
        QVERIFY(orthogonal(p));
        for (size_t k = 1; k + 1 < blocks.size(); ++k)
            QVERIFY2(!crossesAny(p, blocks[k]), qPrintable(QString::number(k)));
        // The corridors allow a monotone route: bounded by the weight over the distance.
        const double manhattan = std::abs(to.box.x - from.box.right())
                                 + std::abs(to.box.y - from.box.bottom());
        QVERIFY2(lengthOf(p) <= 1.5 * manhattan + 200, qPrintable(QString::number(lengthOf(p))));
    }

    void routingMemoReusesOnlyWhatNothingChanged()
    {
        Design design = loadTemplate(QStringLiteral("s1-ses-via-nat"));
        const Trace trace = traceFlow(design, design.flows().front());
        GeometryOptions options;
        options.memo = std::make_shared<RoutingMemo>();
        const auto first = computeDiagramGeometry(design, &trace, options);
        QCOMPARE(options.memo->routed(), size_t(1));
        compareRouting(first, computeDiagramGeometry(design, &trace));

        // A rule changes nothing drawn: the routes are taken, equal to routing again.
        const std::string acl = design.all<NetworkAcl>().begin()->first;
        design.update<NetworkAcl>(acl, [](NetworkAcl &a) { a.entries.front().allow ^= true; });
        const auto afterRule = computeDiagramGeometry(design, &trace, options);
        QCOMPARE(options.memo->reused(), size_t(1));
        QCOMPARE(options.memo->routed(), size_t(1));
        compareRouting(afterRule, computeDiagramGeometry(design, &trace));

        // Without the flow, then a node moved: routed again, as a fresh geometry.
        compareRouting(computeDiagramGeometry(design, nullptr, options),
                       computeDiagramGeometry(design));
        QCOMPARE(options.memo->routed(), size_t(2));
        const std::string moved = first.nodes.front().key;
        NodeLayout layout = *design.layoutOf(moved);
        layout.x += 37;
        design.setLayout(moved, layout);
        compareRouting(computeDiagramGeometry(design, nullptr, options),
                       computeDiagramGeometry(design));
        QCOMPARE(options.memo->routed(), size_t(3));
        QCOMPARE(options.memo->reused(), size_t(1));
    }

    void wrapsInsteadOfEliding()
    {
        const std::string host = "email-smtp.us-east-1.amazonaws.com";
        const auto lines = wrapText(host, 120, 7, false);
        QVERIFY(lines.size() >= 2);
        std::string joined;
        for (const auto &l : lines) {
            QVERIFY(estimateTextWidth(l, 7, false) <= 120);
            joined += l;
        }
        QCOMPARE(joined, host);
        QCOMPARE(wrapText("short", 120, 7, false), std::vector<std::string>{"short"});
    }

    // --- whole diagrams -------------------------------------------------------------------

    void templatesAreClean_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("flow"); // -1: no flow shown
        const QStringList names = templateNames();
        QVERIFY(names.size() >= 10);
        for (const QString &t : names) {
            const Design design = loadTemplate(t);
            QTest::addRow("%s", qPrintable(t)) << t << -1;
            for (size_t f = 0; f < design.flows().size(); ++f)
                QTest::addRow("%s flow %zu", qPrintable(t), f) << t << int(f);
        }
    }

    void templatesAreClean()
    {
        QFETCH(QString, name);
        QFETCH(int, flow);
        const Design design = loadTemplate(name);
        std::optional<Trace> trace;
        if (flow >= 0)
            trace = traceFlow(design, design.flows()[size_t(flow)]);
        const auto g = computeDiagramGeometry(design, trace ? &*trace : nullptr);
        QVERIFY(!g.nodes.empty());
        for (const auto &e : g.edges) {
            QVERIFY2(e.routed, (e.from + " -> " + e.to).c_str());
            std::string pts;
            for (const auto &pt : e.points)
                pts += " (" + std::to_string(pt.x) + "," + std::to_string(pt.y) + ")";
            QVERIFY2(orthogonal(e.points), (e.from + " -> " + e.to + pts).c_str());
        }
        dumpSvg(g, name + QStringLiteral("-%1").arg(flow));
        if (trace) // a flow blocked at its source has no hop to draw, only its culprit
            QVERIFY(g.flow && (!g.flow->hops.empty() || !g.flow->failedKey.empty()));
        verifyClean(checkGeometry(g), name);
    }

    void hybridCloudFitsA3()
    {
        const Design design = loadHybridCloud();
        const auto g = computeDiagramGeometry(design);
        dumpSvg(g, QStringLiteral("hybrid-cloud"));
        const auto report = checkGeometry(g);
        verifyClean(report, QStringLiteral("hybrid-cloud"));
        QVERIFY2(report.smallTexts == 0,
                 qPrintable(QStringLiteral("smallest %1 pt\n").arg(report.smallestPoints)
                            + describe(report)));
    }

    // --- what the issue named ----------------------------------------------------------

    void s1FlowFollowsItsHops()
    {
        const Design design = loadTemplate(QStringLiteral("s1-ses-via-nat"));
        const Trace trace = traceFlow(design, design.flows().front());
        const auto g = computeDiagramGeometry(design, &trace);
        QVERIFY(g.flow);
        std::vector<std::string> path;
        for (const auto &h : g.flow->hops)
            if (!h.reply) {
                if (path.empty())
                    path.push_back(h.from);
                path.push_back(h.to);
            }
        // web -> NAT -> IGW -> SES, each hop its own line.
        QVERIFY(path.size() >= 4);
        QCOMPARE(design.kindOf(path[1]), std::optional(ResourceKind::NatGateway));
        QCOMPARE(design.kindOf(path[2]), std::optional(ResourceKind::InternetGateway));
        QCOMPARE(design.kindOf(path.back()), std::optional(ResourceKind::SesEndpoint));
        // Forward and return lanes never lie on each other.
        for (const auto &f : g.flow->hops)
            for (const auto &r : g.flow->hops)
                if (!f.reply && r.reply && f.from == r.to && f.to == r.from)
                    for (size_t k = 0; k + 1 < f.points.size(); ++k)
                        QVERIFY(!(f.points[k] == r.points[r.points.size() - 1 - k]));
    }

    void natAndSesLabelsAreWhole()
    {
        const Design design = loadTemplate(QStringLiteral("s1-ses-via-nat"));
        const auto g = computeDiagramGeometry(design);
        bool sawNat = false, sawSes = false;
        for (const auto &n : g.nodes) {
            if (const auto *nat = design.find<NatGateway>(n.key); nat && nat->publicIp) {
                sawNat = true;
                const auto &l = n.label.lines;
                QVERIFY(std::find(l.begin(), l.end(), nat->privateIp.to_string()) != l.end());
                QVERIFY(std::find(l.begin(), l.end(), nat->publicIp->to_string()) != l.end());
            }
            if (const auto *ses = design.find<SesEndpoint>(n.key)) {
                sawSes = true;
                std::string joined;
                for (size_t i = n.titleLines; i < n.label.lines.size(); ++i)
                    joined += n.label.lines[i];
                QCOMPARE(joined, ses->hostName());
            }
        }
        QVERIFY(sawNat && sawSes);
    }

    void s5TransitGatewayInItsRegion()
    {
        const Design design = loadTemplate(QStringLiteral("s5-fargate-tgw"));
        const auto g = computeDiagramGeometry(design);
        bool found = false;
        for (const auto &n : g.nodes)
            if (design.kindOf(n.key) == ResourceKind::TransitGateway) {
                found = true;
                const auto *region = g.container(n.parent);
                QVERIFY2(region && isRegionKey(region->key), n.parent.c_str());
                QVERIFY(region->box.contains(n.box));
            }
        QVERIFY(found);
    }

    void s2LoadBalancerTargetsDrawn()
    {
        const Design design = loadTemplate(QStringLiteral("s2-saas-to-customer"));
        const auto g = computeDiagramGeometry(design);
        int targets = 0;
        for (const auto &e : g.edges)
            targets += e.kind == EdgeKind::Target ? 1 : 0;
        QVERIFY(targets > 0);
    }

    void deletingAttachmentDrawnAsDeleted()
    {
        Design design = loadTemplate(QStringLiteral("s5-fargate-tgw"));
        auto attachments = design.all<TgwAttachment>();
        QVERIFY(!attachments.empty());
        TgwAttachment att = attachments.begin()->second;
        att.state = "deleting";
        design.put(att);
        const auto g = computeDiagramGeometry(design);
        bool seen = false;
        for (const auto &e : g.edges)
            if (std::find(e.modelIds.begin(), e.modelIds.end(), att.id) != e.modelIds.end()) {
                seen = true;
                QVERIFY(e.deleted);
            }
        QVERIFY(seen);
        for (const auto &e : g.edges) // the others stay live
            if (e.kind == EdgeKind::Route)
                QVERIFY(!e.deleted);
    }
};

QTEST_GUILESS_MAIN(TestDiagramGeometry)
#include "tst_diagramgeometry.moc"
