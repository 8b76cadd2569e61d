#include "awsjson.h"

#include <cctype>
#include <charconv>

namespace mailpath::core::aws {

namespace {

[[noreturn]] void wrongType(std::string_view key, std::string_view expected, const Json &value)
{
    throw ShapeError(std::string(key) + ": expected " + std::string(expected) + ", found "
                     + std::string(value.type_name()));
}

const Json &emptyArray()
{
    static const Json empty = Json::array();
    return empty;
}

} // namespace

const Json *member(const Json &object, std::string_view key)
{
    if (!object.is_object())
        throw ShapeError("expected an object, found " + std::string(object.type_name()));
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return nullptr;
    return &*it;
}

std::string text(const Json &object, std::string_view key)
{
    const Json *value = member(object, key);
    if (!value)
        return {};
    if (!value->is_string())
        wrongType(key, "a string", *value);
    return value->get<std::string>();
}

std::string requiredText(const Json &object, std::string_view key)
{
    std::string value = text(object, key);
    if (value.empty())
        throw ShapeError("missing required \"" + std::string(key) + "\"");
    return value;
}

bool flag(const Json &object, std::string_view key, bool fallback)
{
    const Json *value = member(object, key);
    if (!value)
        return fallback;
    if (value->is_boolean())
        return value->get<bool>();
    // Some exports write booleans as strings ("true").
    if (value->is_string()) {
        const auto &s = value->get_ref<const std::string &>();
        if (s == "true" || s == "false")
            return s == "true";
    }
    wrongType(key, "a boolean", *value);
}

std::optional<int64_t> integer(const Json &object, std::string_view key)
{
    const Json *value = member(object, key);
    if (!value)
        return std::nullopt;
    if (value->is_number_integer())
        return value->get<int64_t>();
    if (value->is_string()) {
        const auto &s = value->get_ref<const std::string &>();
        int64_t result = 0;
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), result);
        if (ec == std::errc() && ptr == s.data() + s.size() && !s.empty())
            return result;
    }
    wrongType(key, "an integer", *value);
}

const Json &list(const Json &object, std::string_view key)
{
    const Json *value = member(object, key);
    if (!value)
        return emptyArray();
    if (!value->is_array())
        wrongType(key, "an array", *value);
    return *value;
}

const Json *child(const Json &object, std::string_view key)
{
    const Json *value = member(object, key);
    if (value && !value->is_object())
        wrongType(key, "an object", *value);
    return value;
}

std::vector<std::string> texts(const Json &object, std::string_view key)
{
    std::vector<std::string> result;
    const Json &array = list(object, key);
    for (size_t i = 0; i < array.size(); ++i) {
        if (!array[i].is_string())
            wrongType(std::string(key) + '[' + std::to_string(i) + ']', "a string", array[i]);
        result.push_back(array[i].get<std::string>());
    }
    return result;
}

std::vector<std::string> textsOf(const Json &object, std::string_view key, std::string_view sub)
{
    std::vector<std::string> result;
    forEachObject(object, key, [&](const Json &item) {
        if (auto value = text(item, sub); !value.empty())
            result.push_back(std::move(value));
    });
    return result;
}

std::optional<Cidr> cidr(const Json &object, std::string_view key)
{
    const std::string value = text(object, key);
    if (value.empty())
        return std::nullopt;
    std::string why;
    auto parsed = Cidr::parse(value, &why);
    if (!parsed)
        throw ShapeError(std::string(key) + ": not an IPv4 CIDR: " + why);
    return parsed;
}

std::optional<Ipv4> ipv4(const Json &object, std::string_view key)
{
    const std::string value = text(object, key);
    if (value.empty())
        return std::nullopt;
    std::string why;
    auto parsed = parseIpv4(value, &why);
    if (!parsed)
        throw ShapeError(std::string(key) + ": not an IPv4 address: " + why);
    return parsed;
}

Tags tags(const Json &object)
{
    Tags result;
    const auto read = [&](const Json &tag) {
        result[text(tag, key::tagKey)] = text(tag, key::tagValue);
    };
    forEachObject(object, key::tags, read);
    forEachObject(object, key::tagSet, read);
    return result;
}

std::string nameTag(const Tags &tags)
{
    const auto it = tags.find(std::string(key::name));
    return it == tags.end() ? std::string() : it->second;
}

bool isRegionName(std::string_view text)
{
    // <area>[-gov|-iso…]-<direction>-<digit>: two letters, words, then a number.
    const auto lower = [](char c) { return std::islower(static_cast<unsigned char>(c)) != 0; };
    if (text.size() < 6 || !lower(text[0]) || !lower(text[1]) || text[2] != '-')
        return false;
    size_t parts = 1;
    size_t i = 3;
    while (i < text.size()) {
        const size_t start = i;
        while (i < text.size() && text[i] != '-')
            ++i;
        const auto part = text.substr(start, i - start);
        if (part.empty())
            return false;
        const bool last = i == text.size();
        for (char c : part) {
            if (last ? !std::isdigit(static_cast<unsigned char>(c))
                     : !std::islower(static_cast<unsigned char>(c)))
                return false;
        }
        ++parts;
        ++i;
    }
    return parts >= 3 && parts <= 4;
}

std::string regionFromZone(std::string_view zone)
{
    while (!zone.empty() && std::islower(static_cast<unsigned char>(zone.back())))
        zone.remove_suffix(1);
    if (isRegionName(zone))
        return std::string(zone);
    // Local and Wavelength zones: "us-west-2-lax-1a" -> "us-west-2".
    for (size_t dash = zone.find('-'); dash != std::string_view::npos;
         dash = zone.find('-', dash + 1)) {
        if (isRegionName(zone.substr(0, dash)))
            return std::string(zone.substr(0, dash));
    }
    return {};
}

std::string regionFromArn(std::string_view arn)
{
    // arn:partition:service:region:account:resource
    size_t start = 0;
    for (int field = 0; field < 3; ++field) {
        start = arn.find(':', start);
        if (start == std::string_view::npos)
            return {};
        ++start;
    }
    const auto end = arn.find(':', start);
    if (end == std::string_view::npos)
        return {};
    const auto region = arn.substr(start, end - start);
    return isRegionName(region) ? std::string(region) : std::string();
}

} // namespace mailpath::core::aws
