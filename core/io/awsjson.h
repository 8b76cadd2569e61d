#pragma once

// Typed access to describe-* JSON for the AWS importer. Absent and null members read as
// "not given"; a member of the wrong type throws ShapeError naming the key, so a broken
// file fails with a precise message instead of importing half a resource.

#include "../model/resource.h"
#include "../net/address.h"
#include "../net/portset.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace mailpath::core::aws {

using Json = nlohmann::json;
using Tags = std::map<std::string, std::string>;

/** A describe-* document of the wrong shape; the message names the key path. */
class ShapeError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Keys shared by several resources.
namespace key {
inline constexpr std::string_view tags = "Tags";
inline constexpr std::string_view tagSet = "TagSet";
inline constexpr std::string_view tagKey = "Key";
inline constexpr std::string_view tagValue = "Value";
inline constexpr std::string_view name = "Name";
inline constexpr std::string_view vpcId = "VpcId";
inline constexpr std::string_view subnetId = "SubnetId";
inline constexpr std::string_view state = "State";
inline constexpr std::string_view ownerId = "OwnerId";
inline constexpr std::string_view availabilityZone = "AvailabilityZone";
inline constexpr std::string_view cidrBlock = "CidrBlock";
inline constexpr std::string_view groupId = "GroupId";
inline constexpr std::string_view groups = "Groups";
} // namespace key

/** The member, or nullptr when absent or null. Throws when object is not an object. */
const Json *member(const Json &object, std::string_view key);
/** A string member; empty when absent. */
std::string text(const Json &object, std::string_view key);
/** A non-empty string member; throws "missing required" otherwise. */
std::string requiredText(const Json &object, std::string_view key);
bool flag(const Json &object, std::string_view key, bool fallback = false);
/** An integer given as a number or as a numeric string (BgpAsn is a string). */
std::optional<int64_t> integer(const Json &object, std::string_view key);
/** An array member; an empty array when absent. */
const Json &list(const Json &object, std::string_view key);
/** An object member, or nullptr when absent. */
const Json *child(const Json &object, std::string_view key);
/** An array of strings. */
std::vector<std::string> texts(const Json &object, std::string_view key);
/** The sub member of every object of an array (Groups[].GroupId). */
std::vector<std::string> textsOf(const Json &object, std::string_view key,
                                 std::string_view sub);
std::optional<Cidr> cidr(const Json &object, std::string_view key);
std::optional<Ipv4> ipv4(const Json &object, std::string_view key);
/** Tags or TagSet as a map. */
Tags tags(const Json &object);
std::string nameTag(const Tags &tags);

/** "us-east-1", "eu-central-2", "us-gov-west-1", "cn-north-1"... */
bool isRegionName(std::string_view text);
/** "us-east-2b" -> "us-east-2"; empty when not recognisable. */
std::string regionFromZone(std::string_view zone);
/** The region field of an ARN, or empty. */
std::string regionFromArn(std::string_view arn);

/**
 * Calls read(item, id) for every element of array (named key in messages); each element
 * must be an object with a non-empty string idKey. Errors inside are prefixed with
 * "key[i] (id): ".
 */
template<typename F>
void forEachResource(const Json &array, std::string_view key, std::string_view idKey, F &&read)
{
    if (!array.is_array())
        throw ShapeError(std::string(key) + ": expected an array, found "
                         + std::string(array.type_name()));
    for (size_t i = 0; i < array.size(); ++i) {
        const Json &item = array[i];
        const std::string where = std::string(key) + '[' + std::to_string(i) + ']';
        if (!item.is_object())
            throw ShapeError(where + ": expected an object, found "
                             + std::string(item.type_name()));
        std::string id;
        try {
            id = requiredText(item, idKey);
            read(item, id);
        } catch (const ShapeError &e) {
            throw ShapeError(where + (id.empty() ? "" : " (" + id + ")") + ": " + e.what());
        }
    }
}

/** Calls read(item) for every object of the array member key (nested lists). */
template<typename F>
void forEachObject(const Json &object, std::string_view key, F &&read)
{
    const Json &array = list(object, key);
    for (size_t i = 0; i < array.size(); ++i) {
        const Json &item = array[i];
        const std::string where = std::string(key) + '[' + std::to_string(i) + ']';
        if (!item.is_object())
            throw ShapeError(where + ": expected an object, found "
                             + std::string(item.type_name()));
        try {
            read(item);
        } catch (const ShapeError &e) {
            throw ShapeError(where + '.' + e.what());
        }
    }
}

} // namespace mailpath::core::aws
