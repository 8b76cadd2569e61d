#include "designfile.h"

#include <algorithm>
#include <cstdint>

namespace mailpath::core {

namespace key {
constexpr const char *format = "format";
constexpr const char *version = "version";
constexpr const char *name = "name";
constexpr const char *description = "description";
constexpr const char *assumptions = "assumptions";
constexpr const char *origin = "origin";
constexpr const char *resources = "resources";
constexpr const char *layout = "layout";
constexpr const char *flows = "flows";
} // namespace key

nlohmann::json designToJson(const Design &design)
{
    nlohmann::json root;
    root[key::format] = "mailpath";
    root[key::version] = designFormatVersion;
    root[key::name] = design.name;
    root[key::description] = design.description;
    root[key::assumptions] = design.assumptions;
    if (!design.origin.empty())
        root[key::origin] = design.origin;
    nlohmann::json resources = nlohmann::json::object();
    design.forEachStore([&](const auto &map) {
        using T = typename std::decay_t<decltype(map)>::mapped_type;
        if (map.empty())
            return;
        std::vector<const T *> items;
        items.reserve(map.size());
        for (const auto &[id, r] : map)
            items.push_back(&r);
        std::sort(items.begin(), items.end(), [](auto *a, auto *b) { return a->id < b->id; });
        auto &array = resources[std::string(kindName(T::kind))];
        array = nlohmann::json::array();
        for (const auto *r : items)
            array.push_back(*r);
    });
    root[key::resources] = std::move(resources);
    root[key::layout] = design.layout();
    root[key::flows] = design.flows();
    return root;
}

std::string serializeDesign(const Design &design)
{
    return designToJson(design).dump(2) + '\n';
}

bool isDesignJson(const nlohmann::json &json)
{
    return json.is_object() && json.contains(key::format)
           && json[key::format] == nlohmann::json("mailpath");
}

namespace {

bool fail(InputError &error, const std::string &file, std::string message)
{
    error.file = file;
    error.line = 0;
    error.column = 0;
    error.message = std::move(message);
    return false;
}

bool readResources(const nlohmann::json &resources, const std::string &file, Design &design,
                   InputError &error)
{
    for (const auto &[kindText, items] : resources.items()) {
        const auto kind = kindFromName(kindText);
        if (!kind)
            return fail(error, file, "resources: unknown resource kind \"" + kindText + "\"");
        if (!items.is_array())
            return fail(error, file, "resources." + kindText + ": expected an array");
        for (size_t i = 0; i < items.size(); ++i) {
            const auto &item = items[i];
            const std::string where = "resources." + kindText + "[" + std::to_string(i) + "]";
            if (!item.is_object() || !item.contains("id") || !item["id"].is_string())
                return fail(error, file, where + ": expected an object with a string \"id\"");
            const auto id = item["id"].get<std::string>();
            if (design.contains(id))
                return fail(error, file, where + " (" + id + "): duplicate id");
            try {
                design.putResourceJson(*kind, item);
            } catch (const std::exception &e) {
                std::string what = e.what();
                if (const auto pos = what.find("] "); what.starts_with("[json.exception")
                                                      && pos != std::string::npos)
                    what = what.substr(pos + 2);
                return fail(error, file, where + " (" + id + "): " + what);
            }
        }
    }
    return true;
}

} // namespace

bool designFromJson(const nlohmann::json &json, const std::string &file, Design &out,
                    InputError &error)
{
    if (!json.is_object())
        return fail(error, file, "not a MailPath design: the top level is not an object");
    if (!isDesignJson(json))
        return fail(error, file, "not a MailPath design: missing \"format\": \"mailpath\"");
    const auto &version = json.value(key::version, nlohmann::json());
    if (!version.is_number_integer())
        return fail(error, file, "\"version\" must be an integer");
    // A huge unsigned number wraps to a negative one: refused as unknown either way.
    const auto number = version.get<std::int64_t>();
    if (number > designFormatVersion)
        return fail(error, file,
                    "written by a newer MailPath (format version " + version.dump()
                        + "; this one reads up to " + std::to_string(designFormatVersion) + ")");
    if (number < 1)
        return fail(error, file,
                    "format version " + version.dump() + " is not one MailPath knows (this one "
                        "reads 1 to " + std::to_string(designFormatVersion) + ")");
    Design design;
    try {
        design.name = json.value(key::name, std::string());
        design.description = json.value(key::description, std::string());
        design.origin = json.value(key::origin, std::string());
        if (json.contains(key::assumptions))
            design.assumptions = json[key::assumptions].get<Assumptions>();
        if (json.contains(key::resources)) {
            if (!json[key::resources].is_object())
                return fail(error, file, "\"resources\" must be an object");
            if (!readResources(json[key::resources], file, design, error))
                return false;
        }
        if (json.contains(key::layout))
            design.setLayoutSilently(json[key::layout].get<Layout>());
        if (json.contains(key::flows))
            design.setFlows(json[key::flows].get<std::vector<ExpectedFlow>>());
    } catch (const std::exception &e) {
        return fail(error, file, e.what());
    }
    out = std::move(design);
    return true;
}

bool readDesignFile(const std::string &path, Design &out, InputError &error)
{
    nlohmann::json json;
    if (!parseJsonFile(path, json, error))
        return false;
    return designFromJson(json, path, out, error);
}

bool writeDesignFile(const Design &design, const std::string &path, std::string &error)
{
    return writeFileAtomically(path, serializeDesign(design), error);
}

} // namespace mailpath::core
