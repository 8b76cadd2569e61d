#include "designcontroller.h"

#include "core/model/kindtraits.h"

#include "designdocument.h"
#include "app/palette/resourcefactory.h"

#include "app/canvas/diagramscene.h"
#include "app/canvas/routedestinationdialog.h"
#include "app/commands/addresourcescommand.h"
#include "app/commands/addroutecommand.h"
#include "app/commands/collapsecommand.h"
#include "app/commands/deleteresourcescommand.h"
#include "app/commands/movenodescommand.h"
#include "app/commands/reparentcommand.h"
#include "app/commands/resizenodecommand.h"
#include "core/layout/routedestination.h"

#include <QApplication>

#include <QGraphicsView>

namespace mailpath::app {

namespace {

std::optional<QString> askWithDialog(const DesignController::RouteQuestion &question)
{
    RouteDestinationDialog dialog(question.text, question.suggestion, question.validate,
                                  QApplication::activeWindow());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.destination();
}

} // namespace

DesignController::DesignController(DesignDocument *document, DiagramScene *scene, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_prompt(askWithDialog)
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
    connect(scene, &DiagramScene::nodeResized, this, &DesignController::resize);
    connect(scene, &DiagramScene::collapseToggleRequested, this,
            &DesignController::toggleCollapsed);
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
    // Pushed clear of a box it was dropped across, it may have landed out of view.
    if (auto *item = m_scene->itemFor(id))
        for (auto *view : m_scene->views())
            view->ensureVisible(item);
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
    if (core::subnetOf(design, key).empty()) { // gateways, SES...: never inside a subnet
        emit message(tr("%1 attaches to its VPC or Region, never inside a subnet; it stays "
                        "where it was.")
                         .arg(QString::fromStdString(design.displayName(key))));
        m_scene->rebuildNow();
        return;
    }
    if (!ReparentCommand::canReparent(design, key)) {
        emit message(tr("%1 cannot move to another subnet; it stays where it was.")
                         .arg(QString::fromStdString(design.displayName(key))));
        m_scene->rebuildNow(); // put the item back where the model says
        return;
    }
    m_document->undoStack()->push(new ReparentCommand(design, key, subnetId, layout));
}

QString DesignController::checkDestination(const std::string &subnetId, const QString &text) const
{
    std::string why;
    const auto cidr = core::Cidr::parse(text.trimmed().toStdString(), &why);
    if (!cidr)
        return tr("Not a CIDR block (%1): %2").arg(text, QString::fromStdString(why));
    if (const auto route = core::existingRoute(m_document->design(), subnetId, *cidr)) {
        const std::string target = route->target == core::RouteTarget::Local
                                       ? std::string("local")
                                       : m_document->design().displayName(route->targetId);
        return tr("The route table already routes %1 to %2.")
            .arg(QString::fromStdString(cidr->toString()), QString::fromStdString(target));
    }
    return {};
}

bool DesignController::addRoute(const std::string &subnetId, const std::string &targetKey)
{
    auto &design = m_document->design();
    const std::string targetId = core::routeTargetForKey(design, subnetId, targetKey);
    if (!AddRouteCommand::isRouteTarget(design, targetId)) {
        emit message(tr("A route cannot point at %1; draw the arrow to a gateway, NAT gateway, "
                        "transit gateway, peered VPC or network interface.")
                         .arg(QString::fromStdString(design.displayName(targetKey))));
        return false;
    }
    RouteQuestion question;
    question.subnetId = subnetId;
    question.targetId = targetId;
    question.text = tr("Route from %1 to %2 for which destination?")
                        .arg(QString::fromStdString(design.displayName(subnetId)),
                             QString::fromStdString(design.displayName(targetId)));
    // A destination the table already routes would only be refused: the user types one.
    const auto suggested = core::suggestedDestination(design, subnetId, targetId);
    if (!core::existingRoute(design, subnetId, suggested))
        question.suggestion = QString::fromStdString(suggested.toString());
    question.validate = [this, subnetId](const QString &text) {
        return checkDestination(subnetId, text);
    };
    const auto answer = m_prompt(question);
    if (!answer)
        return false;
    if (const QString problem = checkDestination(subnetId, *answer); !problem.isEmpty()) {
        emit message(problem);
        return false;
    }
    const auto destination = *core::Cidr::parse(answer->trimmed().toStdString());
    m_document->undoStack()->push(new AddRouteCommand(design, subnetId, targetId, destination));
    emit message(tr("Added %1 → %2 to the route table of %3.")
                     .arg(QString::fromStdString(destination.toString()),
                          QString::fromStdString(design.displayName(targetId)),
                          QString::fromStdString(design.displayName(subnetId))));
    return true;
}

void DesignController::resize(const std::string &key, const core::NodeLayout &layout,
                              int gesture)
{
    const auto *old = m_document->design().layoutOf(key);
    const core::NodeLayout from = old ? *old : core::NodeLayout{};
    if (from != layout)
        m_document->undoStack()->push(
            new ResizeNodeCommand(m_document->design(), key, from, layout, gesture));
}

void DesignController::setCollapsed(std::vector<std::string> vpcIds, bool collapsed)
{
    const auto &design = m_document->design();
    if (vpcIds.empty())
        for (const auto &[id, vpc] : design.all<core::Vpc>())
            vpcIds.push_back(id);
    std::sort(vpcIds.begin(), vpcIds.end());
    std::erase_if(vpcIds, [&](const std::string &id) {
        const auto *layout = design.layoutOf(id);
        return !design.find<core::Vpc>(id) || (layout && layout->collapsed) == collapsed;
    });
    if (!vpcIds.empty())
        m_document->undoStack()->push(
            new CollapseCommand(m_document->design(), std::move(vpcIds), collapsed));
}

void DesignController::toggleCollapsed(const std::string &vpcId)
{
    const auto *layout = m_document->design().layoutOf(vpcId);
    setCollapsed({vpcId}, !(layout && layout->collapsed));
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
