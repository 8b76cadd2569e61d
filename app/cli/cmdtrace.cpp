#include "cli.h"
#include "tracetable.h"

#include "core/sim/fixcode.h"
#include "core/sim/simulator.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace mailpath::cli {

namespace {

bool parseTls(const std::string &text, core::TlsMode &mode)
{
    if (text == "auto")
        mode = core::TlsMode::Auto;
    else if (text == "none")
        mode = core::TlsMode::None;
    else if (text == "starttls")
        mode = core::TlsMode::StartTls;
    else if (text == "implicit" || text == "smtps")
        mode = core::TlsMode::Implicit;
    else
        return false;
    return true;
}

const char *fixLanguageTitle(core::FixLanguage language)
{
    switch (language) {
    case core::FixLanguage::Terraform: return "Terraform (HCL)";
    case core::FixLanguage::CloudFormation: return "CloudFormation (YAML)";
    case core::FixLanguage::AwsCli: return "AWS CLI";
    }
    return "";
}

std::string indented(const std::string &text, const std::string &prefix)
{
    std::string out;
    size_t start = 0;
    while (start < text.size()) {
        const size_t end = text.find('\n', start);
        const size_t stop = end == std::string::npos ? text.size() : end;
        out += prefix + text.substr(start, stop - start) + "\n";
        start = stop + 1;
    }
    return out;
}

int runTrace(const Args &args)
{
    if (args.positional.size() != 1)
        return usageError("trace needs exactly one SOURCE (see --help)");
    const auto from = args.value("from");
    const auto to = args.value("to");
    const auto portText = args.value("port");
    if (!from || !to || !portText)
        return usageError("trace needs --from EP, --to EP and --port N");
    const auto port = parsePort(*portText);
    if (!port)
        return usageError("--port must be a number from 1 to 65535, not \"" + *portText + "\"");
    core::Query query;
    query.from = *from;
    query.to = *to;
    query.port = *port;
    query.op25bLifted = args.list("lift-op25b");
    query.mailFrom = args.value("mail-from").value_or("");
    query.rcptTo = args.value("rcpt-to").value_or("");
    if (const auto tls = args.value("tls"); tls && !parseTls(*tls, query.tls))
        return usageError("--tls must be auto, none, starttls or implicit");
    long repeat = 1;
    if (const auto r = args.value("repeat")) {
        repeat = std::strtol(r->c_str(), nullptr, 10); // 1..100,000 checked by checkArgs
    }
    core::Design design;
    core::Diagnostics diagnostics;
    if (!loadSourceOrReport(args.positional.front(), design, diagnostics, args))
        return ExitUsage;
    const core::Simulator simulator(design);
    core::Trace trace;
    for (long i = 0; i < repeat; ++i)
        trace = simulator.trace(query);
    const auto code = core::fixCodeForTrace(simulator, trace);
    if (args.has("json")) {
        auto json = core::traceToJson(trace);
        if (json["blocked_at"].is_object())
            json["blocked_at"]["fix_code"] =
                code ? nlohmann::json{{"language", core::toString(code->language)},
                                      {"text", code->text}}
                     : nlohmann::json();
        std::cout << json.dump(2) << "\n";
    } else {
        printTrace(std::cout, trace);
        if (code)
            std::cout << "\nfix as " << fixLanguageTitle(code->language) << ":\n"
                      << indented(code->text, "  ");
    }
    return trace.delivered() ? ExitOk : ExitDiffers;
}

const bool registered = registerCommand(
    {"trace",
     "trace   SOURCE --from EP --to EP --port N [--json] [--lift-op25b ID]... [--repeat N] "
     "[--tls auto|none|starttls|implicit] [--mail-from ADDR] [--rcpt-to ADDR]",
     withSourceOptions({"from", "to", "port", "lift-op25b", "repeat", "tls", "mail-from",
                        "rcpt-to"}),
     runTrace,
     {"json"},
     {{"repeat", {1, 100'000}}}});

} // namespace
} // namespace mailpath::cli
