#pragma once

#include <QGraphicsItem>
#include <QString>

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

    explicit ContainerItem(std::string key, QGraphicsItem *parent = nullptr);
    bool isContainer() const override { return true; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;
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
};

} // namespace mailpath::app
