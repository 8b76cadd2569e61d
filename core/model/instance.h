#pragma once

#include "jsonmacros.h"
#include "resource.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct Instance
{
    static constexpr ResourceKind kind = ResourceKind::Instance;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string subnetId;
    std::string vpcId;
    std::string availabilityZone;
    std::vector<std::string> eniIds; //!< primary first
    std::string platform = "linux";  //!< linux | windows: decides the ephemeral port range
    std::string state = "running";
    bool op25bLifted = false;

    friend bool operator==(const Instance &, const Instance &) = default;
};

MAILPATH_DECLARE_JSON(Instance);

} // namespace mailpath::core
