#pragma once

// Internal to the AWS importer: the design being built, the links that can only be
// resolved once every file is read (aggregates keyed by a parent id, EIPs, ENIs described
// inside instances), and the reader entry points of each resource family.

#include "../model/design.h"
#include "awsjson.h"
#include "diagnostics.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core::aws {

/** A value read from one file that belongs to a resource identified by parentId. */
template<typename T>
struct Linked
{
    std::string file;
    std::string parentId;
    T value;
};

struct ElasticIp
{
    Ipv4 publicIp;
    std::string eniId;
    std::string instanceId;
};

struct Pending
{
    std::vector<Linked<Listener>> listeners;       //!< parent: load balancer ARN
    std::vector<Linked<Target>> targets;           //!< parent: target group ARN
    std::vector<Linked<bool>> crossZone;           //!< parent: load balancer ARN
    std::vector<Linked<TgwRoute>> tgwRoutes;       //!< parent: TGW route table
    std::vector<Linked<std::string>> propagations; //!< parent: TGW route table; attachment id
    std::vector<Linked<std::string>> endpointEnis; //!< parent: VPC endpoint; ENI id
    std::vector<Linked<Eni>> instanceEnis;         //!< parent: instance; from Reservations
    std::vector<Linked<ElasticIp>> addresses;      //!< parent: allocation id or public IP
    std::vector<Linked<Target>> classicHealth;     //!< parent: Classic Load Balancer name
    std::vector<Linked<std::string>> firewallPolicies; //!< parent: firewall id; policy ARN
    std::vector<Linked<NetworkFirewall>> nfwPolicies;  //!< parent: policy ARN; policy fields
    std::vector<Linked<NfwRuleGroup>> nfwRuleGroups;   //!< parent: rule group ARN
    std::vector<Linked<std::string>> brokenRuleGroups; //!< parent: rule group ARN; why
    std::vector<Linked<std::string>> gwlbServices;     //!< parent: service name; GWLB ARN
    std::vector<Linked<std::vector<DnsRecord>>> zoneRecords; //!< parent: zone id ("" by name)
    std::vector<Linked<DxAssociation>> dxAssociations; //!< parent: DX gateway id
    std::vector<Linked<std::string>> dxAttachments;    //!< parent: DX gateway id; VIF id
};

class ImportContext
{
public:
    explicit ImportContext(Diagnostics &diagnostics)
        : m_diagnostics(diagnostics)
    {}

    Design design;
    Pending pending;
    std::string file;    //!< the file being read
    std::string region;  //!< from the folder name; empty when the folder is not a region
    std::string account; //!< from accounts/<id>/; empty otherwise

    void note(Severity severity, std::string resource, std::string message,
              std::string inFile = {});
    void report(Diagnostic diagnostic) { m_diagnostics.push_back(std::move(diagnostic)); }
    void info(std::string resource, std::string message)
    {
        note(Severity::Info, resource, message);
    }
    void warn(std::string resource, std::string message)
    {
        note(Severity::Warning, resource, message);
    }

    /**
     * Adds a resource unless its id is already known. An identical copy (the same resource
     * seen from several accounts) only fills in a missing name and tags; a copy that differs
     * is a conflict: the first stays and an Error diagnostic names both places.
     */
    template<typename T>
    bool add(T value)
    {
        if (const T *existing = design.find<T>(value.id)) {
            if (!sameApartFromNames(nlohmann::json(*existing), nlohmann::json(value))) {
                reportConflict(value.id);
                return false;
            }
            design.update<T>(value.id, [&](T &kept) {
                if (kept.name.empty() && !value.name.empty()) {
                    kept.name = value.name;
                    kept.tags = value.tags;
                }
            });
            return false;
        }
        m_seenIn.emplace(value.id, file);
        design.put(std::move(value));
        return true;
    }

    /** Remembers the region of an Availability Zone seen in the data. */
    void seeZone(const std::string &zone);
    /** The region seen most often; the fallback for folders that are not named after one. */
    std::string dominantRegion() const;

private:
    static bool sameApartFromNames(nlohmann::json a, nlohmann::json b);
    void reportConflict(const std::string &id);

