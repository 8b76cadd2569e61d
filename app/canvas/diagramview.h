#pragma once

#include <QGraphicsView>

namespace mailpath::app {

/** Zoom (Ctrl+wheel, actions), pan (middle button or Space+drag), rubber-band selection. */
class DiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit DiagramView(QGraphicsScene *scene, QWidget *parent = nullptr);

    void zoomIn();
    void zoomOut();
    void zoomToFit();
    double zoom() const;

signals:
    /** Arrow keys on a selection: move by one grid step (Shift: ten). */
    void nudgeRequested(double dx, double dy);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    /** Far out, box titles at a readable size (fartitles.h). */
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void scaleBy(double factor);
    /** A scene rectangle that only grows with the drawing, so the view never jumps. */
    void keepSceneRect();
    bool m_panning = false;
    bool m_sceneRectKept = false;
};

} // namespace mailpath::app
