#include "inspectorpanel.h"

#include "ruletableeditor.h"

#include "app/canvas/nodelook.h"
#include "app/commands/addroutecommand.h"
#include "app/commands/setpropertycommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mailpath::app {

using namespace core;
using Json = nlohmann::json;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string nameKey(const Json &resource)
{
    return resource.contains("tags") && resource["tags"].contains("Name") ? "/tags/Name" : "/name";
}

std::string aclOf(const Design &design, const std::string &subnetId)
{
    const auto *subnet = design.find<Subnet>(subnetId);
    if (!subnet)
        return {};
    std::string fallback;
    for (const auto &[id, acl] : design.all<NetworkAcl>()) {
        if (std::find(acl.subnetIds.begin(), acl.subnetIds.end(), subnetId) != acl.subnetIds.end())
            return id;
        if (acl.isDefault && acl.vpcId == subnet->vpcId)
            fallback = id;
    }
    return fallback;
}

} // namespace

InspectorPanel::InspectorPanel(Design &design, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_design(design)
    , m_undoStack(undoStack)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *inner = new QWidget(scroll);
    m_content = new QVBoxLayout(inner);
    scroll->setWidget(inner);
    outer->addWidget(scroll);
    m_design.addObserver(this);
    rebuild();
}

InspectorPanel::~InspectorPanel()
{
    m_design.removeObserver(this);
}

void InspectorPanel::setKey(const std::string &key)
{
    m_key = key;
    rebuild();
}

std::vector<InspectorPanel::FieldSpec> InspectorPanel::fieldsFor(const std::string &id) const
{
    std::vector<FieldSpec> f;
    const auto kind = m_design.kindOf(id);
    if (!kind)
        return f;
    f.push_back({tr("Name"), id, nameKey(m_design.resourceJson(id)), Field::Text, {}});
    auto eniFields = [&](const std::string &eni) {
        f.push_back({tr("Private IP"), eni, "/privateIps/0", Field::Ipv4, {}});
        f.push_back({tr("Public IP"), eni, "/publicIp", Field::OptionalIpv4, {}});
        f.push_back({tr("Security groups"), eni, "/securityGroupIds", Field::IdList, {}});
        f.push_back({tr("Ephemeral ports"), eni, "/ephemeralPorts", Field::PortRange, {}});
    };
    switch (*kind) {
    case ResourceKind::Vpc:
        f.push_back({tr("CIDR"), id, "/cidrs/0", Field::Cidr, {}});
        f.push_back({tr("Region"), id, "/region", Field::Text, {}});
        break;
    case ResourceKind::Subnet:
        f.push_back({tr("CIDR"), id, "/cidr", Field::Cidr, {}});
        f.push_back({tr("Availability Zone"), id, "/availabilityZone", Field::Text, {}});
        f.push_back({tr("Auto-assign public IP"), id, "/mapPublicIpOnLaunch", Field::Bool, {}});
        break;
    case ResourceKind::Instance: {
        f.push_back({tr("Platform"), id, "/platform", Field::Choice, {"linux", "windows"}});
        f.push_back({tr("Port 25 block removed (OP25B)"), id, "/op25bLifted", Field::Bool, {}});
        const auto &enis = m_design.find<Instance>(id)->eniIds;
        if (!enis.empty())
            eniFields(enis.front());
        break;
    }
    case ResourceKind::NetworkInterface:
        f.push_back({tr("Role"), id, "/role", Field::Choice,
                     {"ec2", "lambda", "fargate", "nat-gateway", "load-balancer", "vpc-endpoint", "other"}});
        f.push_back({tr("Port 25 block removed (OP25B)"), id, "/op25bLifted", Field::Bool, {}});
        eniFields(id);
        break;
    case ResourceKind::NatGateway:
        f.push_back({tr("Private IP"), id, "/privateIp", Field::Ipv4, {}});
        f.push_back({tr("Elastic IP"), id, "/publicIp", Field::OptionalIpv4, {}});
        f.push_back({tr("Private NAT gateway"), id, "/privateConnectivity", Field::Bool, {}});
        f.push_back({tr("Port 25 block removed (OP25B)"), id, "/op25bLifted", Field::Bool, {}});
        break;
    case ResourceKind::LoadBalancer:
        f.push_back({tr("Internet-facing"), id, "/internetFacing", Field::Bool, {}});
        f.push_back({tr("Security groups"), id, "/securityGroupIds", Field::IdList, {}});
        break;
    case ResourceKind::VpcEndpoint:
        f.push_back({tr("Service"), id, "/serviceName", Field::Text, {}});
        f.push_back({tr("Private DNS"), id, "/privateDnsEnabled", Field::Bool, {}});
        f.push_back({tr("Security groups"), id, "/securityGroupIds", Field::IdList, {}});
        break;
    case ResourceKind::SesEndpoint:
        f.push_back({tr("Region"), id, "/region", Field::Text, {}});
        f.push_back({tr("Sandbox"), id, "/sandbox", Field::Bool, {}});
        f.push_back({tr("Receiving (MX)"), id, "/receiving", Field::Bool, {}});
        f.push_back({tr("Ports"), id, "/ports", Field::PortList, {}});
        break;
    case ResourceKind::OnPremNetwork:
        f.push_back({tr("CIDRs"), id, "/cidrs", Field::CidrList, {}});
        break;
    case ResourceKind::Firewall:
        f.push_back({tr("Public IPs"), id, "/publicIps", Field::IpList, {}});
        f.push_back({tr("Source NAT IP"), id, "/snatIp", Field::OptionalIpv4, {}});
        break;
    case ResourceKind::SmtpServer:
        f.push_back({tr("Address"), id, "/address", Field::Ipv4, {}});
        f.push_back({tr("Ports"), id, "/ports", Field::PortList, {}});
        f.push_back({tr("Relay allow-list"), id, "/relayAllow", Field::CidrList, {}});
        f.push_back({tr("TLS"), id, "/tls", Field::Choice, {"none", "optional", "required"}});
        break;
    case ResourceKind::InternetHost:
        f.push_back({tr("Host name"), id, "/hostName", Field::Text, {}});
        f.push_back({tr("Addresses"), id, "/addresses", Field::IpList, {}});
        break;
    case ResourceKind::CustomerGateway:
        f.push_back({tr("IP address"), id, "/ipAddress", Field::OptionalIpv4, {}});
        break;
    case ResourceKind::TransitGateway:
        f.push_back({tr("ASN"), id, "/asn", Field::Int, {}});
        break;
    default: break;
    }
    return f;
}

