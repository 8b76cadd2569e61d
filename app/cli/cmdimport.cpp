// mailpath-cli import SOURCE -o DESIGN.mailpath.json: an AWS snapshot (or a design whose
// layout is incomplete) becomes a native design with an automatic layout (DESIGN §4).

#include "cli.h"

#include "core/io/designfile.h"
#include "core/layout/autolayout.h"

#include <chrono>
#include <filesystem>
#include <iostream>

namespace mailpath::cli {

namespace {

using Clock = std::chrono::steady_clock;

long long msSince(Clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

void printSummary(const core::Design &design, const core::Diagnostics &diagnostics,
                  const std::string &output, long long loadMs, long long layoutMs)
{
    std::string counts;
    for (int i = 0; i < core::resourceKindCount; ++i) {
        const auto kind = core::ResourceKind(i);
        if (const size_t n = design.count(kind); n > 0)
            counts += (counts.empty() ? " " : ", ") + std::to_string(n) + " "
                      + std::string(core::kindName(kind));
    }
    std::cout << "imported " << design.resourceCount() << " resources:" << counts << "\n"
              << "read in " << loadMs << " ms, laid out " << design.layout().size()
              << " diagram boxes in " << layoutMs << " ms\n"
              << "wrote " << output << "\n";
    if (diagnostics.empty())
        return;
    std::cout << diagnostics.size() << " diagnostics:\n";
    for (const auto &d : diagnostics) {
        std::cout << "  " << core::toString(d.severity) << "  "
                  << (d.resource.empty() ? "-" : d.resource) << "  " << d.message;
        if (!d.file.empty())
            std::cout << "  [" << d.file << "]";
        std::cout << "\n";
    }
}

std::string defaultName(const std::string &source)
{
    auto path = std::filesystem::path(source).lexically_normal();
    if (!path.has_filename())
        path = path.parent_path();
    return path.filename().string();
}

int runImport(const Args &args)
{
    if (args.positional.size() != 1)
        return usageError("import needs exactly one SOURCE (see --help)");
    const auto output = args.value("output");
    if (!output || output->empty())
        return usageError("import needs -o DESIGN.mailpath.json");
    const std::string &source = args.positional.front();
    std::error_code ec;
    if (std::filesystem::equivalent(source, *output, ec))
        return usageError("the output " + *output + " is the SOURCE itself");

    const auto start = Clock::now();
    core::Design design;
    core::Diagnostics diagnostics;
    if (!loadSourceOrReport(source, design, diagnostics, args))
        return ExitUsage;
    const auto loadMs = msSince(start);
    const auto layoutStart = Clock::now();
    core::fillMissingLayout(design);
    const auto layoutMs = msSince(layoutStart);
    if (design.name.empty())
        design.name = defaultName(source);

    std::string error;
    if (!core::writeDesignFile(design, *output, error))
        return usageError("cannot write " + *output + ": " + error);
    printSummary(design, diagnostics, *output, loadMs, layoutMs);
    return ExitOk;
}

const bool registered = registerCommand(
    {"import", "import  SOURCE -o DESIGN.mailpath.json   any SOURCE -> design with automatic layout",
     withSourceOptions({"output"}), runImport});

} // namespace

} // namespace mailpath::cli
