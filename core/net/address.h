#pragma once

#include <boost/asio/ip/address_v4.hpp>
#include <boost/asio/ip/network_v4.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mailpath::core {

using Ipv4 = boost::asio::ip::address_v4;

/**
 * Parses a dotted-quad IPv4 address (four decimal octets, no leading zeros); nullopt on
 * anything else, with why (when given) saying what is wrong without echoing invisible bytes.
 */
std::optional<Ipv4> parseIpv4(std::string_view text, std::string *why = nullptr);
/** Dotted-quad text, as Ipv4::to_string() but without the C library's sprintf. */
std::string ipv4Text(Ipv4 address);

/**
 * An IPv4 prefix in canonical form (host bits cleared), kept as two integers so that
 * containment tests in the simulator's hot path are a mask and a compare.
 */
class Cidr
{
public:
    Cidr() = default;
    Cidr(Ipv4 base, int prefixLength);

    /**
     * "10.0.0.0/16" or a bare address (a /32). Host bits are cleared. Anything else (spaces,
     * NUL or control characters, a prefix outside 0-32) gives nullopt and, when why is given,
     * the reason.
     */
    static std::optional<Cidr> parse(std::string_view text, std::string *why = nullptr);
    static Cidr any() { return Cidr(Ipv4(), 0); }
    static Cidr host(Ipv4 address) { return Cidr(address, 32); }

    Ipv4 base() const { return Ipv4(m_base); }
    Ipv4 last() const { return Ipv4(m_base | ~m_mask); }
    uint32_t baseValue() const { return m_base; }
    uint32_t mask() const { return m_mask; }
    int prefixLength() const { return m_length; }
    uint64_t size() const { return uint64_t(1) << (32 - m_length); }

    bool contains(Ipv4 address) const { return (address.to_uint() & m_mask) == m_base; }
    bool contains(uint32_t address) const { return (address & m_mask) == m_base; }
    bool contains(const Cidr &other) const
    {
        return other.m_length >= m_length && contains(other.m_base);
    }
    bool overlaps(const Cidr &other) const { return contains(other) || other.contains(*this); }

    std::string toString() const;
    boost::asio::ip::network_v4 toNetwork() const;

    friend bool operator==(const Cidr &, const Cidr &) = default;
    friend auto operator<=>(const Cidr &a, const Cidr &b)
    {
        if (auto c = a.m_base <=> b.m_base; c != 0)
            return c;
        return a.m_length <=> b.m_length;
    }

private:
    uint32_t m_base = 0;
    uint32_t m_mask = 0;
    uint8_t m_length = 0;
};

enum class AddressClass {
    Rfc1918,   //!< 10/8, 172.16/12, 192.168/16
    Rfc6598,   //!< 100.64/10 carrier-grade NAT space
    Loopback,  //!< 127/8
    LinkLocal, //!< 169.254/16 (IMDS, Amazon DNS)
    Reserved,  //!< 0/8, 224/4 and above
    Public
};

AddressClass classify(Ipv4 address);
std::string_view toString(AddressClass cls);

/** RFC 1918 or RFC 6598: the ranges AWS exempts from the port-25 block and allows as NLB IP targets. */
bool isPrivateRange(Ipv4 address);

} // namespace mailpath::core
