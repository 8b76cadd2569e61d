#pragma once

// Internal: Terraform-shaped resources (CloudFormation is translated into the same shape)
// mapped onto describe-* items of a DescribeBuilder.

#include "iacbuilder.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mailpath::core::iac {

/** One resource instance of a source, with attributes as the AWS provider names them. */
struct IacResource
{
    std::string address; //!< module.a.aws_vpc.main[0], or a CloudFormation logical id
    std::string type;    //!< aws_vpc, aws_lb, ...
    Json values;         //!< attributes; references already resolved to ids
    std::string id;      //!< the real id, or a placeholder when known only after apply
};

/** What was read, per source type (managed resources, data sources excluded). */
struct MapSummary
{
    std::map<std::string, int> byType;
    int modelled = 0;
};

/** The id a resource has: its real one, else a stable placeholder from its address. */
std::string resourceId(const std::string &type, const std::string &address, const Json &values,
                       const std::string &region);
/** The AWS id prefix of a Terraform type ("aws_vpc" -> "vpc"); empty when not modelled. */
std::string idPrefix(const std::string &type);
/** The id of a VPC's main route table, default ACL or default group (by VPC attribute). */
std::string vpcDefaultId(const std::string &attribute, const std::string &vpcAddress,
                         const Json &vpcValues);
/** aws_alb* are the older names of aws_lb*. */
std::string canonicalType(const std::string &type);
/** True when the type has a mapping. */
bool isModelled(const std::string &type);

void mapResources(const std::vector<IacResource> &resources, DescribeBuilder &builder,
                  MapSummary &summary);
/**
 * The last step of both code importers: maps the resources and runs the AWS readers. On
 * success out is the design and diagnostics gain local (the notes of the whole import).
 */
bool importMapped(const std::vector<IacResource> &resources, DescribeBuilder &builder,
                  const std::string &file, const std::string &region, Design &out,
                  Diagnostics &local, Diagnostics &diagnostics, InputError &error,
                  const char *origin);

// Attribute access shared by the mapping files. Absent, null and "" read as not given.
std::string str(const Json &values, const char *key);
std::vector<std::string> strs(const Json &values, const char *key);
std::optional<long long> num(const Json &values, const char *key);
bool boolean(const Json &values, const char *key, bool fallback = false);
/** A nested block list (ingress, route, vpc_config); a single object reads as one block. */
std::vector<Json> blocks(const Json &values, const char *key);
/** The Tags list of a describe-* item, from the provider's tags map. */
Json describeTags(const Json &values);

using MapFn = void (*)(const IacResource &, DescribeBuilder &);

// iacmapnet.cpp: VPC, subnets, routing, gateways, security groups, network ACLs.
MapFn networkMapper(const std::string &type);
// iacmapcompute.cpp: instances, interfaces, load balancers, TGW, VPN, endpoints, services.
MapFn computeMapper(const std::string &type);
// iacmapses.cpp: SES identities, configuration sets, receipt filters; Route 53 zones, records.
MapFn sesMapper(const std::string &type);
/** The provider type of a CloudFormation SES or Route 53 type ("" when not one of them). */
std::string sesProviderType(const std::string &cfnType);
/** Its properties as the provider's attributes. */
Json sesProviderValues(const std::string &cfnType, const Json &properties);

} // namespace mailpath::core::iac
