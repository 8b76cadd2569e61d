#include "designcontroller.h"

#include "designdocument.h"
#include "resourcefactory.h"

#include "app/canvas/diagramscene.h"
#include "app/commands/addresourcescommand.h"
#include "app/commands/addroutecommand.h"
#include "app/commands/deleteresourcescommand.h"
#include "app/commands/movenodescommand.h"
#include "app/commands/reparentcommand.h"

namespace mailpath::app {

DesignController::DesignController(DesignDocument *document, DiagramScene *scene, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
{
    connect(scene, &DiagramScene::componentDropped, this,
            [this](const QString &entry, const std::string &key, QPointF pos) {
                addComponent(entry, key, pos);
            });
    connect(scene, &DiagramScene::nodesMoved, this,
            [this](const std::map<std::string, core::NodeLayout> &layouts) {
                moveNodes(layouts, false);
            });
    connect(scene, &DiagramScene::nodeReparented, this, &DesignController::reparent);
    connect(scene, &DiagramScene::routeRequested, this, &DesignController::addRoute);
}

std::string DesignController::addComponent(const QString &entry, const std::string &containerKey,
                                           QPointF scenePos)
{
    DropPoint drop;
    drop.containerKey = containerKey;
    drop.localPos = [this, scenePos](const std::string &key) {
        return m_scene->mapToKey(key, scenePos);
    };
    ResourceBundle bundle = createFromPalette(m_document->design(), entry, drop);
    if (!bundle.error.isEmpty()) {
        emit message(bundle.error);
        return {};
    }
    const std::string id = bundle.primaryId;
    m_document->undoStack()->push(new AddResourcesCommand(m_document->design(), std::move(bundle)));
    m_scene->sync();
    m_scene->selectKeys({id});
    return id;
}

void DesignController::moveNodes(const std::map<std::string, core::NodeLayout> &layouts,
                                 bool mergeable)
{
    std::map<std::string, MoveNodesCommand::Move> moves;
    for (const auto &[key, layout] : layouts) {
        const auto *old = m_document->design().layoutOf(key);
        moves[key] = {old ? *old : core::NodeLayout{}, layout};
    }
    if (!moves.empty())
        m_document->undoStack()->push(
            new MoveNodesCommand(m_document->design(), std::move(moves), mergeable));
}

void DesignController::reparent(const std::string &key, const std::string &subnetId,
                                const core::NodeLayout &layout)
{
    auto &design = m_document->design();
    if (!ReparentCommand::canReparent(design, key)) {
        emit message(tr("%1 cannot move to another subnet; it stays where it was.")
                         .arg(QString::fromStdString(design.displayName(key))));
        m_scene->rebuildNow(); // put the item back where the model says
        return;
    }
    m_document->undoStack()->push(new ReparentCommand(design, key, subnetId, layout));
}

bool DesignController::addRoute(const std::string &subnetId, const std::string &targetId)
{
    auto &design = m_document->design();
    if (!AddRouteCommand::isRouteTarget(design, targetId)) {
        emit message(tr("A route cannot point at %1; draw the arrow to a gateway, NAT gateway, "
                        "transit gateway, peering or network interface.")
                         .arg(QString::fromStdString(design.displayName(targetId))));
        return false;
    }
    m_document->undoStack()->push(
        new AddRouteCommand(design, subnetId, targetId, core::Cidr::any()));
    emit message(tr("Added 0.0.0.0/0 → %1 to the route table of %2; edit the destination in "
                    "the inspector.")
                     .arg(QString::fromStdString(design.displayName(targetId)),
                          QString::fromStdString(design.displayName(subnetId))));
    return true;
}

void DesignController::deleteKeys(const std::vector<std::string> &keys)
{
    std::vector<std::string> ids;
    for (const auto &key : keys)
        if (m_document->design().contains(key))
            ids.push_back(key);
    if (ids.empty())
        return;
    m_document->undoStack()->push(new DeleteResourcesCommand(m_document->design(), ids));
}

void DesignController::deleteSelection()
{
    deleteKeys(m_scene->selectedKeys());
}

void DesignController::nudgeSelection(double dx, double dy)
{
    std::map<std::string, core::NodeLayout> layouts;
    for (const auto &key : m_scene->selectedKeys()) {
        const auto *old = m_document->design().layoutOf(key);
        core::NodeLayout layout = old ? *old : core::NodeLayout{};
        layout.x = std::max(0.0, layout.x + dx);
        layout.y = std::max(0.0, layout.y + dy);
        layouts[key] = layout;
    }
    moveNodes(layouts, true);
}

} // namespace mailpath::app
