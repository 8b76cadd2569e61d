#pragma once

#include "core/model/design.h"

#include <QObject>
#include <QPointF>

#include <QString>

#include <functional>
#include <map>
#include <optional>

namespace mailpath::app {

class DesignDocument;
class DiagramScene;

/**
 * Turns the canvas's gestures (drops, drags, arrows, deletes, nudges) into undo commands
 * on the document. Keeps the scene free of business rules and the main window thin.
 */
class DesignController : public QObject
{
    Q_OBJECT

public:
    /** A route arrow waiting for its destination. */
    struct RouteQuestion
    {
        std::string subnetId;
        std::string targetId;
        QString text;       //!< what the dialog asks
        QString suggestion; //!< prefilled destination
        std::function<QString(const QString &)> validate; //!< "" when acceptable
    };
    /** Answers a RouteQuestion with a destination, or nullopt for Cancel. */
    using DestinationPrompt = std::function<std::optional<QString>(const RouteQuestion &)>;

    DesignController(DesignDocument *document, DiagramScene *scene, QObject *parent = nullptr);

    /** Adds a palette component as if dropped at scenePos; returns the new id or "". */
    std::string addComponent(const QString &entry, const std::string &containerKey,
                             QPointF scenePos);
    void moveNodes(const std::map<std::string, core::NodeLayout> &layouts, bool mergeable);
    void reparent(const std::string &key, const std::string &subnetId,
                  const core::NodeLayout &layout);
    /** The arrow from a subnet to a drawn key: asks for the destination, then adds the route. */
    bool addRoute(const std::string &subnetId, const std::string &targetKey);
    /** Replaces the destination dialog (tests answer without a modal dialog). */
    void setDestinationPrompt(DestinationPrompt prompt) { m_prompt = std::move(prompt); }
    /** Resizes a container; calls with the same gesture number are one undo step. */
    void resize(const std::string &key, const core::NodeLayout &layout, int gesture);
    /** Collapses or expands VPCs as one undo step; an empty list means every VPC. */
    void setCollapsed(std::vector<std::string> vpcIds, bool collapsed);
    void toggleCollapsed(const std::string &vpcId);
    void deleteKeys(const std::vector<std::string> &keys);
    void deleteSelection();
    void nudgeSelection(double dx, double dy);

signals:
    void message(const QString &text);

private:
    QString checkDestination(const std::string &subnetId, const QString &text) const;

    DesignDocument *m_document;
    DestinationPrompt m_prompt;
    DiagramScene *m_scene;
};

} // namespace mailpath::app