std::optional<Json> InspectorPanel::parse(Field type, const QString &input, QString *error)
{
    const QString text = input.trimmed();
    const QStringList parts = text.split(',', Qt::SkipEmptyParts);
    auto fail = [&](const QString &message) -> std::optional<Json> {
        *error = message;
        return std::nullopt;
    };
    switch (type) {
    case Field::Text:
    case Field::Choice: return Json(text.toStdString());
    case Field::Bool: return Json(text == "true");
    case Field::Int: {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        return ok ? std::optional<Json>(Json(v)) : fail(tr("Not a number: %1").arg(text));
    }
    case Field::Cidr: {
        const auto c = Cidr::parse(text.toStdString());
        if (!c || !text.contains('/'))
            return fail(tr("\"%1\" is not an IPv4 CIDR such as 10.0.1.0/24.").arg(text));
        return Json(c->toString());
    }
    case Field::Ipv4:
    case Field::OptionalIpv4: {
        if (text.isEmpty() && type == Field::OptionalIpv4)
            return Json(nullptr);
        if (!parseIpv4(text.toStdString()))
            return fail(tr("\"%1\" is not an IPv4 address.").arg(text));
        return Json(text.toStdString());
    }
    case Field::PortRange: {
        const auto r = PortRange::parse(text.toStdString());
        if (!r || r->lo > r->hi)
            return fail(tr("\"%1\" is not a port range such as 32768-60999.").arg(text));
        return Json(r->toString());
    }
    case Field::PortList: {
        Json list = Json::array();
        for (const auto &p : parts) {
            bool ok = false;
            const int port = p.trimmed().toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                return fail(tr("\"%1\" is not a port from 1 to 65535.").arg(p.trimmed()));
            list.push_back(port);
        }
        return list;
    }
    case Field::CidrList:
    case Field::IpList:
    case Field::IdList: {
        Json list = Json::array();
        for (const auto &p : parts) {
            const std::string s = p.trimmed().toStdString();
            if (type == Field::CidrList && (!Cidr::parse(s) || !p.contains('/')))
                return fail(tr("\"%1\" is not an IPv4 CIDR.").arg(p.trimmed()));
            if (type == Field::IpList && !parseIpv4(s))
                return fail(tr("\"%1\" is not an IPv4 address.").arg(p.trimmed()));
            list.push_back(type == Field::CidrList ? Cidr::parse(s)->toString() : s);
        }
        return list;
    }
    }
    return std::nullopt;
}

