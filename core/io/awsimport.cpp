// The AWS snapshot importer's front: finds the describe-* files of a snapshot folder,
// recognises each by its top-level key, hands the arrays to the resource readers, then
// resolves the links that span files and checks the result.

#include "awsimport.h"

#include "../model/lifecycle.h"
#include "../model/validate.h"
#include "designchecks.h"
#include "awscontext.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace mailpath::core {

namespace aws {

void ImportContext::note(Severity severity, std::string resource, std::string message,
                         std::string inFile)
{
    m_diagnostics.push_back({severity, inFile.empty() ? file : std::move(inFile),
                             std::move(resource), std::move(message)});
}

bool ImportContext::sameApartFromNames(nlohmann::json a, nlohmann::json b)
{
    for (auto *j : {&a, &b}) {
        j->erase("name");
        j->erase("tags");
    }
    return a == b;
}

void ImportContext::reportConflict(const std::string &id)
{
    const auto first = m_seenIn.find(id);
    const std::string firstFile = first == m_seenIn.end() ? std::string() : first->second;
    const std::string where = firstFile == file ? "twice in " + file
                                                : "in " + firstFile + " and in " + file;
    Diagnostic d{Severity::Error, file, id,
                 id + " is described " + where + " with different contents; the first is used "
                      "and results that depend on it are not trusted"};
    d.conflict = true;
    m_diagnostics.push_back(std::move(d));
}

void ImportContext::seeZone(const std::string &zone)
{
    if (auto region = regionFromZone(zone); !region.empty())
        ++m_regionVotes[region];
}

std::string ImportContext::dominantRegion() const
{
    if (!region.empty())
        return region;
    const auto best = std::max_element(m_regionVotes.begin(), m_regionVotes.end(),
                                       [](const auto &a, const auto &b) {
                                           return a.second < b.second;
                                       });
    return best == m_regionVotes.end() ? std::string() : best->first;
}

} // namespace aws

