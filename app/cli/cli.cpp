#include "cli.h"

#include "core/io/source.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iostream>

namespace mailpath::cli {

std::optional<std::string> Args::value(const std::string &name) const
{
    const auto it = options.find(name);
    if (it == options.end() || it->second.empty())
        return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Args::values(const std::string &name) const
{
    const auto it = options.find(name);
    return it == options.end() ? std::vector<std::string>() : it->second;
}

std::vector<std::string> Args::list(const std::string &name) const
{
    std::vector<std::string> result;
    for (const auto &v : values(name)) {
        size_t start = 0;
        while (start <= v.size()) {
            const auto comma = v.find(',', start);
            const auto part = v.substr(start, comma == std::string::npos ? std::string::npos
                                                                          : comma - start);
            if (!part.empty())
                result.push_back(part);
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
    }
    return result;
}

Args parseArgs(int argc, char **argv, int first, const std::vector<std::string> &valued)
{
    Args args;
    for (int i = first; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg.size() > 2 && arg.starts_with("--")) {
            std::string name = arg.substr(2);
            std::string value;
            const auto eq = name.find('=');
            const bool takesValue = std::find(valued.begin(), valued.end(),
                                              name.substr(0, eq)) != valued.end();
            if (eq != std::string::npos) {
                value = name.substr(eq + 1);
                name = name.substr(0, eq);
            } else if (takesValue && i + 1 < argc) {
                value = argv[++i];
            } else if (takesValue) {
                value = "\x01missing";
            }
            args.options[name].push_back(value);
        } else if (arg == "-o") {
            args.options["output"].push_back(i + 1 < argc ? argv[++i] : "\x01missing");
        } else if (arg.size() > 1 && arg[0] == '-') {
            args.unknownShort.push_back(arg);
        } else {
            args.positional.push_back(arg);
        }
    }
    return args;
}

namespace {
std::map<std::string, Command> &registry()
{
    static std::map<std::string, Command> commands;
    return commands;
}
} // namespace

bool registerCommand(Command command)
{
    const auto name = command.name;
    registry().emplace(name, std::move(command));
    return true;
}

const std::map<std::string, Command> &commands()
{
    return registry();
}

namespace {

bool contains(const std::vector<std::string> &list, const std::string &name)
{
    return std::find(list.begin(), list.end(), name) != list.end();
}

std::string checkRange(const std::string &name, const std::string &text, NumberRange range)
{
    long long value = 0;
    const auto *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec == std::errc() && ptr == end && value >= range.min && value <= range.max)
        return {};
    return "--" + name + " must be a whole number from " + std::to_string(range.min) + " to "
           + std::to_string(range.max) + ", not \"" + text + "\"";
}

} // namespace

std::string checkArgs(const Args &args, const Command &command)
{
    if (!args.unknownShort.empty())
        return "unknown option \"" + args.unknownShort.front() + "\" for " + command.name
               + " (see --help)";
    for (const auto &[name, values] : args.options) {
        const bool valued = contains(command.valuedOptions, name);
        if (!valued && !contains(command.flags, name) && name != "help")
            return "unknown option \"" + (name == "output" ? std::string("-o") : "--" + name)
                   + "\" for " + command.name + " (see --help)";
        for (const auto &v : values) {
            if (v == "\x01missing")
                return (name == "output" ? std::string("-o") : "--" + name) + " needs a value";
            if (!valued && !v.empty())
                return "--" + name + " takes no value";
        }
        if (const auto range = command.ranges.find(name); range != command.ranges.end())
            for (const auto &v : values)
                if (auto error = checkRange(name, v, range->second); !error.empty())
                    return error;
    }
    return {};
}

std::string checkOutputPath(const std::string &path)
{
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec); // follows symbolic links
    if (ec && status.type() != std::filesystem::file_type::not_found)
        return "cannot write " + path + ": " + ec.message();
    switch (status.type()) {
    case std::filesystem::file_type::not_found:
    case std::filesystem::file_type::regular: return {};
    case std::filesystem::file_type::directory: return "cannot write " + path + ": it is a folder";
    default:
        return "cannot write " + path + ": not a regular file (a pipe, device or socket); "
               "write to a new path or a regular file";
    }
}

int usageError(const std::string &message)
{
    std::cerr << "mailpath-cli: " << message << "\n";
    return ExitUsage;
}

std::vector<std::string> withSourceOptions(std::vector<std::string> valued)
{
    for (const char *name : {"format", "parameter", "region"})
        valued.emplace_back(name);
    return valued;
}

std::string readSourceOptions(const Args &args, core::IacOptions &options)
{
    if (const auto format = args.value("format")) {
        const auto parsed = core::sourceFormatFromString(*format);
        if (!parsed)
            return "--format takes auto, design, snapshot, terraform or cloudformation, not \""
                   + *format + "\"";
        options.format = *parsed;
    }
    for (const auto &p : args.values("parameter")) {
        const auto eq = p.find('=');
        if (eq == std::string::npos || eq == 0)
            return "--parameter takes KEY=VALUE, not \"" + p + "\"";
        options.parameters[p.substr(0, eq)] = p.substr(eq + 1);
    }
    options.region = args.value("region").value_or("");
    return {};
}

bool loadSourceOrReport(const std::string &source, core::Design &design,
                        core::Diagnostics &diagnostics, const core::IacOptions &options)
{
    core::InputError error;
    if (!core::loadSource(source, design, diagnostics, error, options)) {
        std::cerr << "mailpath-cli: " << error.toString() << "\n";
        return false;
    }
    // A snapshot that contradicts itself has no trustworthy answer: refuse it (exit 2).
    bool conflicting = false;
    for (const auto &d : diagnostics)
        if (d.conflict) {
            std::cerr << "mailpath-cli: " << d.file << ": " << d.message << "\n";
            conflicting = true;
        }
    return !conflicting;
}

bool loadSourceOrReport(const std::string &source, core::Design &design,
                        core::Diagnostics &diagnostics, const Args &args)
{
    core::IacOptions options;
    if (const auto usage = readSourceOptions(args, options); !usage.empty()) {
        usageError(usage);
        return false;
    }
    return loadSourceOrReport(source, design, diagnostics, options);
}

std::optional<uint16_t> parsePort(const std::string &text)
{
    unsigned value = 0;
    const auto *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || value == 0 || value > 65535)
        return std::nullopt;
    return uint16_t(value);
}

} // namespace mailpath::cli
