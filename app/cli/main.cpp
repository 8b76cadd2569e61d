#include "cli.h"

#include "app/base/language.h"

#include <cstring>
#include <iostream>
#include <vector>

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
    out << "\nexit status: 0 delivered / as expected, 1 blocked / differs, 2 usage or input error\n"
           "\n--lang ja|en (any command): the language of human output and exports; by default\n"
           "LC_ALL / LC_MESSAGES / LANG. JSON and CSV keep their codes and English text.\n";
}

/**
 * Takes "--lang X" / "--lang=X" out of the arguments (every command accepts it) and makes
 * the language current; the default follows the locale. Returns an error text or "".
 */
std::string takeLanguage(int &argc, char **argv)
{
    QString choice;
    std::vector<char *> kept;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
            choice = QString::fromLocal8Bit(argv[++i]);
            if (choice.isEmpty())
                return "--lang needs ja or en";
        } else if (std::strncmp(argv[i], "--lang=", 7) == 0) {
            choice = QString::fromLocal8Bit(argv[i] + 7);
        } else if (std::strcmp(argv[i], "--lang") == 0) {
            return "--lang needs ja or en";
        } else {
            kept.push_back(argv[i]);
        }
    }
    if (!choice.isEmpty() && !choice.startsWith(QLatin1String("ja"))
        && !choice.startsWith(QLatin1String("en")))
        return "--lang takes ja or en, not \"" + choice.toStdString() + "\"";
    for (size_t i = 0; i < kept.size(); ++i)
        argv[i] = kept[i];
    argc = int(kept.size());
    mailpath::app::applyLanguage(mailpath::app::resolveLanguage(choice));
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    if (const auto error = takeLanguage(argc, argv); !error.empty())
        return usageError(error);
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
