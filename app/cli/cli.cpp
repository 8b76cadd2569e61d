#include "cli.h"

#include "core/io/source.h"

#include <algorithm>
#include <charconv>
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
        } else if (arg == "-o" && i + 1 < argc) {
            args.options["output"].push_back(argv[++i]);
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

int usageError(const std::string &message)
{
    std::cerr << "mailpath-cli: " << message << "\n";
    return ExitUsage;
}

bool loadSourceOrReport(const std::string &source, core::Design &design,
                        core::Diagnostics &diagnostics)
{
    core::InputError error;
    if (!core::loadSource(source, design, diagnostics, error)) {
        std::cerr << "mailpath-cli: " << error.toString() << "\n";
        return false;
    }
    return true;
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
