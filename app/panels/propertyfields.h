#pragma once

#include "core/model/design.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace mailpath::app {

enum class FieldType { Text, Cidr, Ipv4, OptionalIpv4, Bool, OptionalBool, Choice, PortList,
                       CidrList, IpList, IdList, PortRange, Int, Port, OptionalPort };

/** One row of the inspector's property form: a JSON pointer into a resource. */
struct FieldSpec
{
    QString label;
    std::string id; //!< the resource edited (an instance's fields live partly on its ENI)
    std::string pointer;
    FieldType type = FieldType::Text;
    QStringList choices = {};      //!< Choice: the stored values
    QStringList choiceLabels = {}; //!< Choice: what the combo shows (the values when empty)
    /** Checks references of a parsed value against the design; an error message or empty. */
    std::function<QString(const core::Design &, const nlohmann::json &)> check = {};
};

/** The editable properties of a resource, in form order. */
std::vector<FieldSpec> fieldsFor(const core::Design &design, const std::string &id);

/** Parses the text of a field; nullopt and an error message when it is not valid. */
std::optional<nlohmann::json> parseField(FieldType type, const QString &text, QString *error);

/** The text a field shows for a stored value. */
QString displayField(FieldType type, const nlohmann::json &value);

} // namespace mailpath::app
