#pragma once

#include "propertyfields.h"

#include "core/model/design.h"

#include <QString>

#include <string>
#include <vector>

namespace mailpath::app {

/** A block of the inspector below a resource's form; the list decides whether a refresh rebuilds. */
struct InspectorSection
{
    enum Type { Rules, Records, Links, Fields, Note, Tables, DnsRecords } type;
    QString title;
    std::string id;
    int variant = 0; //!< Rules: RuleTableEditor::Preset; Records: RecordSchema

    friend bool operator==(const InspectorSection &, const InspectorSection &) = default;
};

/** The record tables a Records section shows. */
enum RecordSchema {
    Listeners,
    Targets,
    TgwRoutes,
    ClassicListeners,
    ClassicInstances,
    SesIdentities,
    SesConfigurationSets,
    SesReceiptFilters,
    NfwRuleGroups,
};

/**
 * What the inspector shows for one kind of resource: its editable properties (after the name)
 * and the sections below them. One entry per kind, in one table (STYLE rule 16); a kind with
 * nothing to edit has null functions.
 */
struct KindForm
{
    using Fields = void (*)(const core::Design &, const std::string &id, std::vector<FieldSpec> &);
    using Sections = void (*)(const core::Design &, const std::string &id,
                              std::vector<InspectorSection> &);

    core::ResourceKind kind;
    Fields fields = nullptr;
    Sections sections = nullptr;
};

const KindForm &kindForm(core::ResourceKind kind);

} // namespace mailpath::app
