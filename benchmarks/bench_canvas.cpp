// Canvas frame time with about 5,000 drawn items (DESIGN §6: <= 16 ms per pan/zoom frame):
// the DiagramScene of an imported, laid-out account in the designer's own DiagramView, shown
// on the offscreen platform at 1600x1000. Each frame is the viewport's paint event rendered
// into a QImage (QWidget::render), the path a screen update takes: only items in the exposed
// area are drawn. (QGraphicsView::render is not used: it paints every child of every item it
// finds, which a window never does.)

#include "benchcommon.h"

#include "app/canvas/diagramscene.h"
#include "app/canvas/diagramview.h"
#include "core/layout/autolayout.h"
#include "core/layout/diagramgeometry.h"
#include "core/model/kindtraits.h"
#include "core/sim/simulator.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <chrono>

using namespace mailpath;
using namespace mailpath::core;

namespace {

struct Canvas
{
    Design design;
    std::unique_ptr<app::DiagramScene> scene;
    std::unique_ptr<app::DiagramView> view;
    QImage image;

    Canvas()
    {
        bench::importAccount(bench::accountDir(4400), design);
        fillMissingLayout(design);
        scene = std::make_unique<app::DiagramScene>(design);
        scene->sync();
        view = std::make_unique<app::DiagramView>(scene.get());
        view->resize(1600, 1000);
        view->show();
        QCoreApplication::processEvents();
        image = QImage(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    }

    void frame()
    {
        view->viewport()->render(&image);
    }
};

// Built on first use, destroyed in main while the QApplication still exists.
std::unique_ptr<Canvas> g_canvas;

Canvas &canvas()
{
    if (!g_canvas)
        g_canvas = std::make_unique<Canvas>();
    return *g_canvas;
}

// Arg 0: pan at 100 % across the diagram; arg 1: zoom steps between fit-all and 100 %.
void BM_CanvasFrame(benchmark::State &state)
{
    auto &c = canvas();
    const QRectF bounds = c.scene->itemsBoundingRect();
    state.counters["items"] = double(c.scene->items().size());
    int step = 0;
    double worst = 0;
    for (auto _ : state) {
        if (state.range(0) == 0) {
            c.view->resetTransform();
            const double fx = (step % 50) / 50.0, fy = (step % 17) / 17.0;
            c.view->centerOn(bounds.left() + fx * bounds.width(), bounds.top() + fy * bounds.height());
        } else {
            const double fit = std::min(c.image.width() / bounds.width(),
                                        c.image.height() / bounds.height());
            const double t = (step % 20) / 19.0;
            const double scale = fit + t * (1.0 - fit);
            c.view->resetTransform();
            c.view->scale(scale, scale);
            c.view->centerOn(bounds.center());
        }
        ++step;
        const auto start = std::chrono::steady_clock::now();
        c.frame();
        worst = std::max(worst, std::chrono::duration<double, std::milli>(
                                    std::chrono::steady_clock::now() - start).count());
    }
    state.counters["worst_ms"] = worst; // the frame a user notices
}
BENCHMARK(BM_CanvasFrame)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

/** The 10,000-ENI account laid out, once: the live Mail Paths benchmark's account. */
Design &account10k()
{
    static Design design = [] {
        Design d;
        bench::importAccount(bench::accountDir(10000), d);
        fillMissingLayout(d);
        return d;
    }();
    return design;
}

// The whole diagram geometry of the 10,000-ENI account (boxes, 400 routed edges, labels): what
// an export computes, and the canvas after an edit that moves, renames or re-wires something.
void BM_DiagramGeometry(benchmark::State &state)
{
    const Design &design = account10k();
    size_t edges = 0;
    for (auto _ : state)
        edges = computeDiagramGeometry(design).edges.size();
    state.counters["edges"] = double(edges);
}
BENCHMARK(BM_DiagramGeometry)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// The canvas of the 10,000-ENI account brought up to date after an edit of a subnet's network
// ACL while a flow from that subnet is shown: the scene's notification, then the flow traced
// again and drawn (the tracing itself, the flow runner's work, is not timed).
// Arg 0: its first rule flipped (the live Mail Paths benchmark's edit; the flow keeps its path).
// Arg 1: all its rules removed and put back (the flow turns blocked at the subnet and back).
void BM_CanvasAfterRuleEdit(benchmark::State &state)
{
    Design &design = account10k();
    std::string acl;
    for (const auto &[id, a] : design.all<NetworkAcl>())
        if (!a.isDefault && !a.subnetIds.empty() && !a.entries.empty() && (acl.empty() || id < acl))
            acl = id;
    const auto &subnets = design.find<NetworkAcl>(acl)->subnetIds;
    Query query;
    const Simulator simulator(design);
    for (const auto &source : simulator.defaultSources())
        if (std::find(subnets.begin(), subnets.end(), subnetOf(design, source)) != subnets.end()) {
            query.from = source;
            break;
        }
    query.to = simulator.defaultSinks().front();
    query.port = 587;
    app::DiagramScene scene(design);
    scene.sync();
    scene.showTrace(Simulator(design).trace(query));
    const auto rules = design.find<NetworkAcl>(acl)->entries;
    for (auto _ : state) {
        design.update<NetworkAcl>(acl, [&](NetworkAcl &a) {
            if (state.range(0) == 0)
                a.entries.front().allow ^= true;
            else
                a.entries = a.entries.empty() ? rules : std::vector<AclEntry>{};
        });
        scene.sync();
        state.PauseTiming();
        const Trace trace = Simulator(design).trace(query);
        state.ResumeTiming();
        scene.showTrace(trace);
    }
    state.counters["reused"] = double(scene.routingMemo().reused());
    state.counters["routed"] = double(scene.routingMemo().routed());
}
BENCHMARK(BM_CanvasAfterRuleEdit)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime()
    ->Iterations(20);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_canvas.reset();
    return 0;
}
