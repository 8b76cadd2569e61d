// YAML templates through yaml-cpp: short-form tags become the long form CloudFormation
// documents, so one resolver serves JSON and YAML templates.

#include "iacsource.h"

#include <yaml-cpp/yaml.h>

#include <cctype>

namespace mailpath::core {

namespace {

using Json = nlohmann::json;

constexpr int maxYamlDepth = 256;

bool isInteger(const std::string &text)
{
    if (text.empty() || text.size() > 15)
        return false;
    size_t i = text[0] == '-' ? 1 : 0;
    if (i == text.size() || (text[i] == '0' && text.size() > i + 1))
        return false;
    for (; i < text.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
            return false;
    return true;
}

Json scalar(const YAML::Node &node)
{
    const std::string &text = node.Scalar();
    if (node.Tag() == "!")
        return text; // quoted: always a string
    if (text == "true" || text == "True")
        return true;
    if (text == "false" || text == "False")
        return false;
    if (text == "null" || text == "~" || text.empty())
        return nullptr;
    if (isInteger(text))
        return std::stoll(text);
    return text;
}

Json convert(const YAML::Node &node, int depth);

Json untagged(const YAML::Node &node, int depth)
{
    if (depth > maxYamlDepth)
        throw YAML::ParserException(node.Mark(), "nested too deeply");
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        Json object = Json::object();
        for (const auto &entry : node)
            object[entry.first.as<std::string>()] = convert(entry.second, depth + 1);
        return object;
    }
    case YAML::NodeType::Sequence: {
        Json array = Json::array();
        for (const auto &item : node)
            array.push_back(convert(item, depth + 1));
        return array;
    }
    case YAML::NodeType::Scalar:
        return scalar(node);
    default:
        return nullptr;
    }
}

// !GetAtt a.b is the short form of {"Fn::GetAtt": ["a", "b"]}.
Json getAtt(const Json &value)
{
    if (!value.is_string())
        return value;
    const std::string text = value.get<std::string>();
    const auto dot = text.find('.');
    if (dot == std::string::npos)
        return Json::array({text});
    return Json::array({text.substr(0, dot), text.substr(dot + 1)});
}

Json convert(const YAML::Node &node, int depth)
{
    const std::string &tag = node.Tag();
    if (tag.size() < 2 || tag[0] != '!' || tag == "!" || tag.starts_with("!!")
        || tag.starts_with("tag:"))
        return untagged(node, depth);
    const std::string name = tag.substr(1);
    Json inner = untagged(node, depth);
    if (name == "Ref")
        return Json{{"Ref", inner}};
    if (name == "Condition")
        return Json{{"Condition", inner}};
    if (name == "GetAtt")
        return Json{{"Fn::GetAtt", getAtt(inner)}};
    return Json{{"Fn::" + name, inner}};
}

} // namespace

bool looksLikeYamlTemplate(const std::string &text)
{
    for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c)))
            continue;
        return c != '{' && c != '[';
    }
    return false;
}

bool parseYamlText(const std::string &text, const std::string &fileName, Json &out,
                   InputError &error)
{
    try {
        const YAML::Node root = YAML::Load(text);
        out = convert(root, 0);
        return true;
    } catch (const YAML::Exception &e) {
        error = {fileName, e.mark.line + 1, e.mark.column + 1, e.msg};
        return false;
    }
}

} // namespace mailpath::core
