#include "canvasmenu.h"

#include "core/model/kindtraits.h"
#include "core/sim/fixcode.h"
#include "diagramscene.h"
#include "dnsrecordmenu.h"
#include "readablenames.h"

#include "app/commands/addroutecommand.h"
#include "app/commands/associatetablecommand.h"
#include "app/commands/createtablecommand.h"
#include "app/commands/setpropertycommand.h"
#include "app/commands/setsecuritygroupscommand.h"

#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace mailpath::app {

using namespace core;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

/** What a flow can start or end at, by kind. */
bool isFlowEndpoint(const Design &design, const std::string &id)
{
    switch (design.kindOf(id).value_or(ResourceKind::Vpc)) {
    case ResourceKind::Instance:
    case ResourceKind::NetworkInterface:
    case ResourceKind::SmtpServer:
    case ResourceKind::InternetHost:
    case ResourceKind::LoadBalancer:
    case ResourceKind::VpcEndpoint:
    case ResourceKind::SesEndpoint: return true;
    default: return false;
    }
}

} // namespace

CanvasMenu::CanvasMenu(Design &design, QUndoStack *undoStack, DiagramScene *scene,
                       QWidget *window)
    : QObject(window)
    , m_design(design)
    , m_undoStack(undoStack)
    , m_scene(scene)
    , m_window(window)
{}

void CanvasMenu::exec(const std::string &key, QPoint screenPos)
{
    QMenu menu(m_window);
    fill(menu, key);
    if (!menu.isEmpty())
        menu.exec(screenPos);
}

// On the component that blocks the drawn flow (or the subnet its ACL guards): the fix as code
// in each language, the design's own first, for the change request or the pull request.
void CanvasMenu::addFixCodeMenu(QMenu &menu, const std::string &key)
{
    const auto &trace = m_scene->shownTrace();
    if (!trace || !trace->blockedAt)
        return;
    const auto &hops = trace->blockedAt->direction == Direction::Forward ? trace->forward
                                                                         : trace->reply;
    const bool here = trace->blockedAt->resource == key
                      || std::any_of(hops.begin(), hops.end(), [&](const Hop &h) {
                             return h.action == HopAction::Deny && h.appliesTo == key;
                         });
    if (!here)
        return;
    const Simulator simulator(m_design);
    const auto fix = fixForTrace(simulator, *trace);
    if (!fix)
        return;
    menu.addSeparator();
    QMenu *copy = menu.addMenu(tr("Copy Fix as Code"));
    const FixLanguage own = fixLanguageFor(m_design);
    const std::pair<FixLanguage, QString> languages[] = {
        {FixLanguage::Terraform, tr("Terraform (HCL)")},
        {FixLanguage::CloudFormation, tr("CloudFormation (YAML)")},
        {FixLanguage::AwsCli, tr("AWS CLI")}};
    for (const auto &[language, title] : languages) {
        const QString text = qs(fixCode(m_design, *fix, language).text);
        QAction *a = copy->addAction(language == own ? tr("%1 (this design's source)").arg(title)
                                                     : title,
                                     this, [text] { QApplication::clipboard()->setText(text); });
        if (language == own)
            copy->setDefaultAction(a);
    }
}

// On an SES endpoint: the records its identities still need, for the change request (Route 53
// change batch) or the pull request (Terraform, CloudFormation).
void CanvasMenu::addDnsRecordMenu(QMenu &menu, const std::string &key)
{
    if (m_design.kindOf(key) != ResourceKind::SesEndpoint)
        return;
    const auto records = dnsRecordsToAdd(m_design, key);
    if (records.empty())
        return;
    menu.addSeparator();
    fillDnsRecordMenu(*menu.addMenu(tr("Copy DNS Record to Add")), records, this);
}

void CanvasMenu::fill(QMenu &menu, const std::string &key)
{
    if (!m_design.contains(key))
        return;
    const QString name = qs(m_design.displayName(key));
    const auto kind = *m_design.kindOf(key);
    menu.addAction(tr("Rename %1…").arg(name), this, [this, key] { rename(key); });
    menu.addAction(tr("Show in Inspector"), this, [this, key] { emit inspectRequested(key); });
    if (isFlowEndpoint(m_design, key)) {
        menu.addSeparator();
        const std::string endpoint = kind == ResourceKind::SesEndpoint
                                         ? m_design.find<SesEndpoint>(key)->hostName()
                                         : key;
        menu.addAction(tr("New Flow from Here"), this,
                       [this, endpoint] { emit newFlowRequested(endpoint, {}); });
        menu.addAction(tr("New Flow to Here"), this,
                       [this, endpoint] { emit newFlowRequested({}, endpoint); });
    }
    if (kind == ResourceKind::Subnet) {
        menu.addSeparator();
        menu.addAction(tr("Add Route from Here…"), this,
                       [this, key] { emit routeFromRequested(key); });
        addTableMenus(menu, key);
    }
    addSecurityGroupMenu(menu, key);
    addAttachmentEntries(menu, key);
    addFixCodeMenu(menu, key);
    addDnsRecordMenu(menu, key);
    if (kind == ResourceKind::NatGateway || kind == ResourceKind::InternetGateway) {
        auto *note = menu.addAction(tr("No security group or ACL of its own (the subnet's ACL "
                                       "applies)"));
        note->setEnabled(false);
    }
    if (kind == ResourceKind::Vpc) {
        menu.addSeparator();
        const bool collapsed = m_design.layoutOf(key) && m_design.layoutOf(key)->collapsed;
        menu.addAction(collapsed ? tr("Expand %1").arg(name) : tr("Collapse %1").arg(name), this,
                       [this, key] { m_scene->requestCollapseToggle(key); });
    }
    menu.addSeparator();
    menu.addAction(tr("Delete %1").arg(name), this,
                   [this, key] { emit deleteRequested({key}); });
}

