#include "address.h"

#include <algorithm>
#include <array>

#include <boost/system/error_code.hpp>

namespace mailpath::core {

namespace {

std::nullopt_t reject(std::string *why, std::string message)
{
    if (why)
        *why = std::move(message);
    return std::nullopt;
}

/** Names the first byte no address or prefix may hold; "" when every byte is printable ASCII. */
std::string badCharacter(std::string_view text)
{
    const auto bad = std::find_if(text.begin(), text.end(), [](unsigned char c) {
        return c <= ' ' || c >= 0x7f;
    });
    if (bad == text.end())
        return {};
    static constexpr char hex[] = "0123456789abcdef";
    const auto c = static_cast<unsigned char>(*bad);
    const std::string at = " at position " + std::to_string(bad - text.begin() + 1);
    if (c == 0)
        return "contains a NUL character" + at;
    if (c == ' ')
        return "contains a space" + at;
    if (c >= 0x80)
        return "contains a non-ASCII byte" + at;
    return std::string("contains control character 0x") + hex[c >> 4] + hex[c & 15] + at;
}

} // namespace

std::optional<Ipv4> parseIpv4(std::string_view text, std::string *why)
{
    if (text.empty())
        return reject(why, "empty address");
    if (auto bad = badCharacter(text); !bad.empty())
        return reject(why, "address " + bad);
    // inet_pton under Boost: exactly four decimal octets, no leading zeros. It stops at a NUL,
    // which badCharacter has refused already.
    boost::system::error_code ec;
    Ipv4 address;
    if (text.size() <= 15) // "255.255.255.255"; longer text would only cost an allocation
        address = boost::asio::ip::make_address_v4(std::string(text), ec);
    if (text.size() > 15 || ec)
        return reject(why, "\"" + std::string(text) + "\" is not a dotted-quad IPv4 address");
    return address;
}

Cidr::Cidr(Ipv4 base, int prefixLength)
    : m_mask(prefixLength <= 0 ? 0u : ~uint32_t(0) << (32 - std::min(prefixLength, 32)))
    , m_length(uint8_t(std::clamp(prefixLength, 0, 32)))
{
    m_base = base.to_uint() & m_mask;
}

std::optional<Cidr> Cidr::parse(std::string_view text, std::string *why)
{
    if (auto bad = badCharacter(text); !bad.empty())
        return reject(why, "CIDR " + bad);
    const auto slash = text.find('/');
    const auto address = parseIpv4(text.substr(0, slash), why);
    if (!address)
        return std::nullopt;
    if (slash == std::string_view::npos)
        return Cidr::host(*address);
    // Host bits are accepted ("10.0.1.5/24"); AWS canonicalises them, so do we.
    const auto prefix = text.substr(slash + 1);
    const bool digits = !prefix.empty() && prefix.size() <= 2
                        && std::all_of(prefix.begin(), prefix.end(),
                                       [](char c) { return c >= '0' && c <= '9'; });
    const int length = digits ? std::stoi(std::string(prefix)) : -1;
    if (length < 0 || length > 32 || (prefix.size() > 1 && prefix.front() == '0'))
        return reject(why, "prefix length \"" + std::string(prefix) + "\" is not a number 0-32");
    return Cidr(*address, length);
}

std::string ipv4Text(Ipv4 address)
{
    char text[16];
    char *out = text;
    const uint32_t value = address.to_uint();
    for (int shift = 24; shift >= 0; shift -= 8) {
        const unsigned octet = (value >> shift) & 0xff;
        if (octet >= 100)
            *out++ = char('0' + octet / 100);
        if (octet >= 10)
            *out++ = char('0' + octet / 10 % 10);
        *out++ = char('0' + octet % 10);
        if (shift)
            *out++ = '.';
    }
    return std::string(text, out);
}

std::string Cidr::toString() const
{
    return ipv4Text(base()) + '/' + std::to_string(m_length);
}

boost::asio::ip::network_v4 Cidr::toNetwork() const
{
    return boost::asio::ip::network_v4(base(), m_length);
}

namespace {
struct ClassRange
{
    Cidr cidr;
    AddressClass cls;
};

const std::array<ClassRange, 9> &classRanges()
{
    static const std::array<ClassRange, 9> ranges = {{
        {*Cidr::parse("10.0.0.0/8"), AddressClass::Rfc1918},
        {*Cidr::parse("172.16.0.0/12"), AddressClass::Rfc1918},
        {*Cidr::parse("192.168.0.0/16"), AddressClass::Rfc1918},
        {*Cidr::parse("100.64.0.0/10"), AddressClass::Rfc6598},
        {*Cidr::parse("127.0.0.0/8"), AddressClass::Loopback},
        {*Cidr::parse("169.254.0.0/16"), AddressClass::LinkLocal},
        {*Cidr::parse("0.0.0.0/8"), AddressClass::Reserved},
        {*Cidr::parse("224.0.0.0/4"), AddressClass::Reserved},
        {*Cidr::parse("240.0.0.0/4"), AddressClass::Reserved},
    }};
    return ranges;
}
} // namespace

AddressClass classify(Ipv4 address)
{
    for (const auto &range : classRanges()) {
        if (range.cidr.contains(address))
            return range.cls;
    }
    return AddressClass::Public;
}

std::string_view toString(AddressClass cls)
{
    switch (cls) {
    case AddressClass::Rfc1918: return "RFC 1918";
    case AddressClass::Rfc6598: return "RFC 6598";
    case AddressClass::Loopback: return "loopback";
    case AddressClass::LinkLocal: return "link-local";
    case AddressClass::Reserved: return "reserved";
    case AddressClass::Public: return "public";
    }
    return "public";
}

bool isPrivateRange(Ipv4 address)
{
    const auto cls = classify(address);
    return cls == AddressClass::Rfc1918 || cls == AddressClass::Rfc6598;
}

} // namespace mailpath::core