QString InspectorPanel::display(Field type, const Json &value)
{
    if (value.is_null())
        return {};
    if (value.is_array()) {
        QStringList parts;
        for (const auto &v : value)
            parts << (v.is_string() ? qs(v.get<std::string>()) : qs(v.dump()));
        return parts.join(QStringLiteral(", "));
    }
    if (value.is_string())
        return qs(value.get<std::string>());
    if (type == Field::Bool)
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    return qs(value.dump());
}

QString InspectorPanel::setProperty(const std::string &id, const std::string &pointer,
                                    const QString &text)
{
    Field type = Field::Text;
    for (const auto &spec : fieldsFor(m_key.empty() ? id : m_key))
        if (spec.id == id && spec.pointer == pointer)
            type = spec.type;
    QString error;
    const auto value = parse(type, text, &error);
    if (!value)
        return error;
    error = SetPropertyCommand::validate(m_design, id, pointer, *value);
    if (!error.isEmpty())
        return error;
    m_undoStack->push(new SetPropertyCommand(m_design, id, pointer, *value));
    return {};
}

void InspectorPanel::addField(const FieldSpec &spec)
{
    auto valueOf = [this, spec]() {
        const Json json = m_design.resourceJson(spec.id);
        const Json::json_pointer pointer(spec.pointer);
        return json.contains(pointer) ? json.at(pointer) : Json();
    };
    auto commit = [this, spec](const QString &text, QWidget *editor) {
        const QString error = setProperty(spec.id, spec.pointer, text);
        editor->setStyleSheet(error.isEmpty() ? QString()
                                              : QStringLiteral("border: 2px solid #d11f2f;"));
        editor->setToolTip(error);
        m_error->setText(error);
        m_error->setVisible(!error.isEmpty());
    };
    QWidget *editor = nullptr;
    if (spec.type == Field::Bool) {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this,
                [commit, box](bool on) { commit(on ? "true" : "false", box); });
        m_refreshers.push_back([box, valueOf] {
            const QSignalBlocker b(box);
            box->setChecked(valueOf().is_boolean() && valueOf().get<bool>());
        });
        editor = box;
    } else if (spec.type == Field::Choice) {
        auto *combo = new QComboBox(this);
        combo->addItems(spec.choices);
        connect(combo, &QComboBox::activated, this,
                [commit, combo](int) { commit(combo->currentText(), combo); });
        m_refreshers.push_back([combo, valueOf, type = spec.type] {
            const QSignalBlocker b(combo);
            combo->setCurrentText(display(type, valueOf()));
        });
        editor = combo;
    } else {
        auto *line = new QLineEdit(this);
        connect(line, &QLineEdit::editingFinished, this, [commit, line, valueOf, type = spec.type] {
            if (line->text() != display(type, valueOf()))
                commit(line->text(), line);
        });
        m_refreshers.push_back([line, valueOf, type = spec.type] {
            const QSignalBlocker b(line);
            if (!line->hasFocus() || line->styleSheet().isEmpty())
                line->setText(display(type, valueOf()));
        });
        editor = line;
    }
    editor->setObjectName(QString::fromStdString(spec.id + spec.pointer));
    m_form->addRow(spec.label, editor);
    if (std::find(m_watched.begin(), m_watched.end(), spec.id) == m_watched.end())
        m_watched.push_back(spec.id);
}

void InspectorPanel::addRuleEditor(const QString &title, const std::string &id, int preset)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    m_content->addWidget(label);
    auto *editor = new RuleTableEditor(m_design, m_undoStack, id,
                                       RuleTableEditor::Preset(preset), this);
    m_content->addWidget(editor);
    m_ruleEditors.push_back(editor);
    m_watched.push_back(id);
}

