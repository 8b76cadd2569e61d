// Canvas frame time with about 5,000 drawn items (DESIGN §6: <= 16 ms per pan/zoom frame):
// the DiagramScene of an imported, laid-out account, rendered offscreen by a QGraphicsView
// into a QImage while the view pans and zooms.

#include "benchcommon.h"

#include "app/canvas/diagramscene.h"
#include "core/layout/autolayout.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>

using namespace mailpath;
using namespace mailpath::core;

namespace {

struct Canvas
{
    Design design;
    std::unique_ptr<app::DiagramScene> scene;
    std::unique_ptr<QGraphicsView> view;
    QImage image{1600, 1000, QImage::Format_ARGB32_Premultiplied};

    Canvas()
    {
        bench::importAccount(bench::accountDir(4400), design);
        fillMissingLayout(design);
        scene = std::make_unique<app::DiagramScene>(design);
        scene->sync();
        view = std::make_unique<QGraphicsView>(scene.get());
        view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        view->setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
        view->resize(image.size());
    }

    void frame()
    {
        image.fill(Qt::white);
        QPainter painter(&image);
        view->render(&painter, QRectF(image.rect()), view->viewport()->rect());
    }
};

Canvas &canvas()
{
    static Canvas c;
    return c;
}

// Arg 0: pan at 100 % across the diagram; arg 1: zoom steps between fit-all and 100 %.
void BM_CanvasFrame(benchmark::State &state)
{
    auto &c = canvas();
    const QRectF bounds = c.scene->itemsBoundingRect();
    state.counters["items"] = double(c.scene->items().size());
    int step = 0;
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
        c.frame();
    }
}
BENCHMARK(BM_CanvasFrame)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
