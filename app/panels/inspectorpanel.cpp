#include "inspectorpanel.h"

#include "classicschemas.h"
#include "recordschemas.h"
#include "sesschemas.h"
#include "recordtableeditor.h"
#include "ruletableeditor.h"
#include "tablepicker.h"
#include "tablehelpers.h"
#include "tgwlinktable.h"

#include "app/canvas/dnsrecordmenu.h"
#include "app/canvas/nodelook.h"
#include "app/commands/addroutecommand.h"
#include "app/commands/associatetablecommand.h"
#include "app/commands/setpropertycommand.h"
#include "core/model/kindtraits.h"
#include "app/commands/setvpccidrscommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mailpath::app {

using namespace core;
using Json = nlohmann::json;

namespace {

void showError(QLabel *label, const QString &error)
{
    label->setText(error);
    label->setVisible(!error.isEmpty());
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

QString InspectorPanel::errorText() const
{
    return m_error && !m_error->isHidden() ? m_error->text() : QString();
}

QString InspectorPanel::setProperty(const std::string &id, const std::string &pointer,
                                    const QString &text)
{
    FieldSpec spec{QString(), id, pointer};
    for (const auto &owner : {m_key, id})
        for (const auto &candidate : fieldsFor(m_design, owner))
            if (candidate.id == id && candidate.pointer == pointer)
                spec = candidate;
    QString error;
    const auto value = parseField(spec.type, text, &error);
    if (!value)
        return error;
    if (spec.check)
        error = spec.check(m_design, *value);
    if (error.isEmpty())
        error = SetPropertyCommand::validate(m_design, id, pointer, *value);
    if (!error.isEmpty())
        return error;
    if (pointer == "/cidrs" && m_design.find<Vpc>(id)) { // local routes follow the blocks
        std::vector<Cidr> cidrs;
        for (const auto &c : *value)
            cidrs.push_back(*Cidr::parse(c.get<std::string>()));
        m_undoStack->push(new SetVpcCidrsCommand(m_design, id, std::move(cidrs)));
    } else {
        m_undoStack->push(new SetPropertyCommand(m_design, id, pointer, *value));
    }
    return error;
}

void InspectorPanel::addField(const FieldSpec &spec, QFormLayout *form, QLabel *errorLabel)
{
    auto valueOf = [this, spec]() {
        const Json json = m_design.resourceJson(spec.id);
        const Json::json_pointer pointer(spec.pointer);
        return json.contains(pointer) ? json.at(pointer) : Json();
    };
    auto commit = [this, spec, errorLabel](const QString &text, QWidget *editor) {
        const QString error = setProperty(spec.id, spec.pointer, text);
        editor->setStyleSheet(error.isEmpty() ? QString()
                                              : QStringLiteral("border: 2px solid #d11f2f;"));
        editor->setToolTip(error);
        showError(errorLabel, error);
    };
    QWidget *editor = nullptr;
    if (spec.type == FieldType::Bool) {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this,
                [commit, box](bool on) { commit(on ? "true" : "false", box); });
        m_refreshers.push_back([box, valueOf] {
            const QSignalBlocker b(box);
            box->setChecked(valueOf().is_boolean() && valueOf().get<bool>());
        });
        editor = box;
    } else if (!spec.choices.isEmpty()) {
        auto *combo = new QComboBox(this);
        for (int i = 0; i < spec.choices.size(); ++i)
            combo->addItem(i < spec.choiceLabels.size() ? spec.choiceLabels[i] : spec.choices[i],
                           spec.choices[i]);
        connect(combo, &QComboBox::activated, this,
                [commit, combo](int) { commit(combo->currentData().toString(), combo); });
        m_refreshers.push_back([combo, valueOf, type = spec.type] {
            const QSignalBlocker b(combo);
            combo->setCurrentIndex(combo->findData(displayField(type, valueOf())));
        });
        editor = combo;
    } else {
        auto *line = new QLineEdit(this);
        connect(line, &QLineEdit::editingFinished, this, [commit, line, valueOf, type = spec.type] {
            if (line->text() != displayField(type, valueOf()))
                commit(line->text(), line);
        });
        m_refreshers.push_back([line, valueOf, type = spec.type] {
            const QSignalBlocker b(line);
            if (!line->hasFocus() || line->styleSheet().isEmpty())
                line->setText(displayField(type, valueOf()));
        });
        editor = line;
    }
    editor->setObjectName(QString::fromStdString(spec.id + spec.pointer));
    form->addRow(spec.label, editor);
    watch(spec.id);
}

QFormLayout *InspectorPanel::addForm(QLabel **errorLabel)
{
    auto *host = new QWidget(this);
    auto *form = new QFormLayout(host);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_content->addWidget(host);
    *errorLabel = makeErrorLabel(this);
    m_content->addWidget(*errorLabel);
    return form;
}

void InspectorPanel::watch(const std::string &id)
{
    if (std::find(m_watched.begin(), m_watched.end(), id) == m_watched.end())
        m_watched.push_back(id);
}

void InspectorPanel::addSection(const Section &section)
{
    if (section.type == Section::DnsRecords) {
        addDnsRecords(section);
        return;
    }
    if (section.type == Section::Note) {
        auto *note = new QLabel(section.title, this);
        note->setWordWrap(true);
        m_content->addWidget(note);
        return;
    }
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(section.title.toHtmlEscaped()), this);
    label->setWordWrap(true);
    m_content->addWidget(label);
    watch(section.id);
    switch (section.type) {
    case Section::Rules: {
        auto *editor = new RuleTableEditor(m_design, m_undoStack, section.id,
                                           RuleTableEditor::Preset(section.variant), this);
        m_content->addWidget(editor);
        m_ruleEditors.push_back(editor);
        break;
    }
    case Section::Records: {
        const auto schema =
            section.variant == Listeners          ? listenerSchema(m_design, section.id)
            : section.variant == Targets          ? targetSchema(m_design)
            : section.variant == ClassicListeners ? classicListenerSchema()
            : section.variant == ClassicInstances ? classicInstanceSchema(m_design, section.id)
            : section.variant == NfwRuleGroups    ? nfwRuleGroupSchema()
            : section.variant == SesIdentities    ? sesIdentitySchema()
            : section.variant == SesConfigurationSets ? sesConfigurationSetSchema()
            : section.variant == SesReceiptFilters    ? sesReceiptFilterSchema()
                                                  : tgwRouteSchema(m_design, section.id);
        auto *editor = new RecordTableEditor(m_design, m_undoStack, section.id, schema, this);
        m_content->addWidget(editor);
        m_recordEditors.push_back(editor);
        break;
    }
    case Section::Links: {
        auto *table = new TgwLinkTable(m_design, m_undoStack, section.id, this);
        m_content->addWidget(table);
        m_linkTables.push_back(table);
        for (const auto &id : table->watchedIds())
            watch(id);
        break;
    }
    case Section::Fields: {
        QLabel *error = nullptr;
        QFormLayout *form = addForm(&error);
        for (const auto &spec : fieldsFor(m_design, section.id))
            addField(spec, form, error);
        break;
    }
    case Section::Tables: addTablePicker(section.id); break;
    case Section::Note:
    case Section::DnsRecords: break;
    }
}

