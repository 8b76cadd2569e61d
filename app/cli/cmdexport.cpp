// mailpath-cli export SOURCE -o OUT.{svg,png,pdf,drawio,vsdx,html} [--flow FROM,TO,PORT] [--dpi N]
// [--paper A4|A3|Letter|auto[-portrait|-landscape]] [--author NAME]:
// the diagram (or, with --report or .html, the report) rendered headless (DESIGN §4).

#include "cli.h"

#include "app/export/exporter.h"

#include <QApplication>

#include <QString>

#include <charconv>
#include <iostream>

namespace mailpath::cli {

namespace {

std::optional<core::Query> parseFlow(const std::string &text, std::string &error)
{
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t comma; (comma = text.find(',', start)) != std::string::npos; start = comma + 1)
        parts.push_back(text.substr(start, comma - start));
    parts.push_back(text.substr(start));
    if (parts.size() != 3 || parts[0].empty() || parts[1].empty()) {
        error = "--flow wants FROM,TO,PORT (e.g. web-1,email-smtp.us-east-1.amazonaws.com,587)";
        return std::nullopt;
    }
    const auto port = parsePort(parts[2]);
    if (!port) {
        error = "--flow: \"" + parts[2] + "\" is not a port (1-65535)";
        return std::nullopt;
    }
    return core::Query{parts[0], parts[1], *port, {}, {}};
}

std::optional<int> parseDpi(const std::string &text)
{
    int value = 0;
    const auto *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || value < 24 || value > 2400)
        return std::nullopt;
    return value;
}

/** "A4", "a3-landscape", "Letter-portrait", "auto": size and optional orientation. */
std::string parsePaper(const std::string &text, app::ExportSettings &settings)
{
    QString value = QString::fromStdString(text).toLower();
    if (value.endsWith(QLatin1String("-landscape")) || value.endsWith(QLatin1String("-portrait"))) {
        const bool landscape = value.endsWith(QLatin1String("-landscape"));
        settings.orientation = landscape ? app::Orientation::Landscape : app::Orientation::Portrait;
        value.truncate(value.lastIndexOf(QLatin1Char('-')));
    }
    if (value == QLatin1String("a4"))
        settings.paper = app::Paper::A4;
    else if (value == QLatin1String("a3"))
        settings.paper = app::Paper::A3;
    else if (value == QLatin1String("letter"))
        settings.paper = app::Paper::Letter;
    else if (value == QLatin1String("auto"))
        settings.paper = app::Paper::Auto;
    else
        return "--paper wants A4, A3, Letter or auto, optionally with -portrait or -landscape"
               " (e.g. A4-landscape)";
    return {};
}

/** Fills settings from the options; returns an error message or "". */
std::string settingsFromArgs(const Args &args, const std::string &output,
                             app::ExportSettings &settings)
{
    const auto format = app::Exporter::formatForPath(QString::fromStdString(output),
                                                     args.has("report"));
    if (!format)
        return "cannot tell the format of " + output
               + " (use .svg .png .pdf .drawio .vsdx or .html)";
    settings.format = *format;
    if (const auto dpi = args.value("dpi")) {
        const auto value = parseDpi(*dpi);
        if (!value)
            return "--dpi wants a number from 24 to 2400";
        settings.dpi = *value;
    }
    if (const auto flow = args.value("flow")) {
        std::string error;
        settings.flow = parseFlow(*flow, error);
        if (!settings.flow)
            return error;
    }
    if (const auto id = args.value("flow-id"))
        settings.flowId = QString::fromStdString(*id);
    if (const auto title = args.value("title"))
        settings.title = QString::fromStdString(*title);
    if (const auto author = args.value("author"))
        settings.author = QString::fromStdString(*author);
    if (const auto paper = args.value("paper")) {
        const auto value = parsePaper(*paper, settings);
        if (!value.empty())
            return value;
    }
    return {};
}

int runExport(const Args &args)
{
    if (args.positional.size() != 1)
        return usageError("export needs exactly one SOURCE (see --help)");
    const auto output = args.value("output");
    if (!output || output->empty())
        return usageError("export needs -o OUT.{svg,png,pdf,drawio,vsdx,html}");
    app::ExportSettings settings;
    if (const auto error = settingsFromArgs(args, *output, settings); !error.empty())
        return usageError(error);

    core::Design design;
    core::Diagnostics diagnostics;
    if (!loadSourceOrReport(args.positional.front(), design, diagnostics, args))
        return ExitUsage;

    // Headless: the canvas's scene needs a QApplication (widgets), never a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "mailpath-cli";
    static char *argv[] = {name, nullptr};
    QApplication application(argc, argv);

    app::Exporter exporter(design);
    const auto result = exporter.exportTo(QString::fromStdString(*output), settings);
    if (result != app::ExportResult::Ok)
        return usageError(exporter.errorString().toStdString());
    std::cout << "wrote " << *output << "\n";
    return ExitOk;
}

const bool registered = registerCommand(
    {"export",
     "export  SOURCE -o OUT.{svg,png,pdf,drawio,vsdx,html} [--flow FROM,TO,PORT] [--flow-id ID] "
     "[--dpi N] [--report] [--title T] [--author NAME] [--paper A4|A3|Letter|auto[-portrait|"
     "-landscape]]",
     withSourceOptions({"output", "flow", "flow-id", "dpi", "title", "author", "paper"}), runExport, {"report"},
     {{"dpi", {24, 2400}}}});

} // namespace

} // namespace mailpath::cli