namespace {

using aws::ImportContext;
using aws::Json;
namespace fs = std::filesystem;

struct KnownKey
{
    std::string_view key;
    aws::Reader reader;
};

// Order matters only for readability; links between resources are resolved afterwards.
constexpr KnownKey knownKeys[] = {
    {"Vpcs", aws::readVpcs},
    {"Subnets", aws::readSubnets},
    {"RouteTables", aws::readRouteTables},
    {"SecurityGroups", aws::readSecurityGroups},
    {"NetworkAcls", aws::readNetworkAcls},
    {"InternetGateways", aws::readInternetGateways},
    {"NatGateways", aws::readNatGateways},
    {"NetworkInterfaces", aws::readNetworkInterfaces},
    {"Reservations", aws::readReservations},
    {"Addresses", aws::readAddresses},
    {"VpcEndpoints", aws::readVpcEndpoints},
    {"ServiceDetails", aws::readEndpointServices},
    {"VpcPeeringConnections", aws::readPeeringConnections},
    {"PrefixLists", aws::readPrefixLists},
    {"TransitGateways", aws::readTransitGateways},
    {"TransitGatewayAttachments", aws::readTgwAttachments},
    {"TransitGatewayVpcAttachments", aws::readTgwVpcAttachments},
    {"TransitGatewayPeeringAttachments", aws::readTgwPeeringAttachments},
    {"TransitGatewayRouteTables", aws::readTgwRouteTables},
    {"TransitGatewayPropagations", aws::readTgwPropagations},
    {"TransitGatewayStaticRoutes", aws::readTgwStaticRoutes},
    {"LoadBalancers", aws::readLoadBalancers},
    {"TargetGroups", aws::readTargetGroups},
    {"LoadBalancerListeners", aws::readListenerAggregate},
    {"Listeners", aws::readListeners},
    {"LoadBalancerTargetHealth", aws::readTargetHealthAggregate},
    {"LoadBalancerAttributes", aws::readAttributeAggregate},
    {"LoadBalancerDescriptions", aws::readClassicLoadBalancers},
    {"ClassicLoadBalancerInstanceHealth", aws::readClassicInstanceHealth},
    {"VpnGateways", aws::readVpnGateways},
    {"VpnConnections", aws::readVpnConnections},
    {"CustomerGateways", aws::readCustomerGateways},
    {"DirectConnectGateways", aws::readDxGateways},
    {"directConnectGateways", aws::readDxGateways}, // the API's own lowerCamelCase (R17.4)
    {"DirectConnectGatewayAssociations", aws::readDxAssociations},
    {"directConnectGatewayAssociations", aws::readDxAssociations},
    {"DirectConnectGatewayAttachments", aws::readDxAttachments},
    {"directConnectGatewayAttachments", aws::readDxAttachments},
    {"VirtualInterfaces", aws::readVirtualInterfaces},
    {"virtualInterfaces", aws::readVirtualInterfaces},
    {"NetworkFirewalls", aws::readNetworkFirewalls},
    {"NetworkFirewallPolicies", aws::readNetworkFirewallPolicies},
    {"NetworkFirewallRuleGroups", aws::readNetworkFirewallRuleGroups},
    {"ServiceConfigurations", aws::readEndpointServiceConfigurations},
    {"ProductionAccessEnabled", aws::readSesProductionAccess},
    {"SendingEnabled", aws::readSesSendingEnabled},
    {"EmailIdentities", aws::readSesIdentities},
    {"SesEmailIdentityDetails", aws::readSesIdentityDetails},
    {"SesConfigurationSets", aws::readSesConfigurationSets},
    {"Filters", aws::readSesReceiptFilters},
    {"HostedZones", aws::readHostedZones},
    {"Route53RecordSets", aws::readRecordSetAggregate},
    {"ResourceRecordSets", aws::readRecordSets},
};

struct IgnoredKey
{
    std::string_view key;
    std::string_view what;
};

// Recognised but not modelled: reported (when not empty) so nobody wonders where they went.
constexpr IgnoredKey ignoredKeys[] = {
    {"DBInstances", "RDS instances"},
    {"DomainStatusList", "Elasticsearch domains"},
    {"Tags", "tag listings (each resource's own tags are read)"},
    {"AvailabilityZones", "zone listings"},
    {"DhcpOptions", "DHCP option sets"},
    {"Hosts", "dedicated hosts"},
    {"InstanceStatuses", "instance status checks"},
    {"Instances", "ClassicLink instances"},
    {"MovingAddressStatuses", "EC2-Classic address moves"},
    {"PlacementGroups", "placement groups"},
};

// Parts of a response that carry no resources.
constexpr std::string_view silentKeys[] = {
    "ServiceNames", "NextToken", "ResponseMetadata", "IsTruncated", "MaxItems", "Marker",
    // the rest of sesv2 get-account: quotas and review details, not modelled
    "SendQuota", "EnforcementStatus", "DedicatedIpAutoWarmupEnabled", "Details",
    "SuppressionAttributes", "VdmAttributes"};

template<typename Range>
auto findKey(const Range &range, std::string_view key)
{
    return std::find_if(std::begin(range), std::end(range),
                        [&](const auto &entry) { return entry.key == key; });
}

/**
 * Reads every top-level key of one describe-* response; returns how many were modelled.
 * Throws aws::ShapeError on a known key of the wrong shape.
 */
int readResponse(const Json &root, ImportContext &context, bool reportUnknown)
{
    int modelled = 0;
    for (const auto &[key, value] : root.items()) {
        if (const auto known = findKey(knownKeys, key); known != std::end(knownKeys)) {
            known->reader(value, context);
            ++modelled;
        } else if (const auto ignored = findKey(ignoredKeys, key);
                   ignored != std::end(ignoredKeys)) {
            if (value.is_array() && !value.empty())
                context.info({}, "\"" + key + "\": " + std::to_string(value.size())
                                     + " entries skipped, " + std::string(ignored->what)
                                     + " are not modelled");
        } else if (reportUnknown
                   && std::find(std::begin(silentKeys), std::end(silentKeys), key)
                          == std::end(silentKeys)) {
            context.warn({}, "unknown key \"" + key + "\" skipped");
        }
    }
    return modelled;
}

// botocore's examples-1.json: the outputs of the Describe* examples are responses too.
// They are illustrations, so a bad one is a warning rather than a failed import.
int readExamples(const Json &examples, ImportContext &context)
{
    int modelled = 0;
    int skipped = 0;
    for (const auto &[operation, list] : examples.items()) {
        if (!operation.starts_with("Describe") || !list.is_array()) {
            ++skipped;
            continue;
        }
        for (size_t i = 0; i < list.size(); ++i) {
            const Json *output = list[i].is_object() ? aws::child(list[i], "output") : nullptr;
            if (!output)
                continue;
            try {
                modelled += readResponse(*output, context, false);
            } catch (const aws::ShapeError &e) {
                context.warn({}, operation + " example " + std::to_string(i) + ": " + e.what());
            }
        }
    }
    context.info({}, "botocore examples: outputs of Describe* examples read; "
                         + std::to_string(skipped) + " other operations skipped");
    return modelled;
}

int readDocument(const Json &root, ImportContext &context)
{
    if (!root.is_object()) {
        context.warn({}, std::string("not an AWS describe-* response (the top level is ")
                             + root.type_name() + "), skipped");
        return 0;
    }
    if (const auto it = root.find("examples"); it != root.end() && it->is_object())
        return readExamples(*it, context);
    // A recorded boto3 response (Cloud Custodian's placebo and other recorders).
    const auto status = root.find("status_code");
    const auto data = root.find("data");
    if (root.size() == 2 && status != root.end() && status->is_number() && data != root.end()
        && data->is_object())
        return readDocument(*data, context);
    return readResponse(root, context, true);
}

// The readers judge each document's shape on its own, so a file that reads cleanly into an
// empty context reads cleanly into the real one: a dry run keeps a broken file out entirely.
bool readsCleanly(const Json &root, const ImportContext &context, InputError &error)
{
    Diagnostics scratch;
    ImportContext trial(scratch);
    trial.file = context.file;
    trial.region = context.region;
    trial.account = context.account;
    try {
        readDocument(root, trial);
        return true;
    } catch (const aws::ShapeError &e) {
        error = {context.file, 0, 0, e.what()};
        return false;
    }
}

// Broken files left out of a snapshot import, each with why (file, line and column).
using SkippedFiles = std::vector<InputError>;

bool skipBroken(ImportContext &context, InputError &error, SkippedFiles &skipped)
{
    Diagnostic d{Severity::Error, error.file, {}, error.message + " (file skipped)"};
    d.line = error.line;
    d.column = error.column;
    d.fileSkipped = true;
    context.report(std::move(d));
    skipped.push_back(std::move(error));
    error = {};
    return true;
}

/** Reads one file; with skipped given, a broken file is listed there instead of failing. */
bool readFile(const std::string &path, ImportContext &context, int &modelled, InputError &error,
              SkippedFiles *skipped = nullptr)
{
    Json root;
    if (!parseJsonFile(path, root, error))
        return skipped && skipBroken(context, error, *skipped);
    context.file = path;
    if (skipped && !readsCleanly(root, context, error))
        return skipBroken(context, error, *skipped);
    try {
        modelled += readDocument(root, context);
    } catch (const aws::ShapeError &e) {
        error = {path, 0, 0, e.what()};
        return false;
    }
    return true;
}

std::string nothingImported(size_t files, const SkippedFiles &skipped)
{
    if (files == 0)
        return "no JSON files found";
    if (skipped.empty())
        return "none of the " + std::to_string(files)
               + " JSON files holds AWS describe-* data MailPath models";
    std::string text = skipped.size() == files
                           ? "every JSON file is broken, nothing to import:"
                           : std::to_string(skipped.size()) + " of the " + std::to_string(files)
                                 + " JSON files are broken and the others hold no AWS describe-* "
                                   "data MailPath models:";
    for (const auto &e : skipped)
        text += "\n  " + e.toString();
    return text;
}

bool isAccountId(std::string_view name)
{
    const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    return name.size() == 12 && std::all_of(name.begin(), name.end(), digit);
}

// Region and account hints from the folders between the snapshot root and the file.
void setHints(const fs::path &root, const fs::path &file, ImportContext &context)
{
    context.region.clear();
    context.account.clear();
    std::vector<std::string> names{root.filename().string()};
    for (const auto &part : fs::relative(file.parent_path(), root))
        names.push_back(part.string());
    for (size_t i = 0; i < names.size(); ++i) {
        if (aws::isRegionName(names[i]))
            context.region = names[i];
        if (isAccountId(names[i]) || (i > 0 && names[i - 1] == "accounts"))
            context.account = names[i];
    }
}

constexpr int maxFolderDepth = 4;

std::vector<fs::path> snapshotFiles(const fs::path &root, ImportContext &context)
{
    std::vector<fs::path> files;
    std::error_code ec;
    fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (name.starts_with('.')) {
            if (it->is_directory(ec))
                it.disable_recursion_pending();
            continue;
        }
        if (it->is_directory(ec)) {
            if (it.depth() >= maxFolderDepth)
                it.disable_recursion_pending();
            continue;
        }
        if (it->path().extension() == ".json")
            files.push_back(it->path());
        else
            context.note(Severity::Info, {}, "not a JSON file, skipped", it->path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// R1.6, R14.3: resources past their life are kept as the snapshot shows them; say what that means.
void noteGoneResources(ImportContext &context)
{
    std::vector<std::pair<std::string, std::string>> gone;
    const auto collect = [&](const auto &all) {
        for (const auto &[id, resource] : all)
            if (auto state = goneStateOf(context.design, id); !state.empty())
                gone.emplace_back(id, std::move(state));
    };
    const auto &d = context.design;
    collect(d.all<Instance>());
    collect(d.all<NatGateway>());
    collect(d.all<TgwAttachment>());
    collect(d.all<VpcEndpoint>());
    collect(d.all<VpnConnection>());
    collect(d.all<VpnGateway>());
    collect(d.all<PeeringConnection>());
    collect(d.all<DirectConnectGateway>());
    collect(d.all<VirtualInterface>());
    for (const auto &[id, state] : gone)
        context.info(id, "is " + state + ": imported as such, drawn greyed and never walked (a "
                             "route to it is a blackhole)");
}

void finish(ImportContext &context, const std::string &where)
{
    context.file = where;
    context.region = context.dominantRegion();
    aws::linkEc2(context);
    aws::linkVpcs(context);
    aws::linkElb(context);
    aws::linkClassic(context);
    aws::linkTgw(context);
    aws::linkVpn(context);
    aws::linkDx(context);
    aws::linkNfw(context);
    aws::linkSes(context);
    noteGoneResources(context);
}

void publish(ImportContext &context, Diagnostics &local, Design &out, Diagnostics &diagnostics)
{
    for (auto &d : checkAddressing(context.design)) {
        d.file = context.file;
        local.push_back(std::move(d));
    }
    for (auto &d : validateDesign(context.design)) {
        d.file = context.file;
        local.push_back(std::move(d));
    }
    diagnostics.insert(diagnostics.end(), std::make_move_iterator(local.begin()),
                       std::make_move_iterator(local.end()));
    context.design.origin = "snapshot";
    out = std::move(context.design);
}

} // namespace

bool importAwsSnapshot(const std::string &dir, Design &out, Diagnostics &diagnostics,
                       InputError &error)
{
    return importAwsSnapshot(dir, out, diagnostics, error, AwsImportOptions{});
}

bool importAwsSnapshot(const std::string &dir, Design &out, Diagnostics &diagnostics,
                       InputError &error, const AwsImportOptions &options)
{
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        error = {dir, 0, 0, "not a folder"};
        return false;
    }
    fs::path root = fs::path(dir).lexically_normal();
    if (root.filename().empty())
        root = root.parent_path(); // "snapshot/us-east-1/" names its region too
    Diagnostics local;
    ImportContext context(local);
    const auto files = snapshotFiles(root, context);
    int modelled = 0;
    SkippedFiles skipped;
    for (const auto &file : files) {
        setHints(root, file, context);
        if (!readFile(file.string(), context, modelled, error,
                      options.skipBrokenFiles ? &skipped : nullptr))
            return false;
    }
    if (modelled == 0) {
        error = {dir, 0, 0, nothingImported(files.size(), skipped)};
        return false;
    }
    setHints(root, root, context);
    finish(context, dir);
    publish(context, local, out, diagnostics);
    return true;
}

bool importAwsJson(const nlohmann::json &root, const std::string &fileName, Design &out,
                   Diagnostics &diagnostics, InputError &error)
{
    Diagnostics local;
    ImportContext context(local);
    context.file = fileName;
    int modelled = 0;
    try {
        modelled = readDocument(root, context);
    } catch (const aws::ShapeError &e) {
        error = {fileName, 0, 0, e.what()};
        return false;
    }
    if (modelled == 0) {
        error = {fileName, 0, 0, "no AWS describe-* data MailPath models"};
        return false;
    }
    finish(context, fileName);
    publish(context, local, out, diagnostics);
    return true;
}

bool importAwsFile(const std::string &file, Design &out, Diagnostics &diagnostics,
                   InputError &error)
{
    Diagnostics local;
    ImportContext context(local);
    const fs::path path(file);
    context.region = aws::isRegionName(path.parent_path().filename().string())
                         ? path.parent_path().filename().string()
                         : std::string();
    int modelled = 0;
    if (!readFile(file, context, modelled, error))
        return false;
    if (modelled == 0) {
        error = {file, 0, 0, "no AWS describe-* data MailPath models"};
        return false;
    }
    finish(context, file);
    publish(context, local, out, diagnostics);
    return true;
}

} // namespace mailpath::core