void InspectorPanel::addRuleSections(const std::string &id)
{
    using P = RuleTableEditor::Preset;
    const auto kind = m_design.kindOf(id).value_or(ResourceKind::PrefixList);
    auto name = [&](const std::string &rid) { return qs(m_design.displayName(rid)); };
    auto aclSection = [&](const std::string &subnetId) {
        const std::string acl = aclOf(m_design, subnetId);
        if (acl.empty())
            return;
        addRuleEditor(tr("Network ACL %1 — inbound").arg(name(acl)), acl, int(P::AclInbound));
        addRuleEditor(tr("Network ACL %1 — outbound").arg(name(acl)), acl, int(P::AclOutbound));
    };
    auto sgSections = [&](std::vector<std::string> groups) {
        std::sort(groups.begin(), groups.end());
        groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
        for (const auto &sg : groups) {
            if (!m_design.find<SecurityGroup>(sg))
                continue;
            addRuleEditor(tr("Security group %1 — inbound").arg(name(sg)), sg, int(P::SgIngress));
            addRuleEditor(tr("Security group %1 — outbound").arg(name(sg)), sg, int(P::SgEgress));
        }
    };
    switch (kind) {
    case ResourceKind::Subnet: {
        const std::string rt = AddRouteCommand::routeTableOf(m_design, id);
        if (!rt.empty())
            addRuleEditor(tr("Route table %1%2").arg(name(rt), m_design.find<RouteTable>(rt)->main
                                                                   ? tr(" (main)") : QString()),
                          rt, int(P::Routes));
        aclSection(id);
        break;
    }
    case ResourceKind::Instance: {
        std::vector<std::string> groups;
        for (const auto &eni : m_design.find<Instance>(id)->eniIds)
            if (const auto *e = m_design.find<Eni>(eni))
                groups.insert(groups.end(), e->securityGroupIds.begin(), e->securityGroupIds.end());
        sgSections(groups);
        break;
    }
    case ResourceKind::NetworkInterface: sgSections(m_design.find<Eni>(id)->securityGroupIds); break;
    case ResourceKind::LoadBalancer: sgSections(m_design.find<LoadBalancer>(id)->securityGroupIds); break;
    case ResourceKind::VpcEndpoint: sgSections(m_design.find<VpcEndpoint>(id)->securityGroupIds); break;
    case ResourceKind::NatGateway:
    case ResourceKind::InternetGateway: {
        auto *note = new QLabel(tr("NAT gateways and internet gateways carry no security group "
                                   "or network ACL of their own: the ACL of the subnet they sit "
                                   "in applies to their traffic."), this);
        note->setWordWrap(true);
        m_content->addWidget(note);
        if (kind == ResourceKind::NatGateway)
            aclSection(m_design.find<NatGateway>(id)->subnetId);
        break;
    }
    case ResourceKind::Firewall: addRuleEditor(tr("Firewall rules"), id, int(P::FirewallRules)); break;
    case ResourceKind::RouteTable: addRuleEditor(tr("Routes"), id, int(P::Routes)); break;
    case ResourceKind::SecurityGroup: sgSections({id}); break;
    case ResourceKind::NetworkAcl:
        addRuleEditor(tr("Inbound"), id, int(P::AclInbound));
        addRuleEditor(tr("Outbound"), id, int(P::AclOutbound));
        break;
    default: break;
    }
}

void InspectorPanel::rebuild()
{
    while (auto *item = m_content->takeAt(0)) {
        if (auto *w = item->widget())
            delete w;
        delete item;
    }
    m_refreshers.clear();
    m_ruleEditors.clear();
    m_watched = {m_key};
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_content->addWidget(m_title);
    if (!m_design.contains(m_key)) {
        m_title->setText(tr("Select a resource on the canvas to see and edit its properties."));
        m_content->addStretch();
        return;
    }
    const auto kind = *m_design.kindOf(m_key);
    m_title->setText(QStringLiteral("<img src=\"%1\" width=\"24\" height=\"24\"> <b>%2</b><br>"
                                    "<small>%3 · %4</small>")
                         .arg(iconFor(m_design, m_key), qs(m_design.displayName(m_key)).toHtmlEscaped(),
                              qs(std::string(kindName(kind))), qs(m_key)));
    auto *formHost = new QWidget(this);
    m_form = new QFormLayout(formHost);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_content->addWidget(formHost);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #d11f2f;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_content->addWidget(m_error);
    for (const auto &spec : fieldsFor(m_key))
        addField(spec);
    addRuleSections(m_key);
    m_content->addStretch();
    refreshValues();
}

void InspectorPanel::refreshValues()
{
    if (!m_design.contains(m_key)) {
        setKey({});
        return;
    }
    for (const auto &refresh : m_refreshers)
        refresh();
    for (auto *editor : m_ruleEditors)
        editor->refresh();
}

void InspectorPanel::scheduleRefresh()
{
    if (m_refreshPosted)
        return;
    m_refreshPosted = true;
    // Deferred: the change may come from inside a table's edit signal.
    QTimer::singleShot(0, this, [this] {
        m_refreshPosted = false;
        refreshValues();
    });
}

void InspectorPanel::resourceChanged(ResourceKind, const std::string &id)
{
    if (std::find(m_watched.begin(), m_watched.end(), id) != m_watched.end())
        scheduleRefresh();
}

void InspectorPanel::resourceRemoved(ResourceKind, const std::string &id)
{
    if (std::find(m_watched.begin(), m_watched.end(), id) != m_watched.end())
        scheduleRefresh();
}

} // namespace mailpath::app
