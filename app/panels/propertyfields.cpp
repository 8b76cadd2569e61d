#include "propertyfields.h"

#include "kindforms.h"
#include "tablehelpers.h"


namespace mailpath::app {

using namespace core;
using Json = nlohmann::json;

namespace {

std::string nameKey(const Json &resource)
{
    return resource.contains("tags") && resource["tags"].contains("Name") ? "/tags/Name" : "/name";
}

} // namespace

std::vector<FieldSpec> fieldsFor(const Design &design, const std::string &id)
{
    std::vector<FieldSpec> f;
    const auto kind = design.kindOf(id);
    if (!kind)
        return f;
    f.push_back({tr("Name"), id, nameKey(design.resourceJson(id)), FieldType::Text});
    if (const auto fields = kindForm(*kind).fields)
        fields(design, id, f);
    return f;
}

std::optional<Json> parseField(FieldType type, const QString &input, QString *error)
{
    const QString text = input.trimmed();
    const QStringList parts = text.split(',', Qt::SkipEmptyParts);
    auto fail = [&](const QString &message) -> std::optional<Json> {
        *error = message;
        return std::nullopt;
    };
    auto port = [&](const QString &p, int lowest) -> std::optional<int> {
        bool ok = false;
        const int n = p.trimmed().toInt(&ok);
        if (!ok || n < lowest || n > 65535)
            return std::nullopt;
        return n;
    };
    switch (type) {
    case FieldType::Text:
    case FieldType::Choice: return Json(text.toStdString());
    case FieldType::Bool: return Json(text == "true");
    case FieldType::OptionalBool:
        return text.isEmpty() ? Json(nullptr) : Json(text == "true");
    case FieldType::Int: {
        bool ok = false;
        const qlonglong v = text.toLongLong(&ok);
        return ok ? std::optional<Json>(Json(v)) : fail(tr("Not a number: %1").arg(text));
    }
    case FieldType::Port:
    case FieldType::OptionalPort: {
        if (text.isEmpty() && type == FieldType::OptionalPort)
            return Json(0);
        if (const auto p = port(text, 1))
            return Json(*p);
        return fail(tr("\"%1\" is not a port from 1 to 65535.").arg(text));
    }
    case FieldType::Cidr: {
        const auto c = Cidr::parse(text.toStdString());
        if (!c || !text.contains('/'))
            return fail(tr("\"%1\" is not an IPv4 CIDR such as 10.0.1.0/24.").arg(text));
        return Json(c->toString());
    }
    case FieldType::Ipv4:
    case FieldType::OptionalIpv4: {
        if (text.isEmpty() && type == FieldType::OptionalIpv4)
            return Json(nullptr);
        if (!parseIpv4(text.toStdString()))
            return fail(tr("\"%1\" is not an IPv4 address.").arg(text));
        return Json(text.toStdString());
    }
    case FieldType::PortRange: {
        const auto r = PortRange::parse(text.toStdString());
        if (!r || r->lo > r->hi)
            return fail(tr("\"%1\" is not a port range such as 32768-60999.").arg(text));
        return Json(r->toString());
    }
    case FieldType::PortList: {
        Json list = Json::array();
        for (const auto &p : parts) {
            const auto n = port(p, 1);
            if (!n)
                return fail(tr("\"%1\" is not a port from 1 to 65535.").arg(p.trimmed()));
            list.push_back(*n);
        }
        return list;
    }
    case FieldType::CidrList:
    case FieldType::IpList:
    case FieldType::IdList: {
        Json list = Json::array();
        for (const auto &p : parts) {
            const std::string s = p.trimmed().toStdString();
            if (type == FieldType::CidrList && (!Cidr::parse(s) || !p.contains('/')))
                return fail(tr("\"%1\" is not an IPv4 CIDR.").arg(p.trimmed()));
            if (type == FieldType::IpList && !parseIpv4(s))
                return fail(tr("\"%1\" is not an IPv4 address.").arg(p.trimmed()));
            list.push_back(type == FieldType::CidrList ? Cidr::parse(s)->toString() : s);
        }
        return list;
    }
    }
    return std::nullopt;
}

QString displayField(FieldType type, const Json &value)
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
    if (type == FieldType::OptionalPort && value == 0)
        return {};
    if (value.is_boolean())
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    return qs(value.dump());
}

} // namespace mailpath::app