    Diagnostics &m_diagnostics;
    std::map<std::string, std::string> m_seenIn; //!< resource id -> the file it came from
    std::map<std::string, int> m_regionVotes;
};

using Reader = void (*)(const Json &array, ImportContext &context);

// awsvpc.cpp
void readVpcs(const Json &array, ImportContext &context);
void readSubnets(const Json &array, ImportContext &context);
void readRouteTables(const Json &array, ImportContext &context);
void readSecurityGroups(const Json &array, ImportContext &context);
void readNetworkAcls(const Json &array, ImportContext &context);
void readInternetGateways(const Json &array, ImportContext &context);
void readPeeringConnections(const Json &array, ImportContext &context);
void readPrefixLists(const Json &array, ImportContext &context);
void readVpcEndpoints(const Json &array, ImportContext &context);
void readEndpointServices(const Json &array, ImportContext &context);
void linkVpcs(ImportContext &context);

// awsec2.cpp
void readNetworkInterfaces(const Json &array, ImportContext &context);
void readReservations(const Json &array, ImportContext &context);
void readAddresses(const Json &array, ImportContext &context);
void readNatGateways(const Json &array, ImportContext &context);
void linkEc2(ImportContext &context);

// awselb.cpp
void readLoadBalancers(const Json &array, ImportContext &context);
void readTargetGroups(const Json &array, ImportContext &context);
void readListenerAggregate(const Json &array, ImportContext &context);
void readListeners(const Json &array, ImportContext &context);
void readTargetHealthAggregate(const Json &array, ImportContext &context);
void readAttributeAggregate(const Json &array, ImportContext &context);
void linkElb(ImportContext &context);

// awsclb.cpp
void readClassicLoadBalancers(const Json &array, ImportContext &context);
void readClassicInstanceHealth(const Json &array, ImportContext &context);
void linkClassic(ImportContext &context);

// awstgw.cpp
void readTransitGateways(const Json &array, ImportContext &context);
void readTgwAttachments(const Json &array, ImportContext &context);
void readTgwVpcAttachments(const Json &array, ImportContext &context);
void readTgwPeeringAttachments(const Json &array, ImportContext &context);
void readTgwRouteTables(const Json &array, ImportContext &context);
void readTgwPropagations(const Json &array, ImportContext &context);
void readTgwStaticRoutes(const Json &array, ImportContext &context);
void linkTgw(ImportContext &context);

// awsnfw.cpp
void readNetworkFirewalls(const Json &array, ImportContext &context);
void readNetworkFirewallPolicies(const Json &array, ImportContext &context);
void readNetworkFirewallRuleGroups(const Json &array, ImportContext &context);
void readEndpointServiceConfigurations(const Json &array, ImportContext &context);
void linkNfw(ImportContext &context);

// awsvpn.cpp
void readVpnGateways(const Json &array, ImportContext &context);
void readVpnConnections(const Json &array, ImportContext &context);
void readCustomerGateways(const Json &array, ImportContext &context);
void linkVpn(ImportContext &context);

// awsdx.cpp
void readDxGateways(const Json &array, ImportContext &context);
void readDxAssociations(const Json &array, ImportContext &context);
void readDxAttachments(const Json &array, ImportContext &context);
void readVirtualInterfaces(const Json &array, ImportContext &context);
void linkDx(ImportContext &context);

// awsses.cpp (SES account state, identities, configuration sets, receipt filters; Route 53)
void readSesProductionAccess(const Json &value, ImportContext &context);
void readSesSendingEnabled(const Json &value, ImportContext &context);
void readSesIdentities(const Json &array, ImportContext &context);
void readSesIdentityDetails(const Json &array, ImportContext &context);
void readSesConfigurationSets(const Json &array, ImportContext &context);
void readSesReceiptFilters(const Json &array, ImportContext &context);
void readHostedZones(const Json &array, ImportContext &context);
void readRecordSetAggregate(const Json &array, ImportContext &context);
void readRecordSets(const Json &array, ImportContext &context);
void linkSes(ImportContext &context);

} // namespace mailpath::core::aws