// TGW attachments are no drawn node: a VPC and its transit gateway open them (appliance mode).
void CanvasMenu::addAttachmentEntries(QMenu &menu, const std::string &key)
{
    bool first = true;
    for (const auto &[id, att] : m_design.all<TgwAttachment>()) {
        if (att.resourceId != key && att.transitGatewayId != key)
            continue;
        if (std::exchange(first, false))
            menu.addSeparator();
        const std::string attachmentId = id;
        menu.addAction(tr("Show Attachment %1 in Inspector").arg(qs(m_design.displayName(id))),
                       this, [this, attachmentId] { emit inspectRequested(attachmentId); });
    }
}

void CanvasMenu::addTableMenus(QMenu &menu, const std::string &subnet)
{
    const std::string vpc = m_design.find<Subnet>(subnet)->vpcId;
    auto tableMenu = [&](const QString &title, ResourceKind kind, const std::string &current,
                         const std::vector<std::string> &tables) {
        QMenu *sub = menu.addMenu(title);
        for (const auto &id : tables) {
            QAction *a = sub->addAction(qs(m_design.displayName(id)), this, [this, subnet, id] {
                if (AssociateTableCommand::refusal(m_design, subnet, id).isEmpty())
                    m_undoStack->push(new AssociateTableCommand(m_design, subnet, id));
            });
            a->setCheckable(true);
            a->setChecked(id == current);
            a->setToolTip(qs(id));
        }
        sub->addSeparator();
        sub->addAction(tr("New…"), this, [this, subnet, vpc, kind] {
            const char *suffix = kind == ResourceKind::NetworkAcl ? "-acl" : "-rt";
            m_undoStack->push(new CreateTableCommand(m_design, kind, vpc,
                                                     m_design.displayName(subnet) + suffix,
                                                     subnet));
        });
        sub->addAction(tr("Open"), this, [this, current] { emit inspectRequested(current); });
    };
    std::vector<std::string> acls, tables;
    for (const auto &[id, acl] : m_design.all<NetworkAcl>())
        if (acl.vpcId == vpc)
            acls.push_back(id);
    for (const auto &[id, rt] : m_design.all<RouteTable>())
        if (rt.vpcId == vpc)
            tables.push_back(id);
    tableMenu(tr("Network ACL"), ResourceKind::NetworkAcl,
              core::effectiveNetworkAcl(m_design, subnet), acls);
    tableMenu(tr("Route Table"), ResourceKind::RouteTable,
              AddRouteCommand::routeTableOf(m_design, subnet), tables);
}

void CanvasMenu::addSecurityGroupMenu(QMenu &menu, const std::string &key)
{
    if (SetSecurityGroupsCommand::holderOf(m_design, key).empty())
        return;
    const std::string vpc = SetSecurityGroupsCommand::vpcOf(m_design, key);
    const auto attached = SetSecurityGroupsCommand::groupsOf(m_design, key);
    QMenu *sub = menu.addMenu(tr("Security Groups"));
    for (const auto &[id, sg] : m_design.all<SecurityGroup>()) {
        if (sg.vpcId != vpc)
            continue;
        const bool on = std::find(attached.begin(), attached.end(), id) != attached.end();
        QAction *a = sub->addAction(qs(m_design.displayName(id)), this, [this, key, id, on] {
            auto groups = SetSecurityGroupsCommand::groupsOf(m_design, key);
            if (on)
                groups.erase(std::remove(groups.begin(), groups.end(), id), groups.end());
            else
                groups.push_back(id);
            m_undoStack->push(new SetSecurityGroupsCommand(m_design, key, groups));
        });
        a->setCheckable(true);
        a->setChecked(on);
        a->setToolTip(qs(id));
    }
    sub->addSeparator();
    sub->addAction(tr("New…"), this, [this, key, vpc] {
        m_undoStack->push(new CreateTableCommand(m_design, ResourceKind::SecurityGroup, vpc,
                                                 m_design.displayName(key) + "-sg", key));
    });
}

void CanvasMenu::rename(const std::string &id)
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename"), tr("Name of %1:").arg(qs(id)),
                                               QLineEdit::Normal, qs(m_design.displayName(id)), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const auto json = m_design.resourceJson(id);
    const bool tagged = json.contains("tags") && json["tags"].contains("Name");
    const std::string pointer = tagged ? "/tags/Name" : "/name";
    m_undoStack->push(new SetPropertyCommand(m_design, id, pointer, name.trimmed().toStdString()));
}

} // namespace mailpath::app
