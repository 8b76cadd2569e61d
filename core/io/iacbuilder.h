#pragma once

// Internal to the Terraform and CloudFormation importers: both describe resources as AWS's
// describe-* responses would, so the AWS snapshot readers build the model and every rule
// they apply (ENI roles, load balancer nodes, EIP links) holds for code sources too.

#include "../model/design.h"
#include "diagnostics.h"
#include "jsonfile.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace mailpath::core::iac {

using Json = nlohmann::json;

/** What AWS creates with a VPC unless the source manages it. */
struct VpcDefaults
{
    std::string vpcId;
    std::string mainRouteTableId;
    std::string defaultAclId;
    std::string defaultGroupId;
};

class DescribeBuilder
{
public:
    DescribeBuilder(std::string file, Diagnostics &diagnostics)
        : m_file(std::move(file))
        , m_diagnostics(diagnostics)
    {}

    /** The item of a describe-* list with idKey == id; created when new. */
    Json &item(const std::string &listKey, const std::string &idKey, const std::string &id);
    Json *find(const std::string &listKey, const std::string &id);
    /** Appends an entry that is not a resource of its own (a listener, a target). */
    void append(const std::string &listKey, Json entry);

    void note(Severity severity, const std::string &resource, const std::string &message);
    void info(const std::string &resource, const std::string &message)
    {
        note(Severity::Info, resource, message);
    }
    void warn(const std::string &resource, const std::string &message)
    {
        note(Severity::Warning, resource, message);
    }

    /** The source address (aws_vpc.main, logical id) a design id was read from. */
    void nameAfter(const std::string &id, const std::string &address);
    /** The source address of an id, or the id. */
    const std::string &addressOf(const std::string &id) const;

    void addVpcDefaults(VpcDefaults defaults) { m_vpcDefaults.push_back(std::move(defaults)); }
    /** The default resource is managed by the source: AWS's defaults are not added. */
    void managed(const std::string &id) { m_managed.insert(id); }
    /** aws_main_route_table_association: the table becomes the VPC's main one. */
    void setMainRouteTable(const std::string &vpcId, const std::string &tableId);

    /**
     * An interface whose private address is unknown until apply: one is taken from its
     * subnet's range (the address plan) when the document is finished.
     */
    void needsAddress(const std::string &eniId, const std::string &address);
    /** A public address known only after apply: a documentation address, noted. */
    std::string placeholderPublicIp(const std::string &address, const std::string &what);

    /** Links an instance to its interfaces (primary first); finished into Reservations. */
    void attachToInstance(const std::string &instanceId, const std::string &eniId,
                          int deviceIndex);

    /** The items of one describe-* list (to move an association between ACLs). */
    std::vector<Json> &list(const std::string &listKey) { return m_lists[listKey]; }
    /** A value one mapping leaves for another (an EIP's address for its NAT gateway). */
    void remember(const std::string &key, const std::string &value) { m_memo[key] = value; }
    std::string recall(const std::string &key) const
    {
        const auto it = m_memo.find(key);
        return it == m_memo.end() ? std::string() : it->second;
    }

    /** Adds defaults and local routes, assigns addresses, returns the describe-* document. */
    Json finish();

    /** After import: names from addresses, the region where the data named none. */
    void adjust(Design &design, const std::string &region) const;

private:
    void addDefaults(const VpcDefaults &defaults);
    void addLocalRoutes();
    void assignAddresses();
    void buildReservations();
    void fillNatAddresses();
    void fillVpcIds();
    void fillPeeringCidrs();

    struct Slot
    {
        std::string listKey;
        size_t index;
    };

    std::string m_file;
    Diagnostics &m_diagnostics;
    std::map<std::string, std::vector<Json>> m_lists;
    std::map<std::string, Slot> m_slots; //!< listKey + '\n' + id
    std::map<std::string, std::string> m_addresses;
    std::vector<VpcDefaults> m_vpcDefaults;
    std::set<std::string> m_managed;
    std::map<std::string, std::string> m_mainTables; //!< vpc -> table
    std::vector<std::pair<std::string, std::string>> m_unaddressed; //!< eni, address
    std::map<std::string, std::vector<std::pair<int, std::string>>> m_instanceEnis;
    std::map<std::string, std::string> m_memo;
    int m_publicPlaceholders = 0;
};

/** AWS's id prefix for a resource kind, used for ids known only after apply. */
std::string placeholderId(const std::string &prefix, const std::string &address);

/**
 * Runs the AWS readers on a finished builder; on success out is the design (named after
 * the source addresses), diagnostics gain the builder's and the readers' notes.
 */
bool importDescribed(DescribeBuilder &builder, const std::string &file, const std::string &region,
                     Design &out, Diagnostics &diagnostics, InputError &error);

} // namespace mailpath::core::iac
