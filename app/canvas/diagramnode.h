#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QStaticText>
#include <QString>
#include <QStringList>

#include <string>

namespace mailpath::app {

/** How a drawn key looks; computed by the scene from the model, painted by the items. */
struct NodeLook
{
    QString title;
    QString subtitle;
    QString iconPath;
    QColor accent;
    bool dashed = false;
    bool collapsed = false; //!< a VPC drawn as a compact box
    QString detail;         //!< resource counts of a collapsed VPC
    QString problem;        //!< an address conflict: a red mark, the text as tooltip
};

/**
 * True when the painter draws on the screen (or a PNG) so far zoomed out that text of this
 * size could not be read: items then skip it, which keeps frames of large accounts fast.
 */
bool textUnreadable(const QPainter *painter, double pointSize);

/**
 * The diagram's font (DejaVu Sans, as core/layout/diagramgeometry measures it) at points of
 * the scene: 1 pt = 96/72 scene units on every device (screen, SVG, PDF, image).
 */
QFont diagramFont(const QPainter *painter, double points, bool bold = false);

/**
 * One line of text for an item painted in every frame: elided and laid out only when its
 * text, font or width changes. Shaping text each frame was most of a frame's time.
 */
class CachedLabel
{
public:
    /** maxWidth < 0: never elided. */
    void update(const QString &text, const QFont &font, double maxWidth = -1);
    const QStaticText &text() const { return m_text; }
    double width() const { return m_width; }   //!< of the shown (elided) text
    double height() const { return m_height; } //!< line height of the font

private:
    QString m_source;
    QFont m_font;
    double m_maxWidth = -2;
    QStaticText m_text;
    double m_width = 0;
    double m_height = 0;
};

/** Highlight of an item by the selected flow's path. */
enum class HopState { None, Passed, Failed };

/**
 * Base of the items that stand for a diagram key (containers and resource nodes): holds
 * the key, the look and the path highlight, snaps moves to the grid. No business rules.
 */
class DiagramNode : public QGraphicsItem
{
public:
    enum { Type = UserType + 10 };
    int type() const override { return Type; }

    static constexpr double gridSize = 10;

    DiagramNode(std::string key, QGraphicsItem *parent = nullptr);

    const std::string &key() const { return m_key; }
    void setLook(const NodeLook &look);
    const NodeLook &look() const { return m_look; }
    void setHopState(HopState state);
    HopState hopState() const { return m_hopState; }
    virtual void setSize(QSizeF size);
    QSizeF size() const { return m_size; }
    virtual bool isContainer() const = 0;

    QRectF boundingRect() const override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    QColor hopColor() const;

    std::string m_key;
    NodeLook m_look;
    HopState m_hopState = HopState::None;
    QSizeF m_size;
};

/** Region, VPC, AZ, subnet or on-premises network: a box with a header. */
class ContainerItem : public DiagramNode
{
public:
    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    static constexpr double headerHeight = 28;
    static constexpr double handleSize = 10;
    static constexpr QSizeF collapsedSize{260, 84};

    explicit ContainerItem(std::string key, QGraphicsItem *parent = nullptr);
    bool isContainer() const override { return true; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

    /** The box's opaque fill: its tint over the fills of the containers it sits in. */
    QColor fillColor() const;
    /** The smallest size that still holds the visible children (and the header). */
    QSizeF minimumSize() const;
    /** The edges a press at pos (item coordinates) resizes; none outside the handles. */
    Qt::Edges resizeEdgesAt(QPointF pos) const;
    /** The header's name and CIDR as the diagram geometry wrapped them (never elided). */
    void setTitleLines(QStringList lines, double points);

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void paintHeader(QPainter *painter, const QRectF &box);
    void paintBadge(QPainter *painter, const QRectF &box);

    QStringList m_titleLines;
    double m_titlePoints = 9;
    Qt::Edges m_resizing;
    QPointF m_pressPos;
    QSizeF m_pressSize;
};

/** A resource drawn as an icon with its name and address. */
class NodeItem : public DiagramNode
{
public:
    enum { Type = UserType + 2 };
    int type() const override { return Type; }

    static constexpr double naturalWidth = 96;
    static constexpr double naturalHeight = 72;

    explicit NodeItem(std::string key, QGraphicsItem *parent = nullptr);
    bool isContainer() const override { return false; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

    /** Name and address lines as the diagram geometry wrapped them (never elided). */
    void setLabelLines(QStringList lines, int titleLines, double titlePoints, double points);
    /** The box and the label lines that overhang it. */
    QRectF boundingRect() const override;

private:
    void paintLines(QPainter *painter);

    CachedLabel m_title;
    CachedLabel m_subtitle;
    QStringList m_lines;
    int m_titleLines = 0;
    double m_titlePoints = 8;
    double m_points = 7;
    QRectF m_labelBounds;
};

} // namespace mailpath::app
