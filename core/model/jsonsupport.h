#pragma once

// Serialisers for the network value types, so model classes can use nlohmann's
// field macros directly.

#include "../net/address.h"
#include "../net/portset.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <stdexcept>

namespace nlohmann {

template<>
struct adl_serializer<mailpath::core::Ipv4>
{
    static void to_json(json &j, const mailpath::core::Ipv4 &a) { j = a.to_string(); }
    static void from_json(const json &j, mailpath::core::Ipv4 &a)
    {
        const auto parsed = mailpath::core::parseIpv4(j.get<std::string>());
        if (!parsed)
            throw std::invalid_argument("not an IPv4 address: " + j.get<std::string>());
        a = *parsed;
    }
};

template<>
struct adl_serializer<mailpath::core::Cidr>
{
    static void to_json(json &j, const mailpath::core::Cidr &c) { j = c.toString(); }
    static void from_json(const json &j, mailpath::core::Cidr &c)
    {
        const auto parsed = mailpath::core::Cidr::parse(j.get<std::string>());
        if (!parsed)
            throw std::invalid_argument("not an IPv4 CIDR: " + j.get<std::string>());
        c = *parsed;
    }
};

template<>
struct adl_serializer<mailpath::core::PortRange>
{
    static void to_json(json &j, const mailpath::core::PortRange &p) { j = p.toString(); }
    static void from_json(const json &j, mailpath::core::PortRange &p)
    {
        if (j.is_number_integer()) {
            const auto v = j.get<int>();
            if (v < 0 || v > 65535)
                throw std::invalid_argument("port out of range: " + std::to_string(v));
            p = mailpath::core::PortRange::single(uint16_t(v));
            return;
        }
        const auto parsed = mailpath::core::PortRange::parse(j.get<std::string>());
        if (!parsed)
            throw std::invalid_argument("not a port range: " + j.get<std::string>());
        p = *parsed;
    }
};

// Every uint16_t in the model is a port. nlohmann would cast 70000 or 2.5e25 silently (the
// latter is undefined behaviour); a port must be an integer 0-65535.
template<>
struct adl_serializer<std::uint16_t>
{
    static void to_json(json &j, std::uint16_t v) { j = json::number_unsigned_t(v); }
    static void from_json(const json &j, std::uint16_t &v)
    {
        const bool inRange = j.is_number_unsigned()
                                 ? j.get<json::number_unsigned_t>() <= 65535
                                 : j.is_number_integer() && j.get<json::number_integer_t>() >= 0
                                       && j.get<json::number_integer_t>() <= 65535;
        if (inRange) {
            v = std::uint16_t(j.get<json::number_integer_t>());
            return;
        }
        if (j.is_number_integer())
            throw std::invalid_argument("port out of range (0-65535): " + j.dump());
        throw std::invalid_argument("not a port number (an integer 0-65535): " + j.dump());
    }
};

template<typename T>
struct OptionalValueSerializer
{
    static void to_json(json &j, const std::optional<T> &v)
    {
        if (v)
            j = *v;
        else
            j = nullptr;
    }
    static void from_json(const json &j, std::optional<T> &v)
    {
        if (j.is_null() || (j.is_string() && j.get_ref<const std::string &>().empty()))
            v.reset();
        else
            v = j.get<T>();
    }
};

template<>
struct adl_serializer<std::optional<mailpath::core::Ipv4>>
    : OptionalValueSerializer<mailpath::core::Ipv4>
{};
template<>
struct adl_serializer<std::optional<mailpath::core::Cidr>>
    : OptionalValueSerializer<mailpath::core::Cidr>
{};
template<>
struct adl_serializer<std::optional<bool>> : OptionalValueSerializer<bool>
{};

} // namespace nlohmann