// The identities' DNS state, and the records to add, for copying in the team's format.
void InspectorPanel::addDnsRecords(const Section &section)
{
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>")
                                   .arg(tr("DNS records of the identities").toHtmlEscaped()),
                               this);
    m_content->addWidget(heading);
    auto *lines = new QLabel(section.title, this);
    lines->setTextFormat(Qt::RichText);
    lines->setWordWrap(true);
    lines->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_content->addWidget(lines);
    for (const auto &[id, zone] : m_design.all<HostedZone>())
        watch(id); // a record added to the zone changes the state shown
    const auto records = dnsRecordsToAdd(m_design, section.id);
    if (records.empty())
        return;
    auto *button = new QToolButton(this);
    button->setText(tr("Copy DNS Record to Add"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    fillDnsRecordMenu(*menu, records, button);
    button->setMenu(menu);
    m_dnsRecordButton = button;
    m_content->addWidget(button, 0, Qt::AlignLeft);
}

void InspectorPanel::addTablePicker(const std::string &subject)
{
    m_tablePicker = new TablePicker(m_design, m_undoStack, subject, this);
    m_content->addWidget(m_tablePicker);
    connect(m_tablePicker, &TablePicker::openRequested, this, [this](const std::string &id) {
        QTimer::singleShot(0, this, [this, id] { setKey(id); }); // the picker goes away
    });
    // A table renamed or deleted elsewhere changes the lists.
    for (const auto &[id, acl] : m_design.all<NetworkAcl>())
        watch(id);
    for (const auto &[id, rt] : m_design.all<RouteTable>())
        watch(id);
    for (const auto &[id, sg] : m_design.all<SecurityGroup>())
        watch(id);
}

std::vector<InspectorPanel::Section> InspectorPanel::sectionsFor(const std::string &id) const
{
    std::vector<Section> out;
    if (TablePicker::handles(m_design, id))
        out.push_back({Section::Tables, tr("Tables that apply"), id});
    if (const auto kind = m_design.kindOf(id))
        if (const auto sections = kindForm(*kind).sections)
            sections(m_design, id, out);
    return out;
}

std::string InspectorPanel::structureOf(const std::string &id) const
{
    if (!m_design.contains(id))
        return {};
    std::string s;
    auto fields = [&](const std::string &owner) {
        for (const auto &f : fieldsFor(m_design, owner))
            s += f.id + f.pointer + (f.choices + f.choiceLabels).join('|').toStdString() + ';';
    };
    fields(id);
    for (const auto &section : sectionsFor(id)) {
        s += std::to_string(int(section.type)) + section.id + section.title.toStdString()
             + std::to_string(section.variant) + ';';
        if (section.type == Section::Fields)
            fields(section.id);
    }
    return s;
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
    m_recordEditors.clear();
    m_linkTables.clear();
    m_tablePicker = nullptr;
    m_dnsRecordButton = nullptr;
    m_watched = {m_key};
    m_structure = structureOf(m_key);
    m_error = nullptr;
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
                              qs(std::string(kindName(kind))), qs(m_key).toHtmlEscaped()));
    QFormLayout *form = addForm(&m_error);
    for (const auto &spec : fieldsFor(m_design, m_key))
        addField(spec, form, m_error);
    for (const auto &section : sectionsFor(m_key))
        addSection(section);
    m_content->addStretch();
    refreshValues();
}

void InspectorPanel::refreshValues()
{
    if (!m_design.contains(m_key)) {
        setKey({});
        return;
    }
    if (structureOf(m_key) != m_structure) { // other tables apply now
        rebuild();
        return;
    }
    for (const auto &refresh : m_refreshers)
        refresh();
    for (auto *editor : m_ruleEditors)
        editor->refresh();
    for (auto *editor : m_recordEditors)
        editor->refresh();
    for (auto *table : m_linkTables)
        table->refresh();
    if (m_tablePicker)
        m_tablePicker->refresh();
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

void InspectorPanel::resourceAdded(ResourceKind, const std::string &)
{
    if (!m_key.empty()) // a new route table or target group may belong here
        scheduleRefresh();
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
