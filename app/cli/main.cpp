#include "cli.h"

#include <iostream>

#ifndef MAILPATH_VERSION
#define MAILPATH_VERSION "0.0.0"
#endif

using namespace mailpath::cli;

namespace {

void printHelp(std::ostream &out)
{
    out << "mailpath-cli " MAILPATH_VERSION
           " - simulate SMTP connections and their replies through AWS networks\n\n"
           "usage: mailpath-cli COMMAND SOURCE [options]\n\n"
           "SOURCE is a MailPath design (*.mailpath.json), an AWS snapshot folder\n"
           "(describe-* JSON files, per-region folders or accounts/<id>/<region>/) or file,\n"
           "Terraform JSON (terraform show -json of a plan or state, terraform.tfstate v4) or a\n"
           "CloudFormation template (JSON or YAML), told apart by content.\n\n"
           "commands:\n";
    for (const auto &[name, command] : commands())
        out << "  " << command.synopsis << "\n";
    out << "\nevery command reading a SOURCE also takes:\n"
           "  --format auto|design|snapshot|terraform|cloudformation   insist on the format\n"
           "  --parameter KEY=VALUE   a CloudFormation parameter (repeatable)\n"
           "  --region R              the Region, when the source does not say\n";
    out << "\nexit status: 0 delivered / as expected, 1 blocked / differs, 2 usage or input error\n";
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        printHelp(std::cerr);
        return ExitUsage;
    }
    const std::string first = argv[1];
    if (first == "--version" || first == "-V") {
        std::cout << "mailpath-cli " MAILPATH_VERSION "\n";
        return ExitOk;
    }
    if (first == "--help" || first == "-h" || first == "help") {
        printHelp(std::cout);
        return ExitOk;
    }
    const auto it = commands().find(first);
    if (it == commands().end())
        return usageError("unknown command \"" + first + "\" (see --help)");
    const Args args = parseArgs(argc, argv, 2, it->second.valuedOptions);
    if (args.has("help")) {
        std::cout << "usage: mailpath-cli " << it->second.synopsis << "\n";
        return ExitOk;
    }
    if (const auto error = checkArgs(args, it->second); !error.empty())
        return usageError(error);
    if (const auto output = args.value("output"))
        if (const auto error = checkOutputPath(*output); !error.empty())
            return usageError(error);
    try {
        return it->second.run(args);
    } catch (const std::exception &e) {
        return usageError(std::string("internal error: ") + e.what());
    }
}
