#pragma once

// Internal to the Terraform reader: resource addresses and the references of a plan's
// configuration, which name the resources whose ids are known only after apply.

#include "iacmap.h"

#include <string>
#include <vector>

namespace mailpath::core::tf {

struct ModuleStep
{
    std::string name; //!< the module call's name
    std::string key;  //!< "[0]", "[\"k\"]" or empty
};

struct Address
{
    std::vector<ModuleStep> modules;
    std::string type;
    std::string name;
    std::string key; //!< instance key with brackets, or empty
    std::string attribute; //!< for references: what follows the resource (id, arn...)

    /** module.a[0].module.b: the module instance the resource lives in. */
    std::string moduleInstance() const;
    /** module.a.module.b: the module in the configuration (no instance keys). */
    std::string moduleConfig() const;
};

/** Parses "module.a[0].aws_x.y[\"k.1\"]" (keys may hold dots); false when malformed. */
bool parseAddress(const std::string &text, Address &out);

/**
 * Fills attributes that are unknown in the planned values (ids of resources created by the
 * same plan) from the configuration's references, and gives aws_default_* resources the id
 * of the VPC default they adopt.
 */
void resolveReferences(const nlohmann::json &plan, std::vector<iac::IacResource> &resources,
                       const std::string &region);

} // namespace mailpath::core::tf
