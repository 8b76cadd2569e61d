#include "canvasactions.h"

#include "designcontroller.h"
#include "designdocument.h"

#include "app/canvas/canvasmenu.h"
#include "app/canvas/diagramscene.h"
#include "app/commands/addresourcescommand.h"
#include "app/commands/addroutecommand.h"
#include "app/commands/deleteresourcescommand.h"
#include "app/commands/duplicateplan.h"
#include "app/commands/editflowscommand.h"
#include "app/panels/flowspanel.h"
#include "app/panels/inspectorpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QMimeData>
#include <QMessageBox>
#include <QUndoStack>

#include <algorithm>
#include <set>

namespace mailpath::app {

using namespace core;

namespace {

constexpr const char *resourcesMimeType = "application/x-mailpath-resources";

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

/** Indices of flows whose source or destination goes away with removed. */
std::vector<size_t> flowsUsing(const Design &design, const std::vector<std::string> &removed)
{
    std::set<std::string> gone(removed.begin(), removed.end());
    for (const auto &[id, server] : design.all<SmtpServer>())
        if (gone.count(server.hostId))
            gone.insert(id);
    for (const auto &[id, ses] : design.all<SesEndpoint>())
        if (gone.count(id))
            gone.insert(ses.hostName());
    std::vector<size_t> result;
    const auto &flows = design.flows();
    for (size_t i = 0; i < flows.size(); ++i)
        if (gone.count(flows[i].from) || gone.count(flows[i].to))
            result.push_back(i);
    return result;
}

} // namespace

CanvasActions::CanvasActions(DesignDocument *document, DiagramScene *scene,
                             DesignController *controller, FlowsPanel *flows,
                             InspectorPanel *inspector, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_scene(scene)
    , m_controller(controller)
    , m_flows(flows)
    , m_inspector(inspector)
    , m_window(window)
    , m_menu(new CanvasMenu(document->design(), document->undoStack(), scene, window))
{
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(m_window, tr("Delete"), question) == QMessageBox::Yes;
    };
    connect(scene, &DiagramScene::contextMenuRequested, m_menu, &CanvasMenu::exec);
    connect(m_menu, &CanvasMenu::deleteRequested, this, &CanvasActions::deleteKeys);
    connect(m_menu, &CanvasMenu::newFlowRequested, this, &CanvasActions::newFlow);
    connect(m_menu, &CanvasMenu::routeFromRequested, this, &CanvasActions::routeFrom);
    connect(m_menu, &CanvasMenu::inspectRequested, this, [this](const std::string &id) {
        m_inspector->setKey(id);
    });
}

void CanvasActions::deleteSelection()
{
    deleteKeys(m_scene->selectedKeys());
}

void CanvasActions::deleteKeys(const std::vector<std::string> &keys)
{
    auto &design = m_document->design();
    const auto removed = DeleteResourcesCommand::closure(design, keys);
    const auto users = flowsUsing(design, removed);
    if (users.empty()) {
        m_controller->deleteKeys(keys);
        return;
    }
    QStringList names;
    for (size_t i : users)
        names << qs(design.flows()[i].name.empty() ? design.flows()[i].id : design.flows()[i].name);
    const QString what = keys.size() == 1 ? qs(design.displayName(keys.front()))
                                          : tr("%n items", nullptr, int(keys.size()));
    if (!m_confirm(tr("%1 is used by the flow(s) %2. Delete it anyway? The flows stay, "
                      "marked as pointing at something deleted.")
                       .arg(what, names.join(QStringLiteral(", ")))))
        return;
    auto flows = design.flows();
    for (size_t i : users)
        flows[i].note = tr("Its %1 was deleted (%2).")
                            .arg(std::count(removed.begin(), removed.end(), flows[i].from)
                                     ? tr("source") : tr("destination"),
                                 what)
                            .toStdString();
    QUndoStack *undo = m_document->undoStack();
    undo->beginMacro(tr("Delete %1").arg(what));
    m_controller->deleteKeys(keys);
    undo->push(new EditFlowsCommand(design, std::move(flows), tr("Mark flows")));
    undo->endMacro();
}

void CanvasActions::newFlow(const std::string &from, const std::string &to)
{
    m_flows->addFlowBetween(from, to);
}

void CanvasActions::routeFrom(const std::string &subnetId)
{
    const auto &design = m_document->design();
    QStringList labels;
    std::vector<std::string> ids;
    auto offer = [&](const std::string &id) {
        if (AddRouteCommand::isRouteTarget(design, id)) {
            ids.push_back(id);
            labels << qs(design.displayName(id)) + QStringLiteral(" (") + qs(id) + QLatin1Char(')');
        }
    };
    const std::string vpc = design.find<Subnet>(subnetId) ? design.find<Subnet>(subnetId)->vpcId
                                                          : std::string();
    for (const auto &[id, igw] : design.all<InternetGateway>())
        if (std::find(igw.vpcIds.begin(), igw.vpcIds.end(), vpc) != igw.vpcIds.end())
            offer(id);
    for (const auto &[id, nat] : design.all<NatGateway>())
        if (nat.vpcId == vpc)
            offer(id);
    for (const auto &[id, tgw] : design.all<TransitGateway>())
        offer(id);
    for (const auto &[id, pcx] : design.all<PeeringConnection>())
        offer(id);
    for (const auto &[id, vgw] : design.all<VpnGateway>())
        offer(id);
    if (ids.empty())
        return;
    bool ok = false;
    const QString choice = QInputDialog::getItem(m_window, tr("Add Route"), tr("Route to:"), labels,
                                                 0, false, &ok);
    if (ok)
        m_controller->addRoute(subnetId, ids[size_t(labels.indexOf(choice))]);
}

void CanvasActions::copySelection()
{
    const auto copied = copyResources(m_document->design(), m_scene->selectedKeys());
    if (copied.resources.empty())
        return;
    auto *mime = new QMimeData;
    mime->setData(resourcesMimeType, QByteArray::fromStdString(copied.toJson().dump()));
    QApplication::clipboard()->setMimeData(mime);
    m_pastes = 0;
}

void CanvasActions::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasFormat(resourcesMimeType))
        pasteJson(mime->data(resourcesMimeType));
}

void CanvasActions::duplicateSelection()
{
    const auto copied = copyResources(m_document->design(), m_scene->selectedKeys());
    if (copied.resources.empty())
        return;
    m_pastes = 0;
    pasteJson(QByteArray::fromStdString(copied.toJson().dump()));
}

void CanvasActions::pasteJson(const QByteArray &bytes)
{
    const auto json = nlohmann::json::parse(bytes.toStdString(), nullptr, false);
    const auto copied = CopiedResources::fromJson(json);
    if (!copied)
        return;
    auto &design = m_document->design();
    ++m_pastes;
    ResourceBundle bundle = pasteBundle(design, *copied, QPointF(40, 40) * m_pastes);
    if (!bundle.error.isEmpty()) {
        emit m_controller->message(bundle.error);
        return;
    }
    std::vector<std::string> keys;
    for (const auto &[key, layout] : bundle.layouts)
        keys.push_back(key);
    m_document->undoStack()->push(new AddResourcesCommand(design, std::move(bundle)));
    m_scene->sync();
    m_scene->selectKeys(keys);
}

} // namespace mailpath::app
