#pragma once

#include "core/io/diagnostics.h"
#include "core/io/iacsource.h"
#include "core/model/design.h"

#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mailpath::cli {

/** Exit statuses of the command-line contract (DESIGN §4). */
enum ExitCode { ExitOk = 0, ExitDiffers = 1, ExitUsage = 2 };

/**
 * Parsed arguments: positionals in order, options by name ("--port" -> "port") with every
 * value given (repeatable options), flags with an empty value.
 */
class Args
{
public:
    std::vector<std::string> positional;
    /** Single-dash arguments other than -o and "-", as typed: no command takes them. */
    std::vector<std::string> unknownShort;
    std::map<std::string, std::vector<std::string>> options;

    bool has(const std::string &name) const { return options.count(name) > 0; }
    std::optional<std::string> value(const std::string &name) const;
    std::vector<std::string> values(const std::string &name) const;
    /** Values of a repeatable option, each also split on commas. */
    std::vector<std::string> list(const std::string &name) const;
};

/** Options that take a value; anything else starting with "--" is a flag. */
Args parseArgs(int argc, char **argv, int first, const std::vector<std::string> &valued);

/** Whole numbers an option accepts, e.g. --threads 0..256. */
struct NumberRange
{
    long long min = 0;
    long long max = 0;
};

struct Command
{
    std::string name;
    std::string synopsis;
    std::vector<std::string> valuedOptions;
    std::function<int(const Args &)> run;
    /** Options without a value; any option not listed here or in valuedOptions is refused. */
    std::vector<std::string> flags = {};
    /** Valued options that must be whole numbers in a range (checked before run). */
    std::map<std::string, NumberRange> ranges = {};
};

bool registerCommand(Command command);
/**
 * The usage error for arguments the command does not take ("" when they are fine): an
 * unknown option (named as typed), a missing value, a number outside its range.
 */
std::string checkArgs(const Args &args, const Command &command);
/**
 * The usage error for an output path ("" when fine): only a new path or an existing regular
 * file (also through a symbolic link) is written; a FIFO, device or folder is refused.
 */
std::string checkOutputPath(const std::string &path);
const std::map<std::string, Command> &commands();

/** Prints "mailpath-cli: message" to stderr and returns ExitUsage. */
int usageError(const std::string &message);

/**
 * Loads SOURCE (a native design or an AWS snapshot folder/file). On failure prints the
 * error (file, line, column) to stderr and returns false; also when the snapshot contradicts
 * itself (the same resource id twice with different contents), naming both places.
 */
bool loadSourceOrReport(const std::string &source, core::Design &design,
                        core::Diagnostics &diagnostics, const core::IacOptions &options = {});

/** The same, with --format, --parameter and --region read from args (usage errors printed). */
bool loadSourceOrReport(const std::string &source, core::Design &design,
                        core::Diagnostics &diagnostics, const Args &args);

/** The valued options every command reading a SOURCE takes: --format, --parameter, --region. */
std::vector<std::string> withSourceOptions(std::vector<std::string> valued);
/** Reads --format, --parameter and --region; the usage error ("" when fine). */
std::string readSourceOptions(const Args &args, core::IacOptions &options);

/** Parses a port number 1..65535. */
std::optional<uint16_t> parsePort(const std::string &text);

} // namespace mailpath::cli
