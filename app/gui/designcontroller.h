#pragma once

#include "core/model/design.h"

#include <QObject>
#include <QPointF>

#include <map>

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
    DesignController(DesignDocument *document, DiagramScene *scene, QObject *parent = nullptr);

    /** Adds a palette component as if dropped at scenePos; returns the new id or "". */
    std::string addComponent(const QString &entry, const std::string &containerKey,
                             QPointF scenePos);
    void moveNodes(const std::map<std::string, core::NodeLayout> &layouts, bool mergeable);
    void reparent(const std::string &key, const std::string &subnetId,
                  const core::NodeLayout &layout);
    bool addRoute(const std::string &subnetId, const std::string &targetId);
    void deleteKeys(const std::vector<std::string> &keys);
    void deleteSelection();
    void nudgeSelection(double dx, double dy);

signals:
    void message(const QString &text);

private:
    DesignDocument *m_document;
    DiagramScene *m_scene;
};

} // namespace mailpath::app
